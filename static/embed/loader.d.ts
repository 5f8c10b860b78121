// Types for the dealer embed (docs/embed.md): the module `embed/loader.js`, the
// `<su7-upgrade>` element with its methods and events, and the iframe's messages.
// Checked by `tsc --noEmit --strict` against e2e/types/ (e2e/tests/types.spec.js). Lists are
// readonly: what the API returns is data to read, and a mutable array is taken where one is given.

/** An amount of yuan as a decimal string with at most two decimals: `"219900.00"`. */
export type Decimal = string;
/** A day, `"YYYY-MM-DD"`. */
export type IsoDate = string;
/** Text in both languages. */
export interface Text { zh: string; en: string }
/** How sure a figure is, strongest first. */
export type Status = 'official' | 'press' | 'reported' | 'derived' | 'estimate';

/** Every code an error can carry (docs/embed.md, "JS API"). */
export type ErrorCode =
  | 'wrong_type' | 'invalid_request' | 'invalid_amount' | 'negative_amount' | 'invalid_date'
  | 'unknown_offer' | 'unknown_trim' | 'unknown_option' | 'unknown_price_list' | 'invalid_configuration'
  | 'overflow' | 'tables_incomplete' | 'tables_broken' | 'invalid_config' | 'invalid_options'
  | 'invalid_mount_point' | 'not_ready' | 'destroyed' | 'invalid_json' | 'invalid_value'
  | 'dealer_unreachable' | 'no_webassembly' | 'unsupported_browser' | 'load_failed' | 'too_large'
  | 'internal';

/** What went wrong, for the developer: `path` names the field (`"."` for the whole value). */
export interface ApiError { code: ErrorCode; message: string; path: string }

/** Every call resolves to one of these and never throws. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** A quote request (docs/quote-json.md, "Request"). */
export interface QuoteRequest {
  offer: string;
  old_order: {
    trim: string;
    options?: readonly string[];
    gifted?: readonly string[];
    locked_on: IsoDate;
    amount_paid: Decimal;
  };
  new_configuration?: Configuration;
  price_list?: string;
  keep_invoice_date: IsoDate;
  switch_invoice_date: IsoDate;
  loan?: {
    down_payment: { share: Decimal } | { amount: Decimal };
    months: number;
    rate: Decimal;
    rate_kind: 'interest' | 'flat_fee';
  };
  /** `trade_in`: the id of a trade-in subsidy in the market's on-road table (`scrap-2026`). */
  on_road?: { overrides?: Record<string, Decimal>; trade_in?: string };
}

/** A trim and its `group/option` ids. */
export interface Configuration { trim: string; options: readonly string[] }

/** Where a figure came from. */
export interface Provenance {
  label: Text; source: string; url: string; date: string; status: Status; note?: Text;
}

/** One line of a path: an amount, whether an estimate went into it, and its source. */
export interface QuoteLine {
  kind: string; id?: string; label?: Text; amount: Decimal; estimate: boolean; provenance?: Provenance;
}

/** The purchase tax in its four steps (docs/quote-json.md, "Purchase tax"). */
export interface PurchaseTax {
  price: Decimal; invoice_date: IsoDate; vat_divisor: Decimal; rate: Decimal;
  base: Decimal; full: Decimal; relief: Decimal; cap_applied: boolean; payable: Decimal;
  relief_rule: { rule: Text; [field: string]: unknown } | null;
}

/** One path, keep or switch. */
export interface PathQuote {
  configuration: Configuration;
  price_list: string;
  items: readonly QuoteLine[];
  list_total: QuoteLine;
  amount_paid: QuoteLine;
  guarantee: QuoteLine;
  owed: QuoteLine;
  tax_due: QuoteLine;
  purchase_tax: PurchaseTax;
  guarantee_check: Record<string, unknown> | null;
  cash_needed: QuoteLine;
}

/** A quote (docs/quote-json.md, "Quote"); the fields a dealer page reads most are typed. */
export interface Quote {
  offer: string;
  keep: PathQuote;
  switch: PathQuote | null;
  /** The decision number; `null` without a switch. */
  extra_cash_to_switch: Decimal | null;
  extra_cash_is_estimate: boolean;
  retained_benefit: Decimal | null;
  guarantee_change: Decimal | null;
  decision_range?: { low: Decimal; high: Decimal };
  assumptions: ReadonlyArray<{ code: string; assumed: Text; otherwise: Text; status: Status; effect: Decimal; settled?: boolean }>;
  date_conflicts: ReadonlyArray<{ code: string; date: string; nearest: IsoDate; message: Text }>;
  notices: ReadonlyArray<{ code: string; message: Text; provenance?: Provenance }>;
  [field: string]: unknown;
}

/** A dealer table (docs/embed.md, "Dealer table"). */
export interface DealerTable {
  schema: 1;
  kind: 'dealer';
  name: string;
  contact?: { phone?: string; email?: string; address?: string };
  fees?: ReadonlyArray<{ id: string; name: string; amount: Decimal }>;
  accessories?: ReadonlyArray<{ id: string; name: string; amount: Decimal }>;
  discounts?: ReadonlyArray<{ id: string; name: string; amount: Decimal; valid_from?: IsoDate; valid_to?: IsoDate }>;
  /** The dealer's next step beside the answer: a page (https) or a phone, not both. */
  lead?: Lead;
}

/** A lead action: the button's words and where it leads. */
export type Lead = { label: string } & ({ url: string; phone?: never } | { phone: string; url?: never });

/** `leadintent`'s detail (and the iframe's `leadintent` message): the lead, the quote it was
 * asked from, and the owner's config. */
export interface LeadIntent { lead: Lead; quote: Quote | null; config: Config | null }

/** The bundled tables as `tables()` returns them: offers, catalogs, tax policies, guarantees. */
export interface Tables {
  catalogs: ReadonlyArray<{ id: string; name: Text; trims: ReadonlyArray<{ id: string; name: Text; [field: string]: unknown }>; [field: string]: unknown }>;
  /** `switch` is absent for an offer with no new car (a guarantee-only offer). */
  offers: ReadonlyArray<{ id: string; name: Text; from_catalog: string; switch?: { to_catalog: string; [field: string]: unknown }; [field: string]: unknown }>;
  [field: string]: unknown;
}

/** The owner's form: what `getConfig` returns and `setConfig` takes (any subset). */
export interface Config {
  lang: 'zh' | 'en';
  offer: string;
  old_trim: string;
  old_options: readonly string[];
  gifted_options?: readonly string[];
  /** As typed: a bad value is shown next to its control and the quote keeps the last valid one. */
  locked_on: string;
  amount_paid: string;
  new_configuration: Configuration | null;
  price_list: string;
  keep_invoice: string;
  switch_invoice: string;
  loan?: { down_share: Decimal; months: number; rate_percent: string; rate_kind: 'flat_fee' | 'interest' } | null;
  on_road?: boolean;
  /** The trade-in subsidy the owner qualifies for (read with `on_road`). */
  trade_in?: string | null;
  /** After delivery, the papers checked (核对); absent or `null` while quoting. */
  papers?: {
    switched: boolean; invoice_total: string; invoice_date: string; tax_paid: string; guarantee_credited: string;
  } | null;
}

/** Quote a request. */
export function quote(request: QuoteRequest): Promise<Result<Quote>>;
/** Purchase tax on a price for an invoice date, with its steps. */
export function purchaseTax(price: Decimal, invoiceDate: IsoDate): Promise<Result<PurchaseTax>>;
/** The bundled tables. */
export function tables(): Promise<Result<Tables>>;
/** Check a dealer table (an object, or its JSON text). */
export function parseDealer(table: DealerTable | string): Promise<Result<DealerTable>>;

/** `themewarning`'s detail: the theme's text on the accent reads below 4.5:1. */
export interface ThemeWarning { ratio: number; accent: string; onAccent: string; message: string }

/** The element's events (all bubble and cross the shadow root). */
export interface Su7UpgradeEventMap extends HTMLElementEventMap {
  ready: CustomEvent<null>;
  quotechange: CustomEvent<Quote>;
  widgeterror: CustomEvent<ApiError>;
  themewarning: CustomEvent<ThemeWarning>;
  dealerchange: CustomEvent<DealerTable>;
  dealererror: CustomEvent<ApiError>;
  /** Cancelable: call `preventDefault()` to handle the lead yourself instead of following it. */
  leadintent: CustomEvent<LeadIntent>;
}

/** The blocks a host's stylesheet can reach with `su7-upgrade::part(name)`. */
export type Part = 'header' | 'hero' | 'order' | 'new-car' | 'decision' | 'delivery' | 'specs' | 'method'
  | 'dealer' | 'papers' | 'sticky-total' | 'lead' | 'language' | 'sources-toggle';

/** `<su7-upgrade lang offer dealer>`. Methods answer `not_ready` while the module loads. */
export interface Su7UpgradeElement extends HTMLElement {
  getConfig(): Result<Config>;
  setConfig(partial: Partial<Config>): Result<Config>;
  setDealer(table: DealerTable | string): Result<DealerTable>;
  quote(request: QuoteRequest): Promise<Result<Quote>>;
  purchaseTax(price: Decimal, invoiceDate: IsoDate): Promise<Result<PurchaseTax>>;
  tables(): Promise<Result<Tables>>;
  addEventListener<K extends keyof Su7UpgradeEventMap>(
    type: K, listener: (this: Su7UpgradeElement, ev: Su7UpgradeEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap { 'su7-upgrade': Su7UpgradeElement }
}

/** What the iframe (`embed/embed.html`) posts to its parent. */
export type FrameMessage = { source: 'su7-upgrade'; v: 1 } & (
  | { type: 'ready' }
  | { type: 'resize'; height: number }
  | { type: 'quote'; quote: Quote }
  | { type: 'config'; result: Result<Config> }
  | { type: 'dealerchange'; dealer: DealerTable }
  | { type: 'dealererror'; error: ApiError }
  | { type: 'dealer'; result: Result<DealerTable> }
  | { type: 'error'; error: ApiError }
  | ({ type: 'leadintent' } & LeadIntent)
);

/** What a parent may post to the iframe. */
export type HostMessage = { source: 'su7-upgrade-host'; v: 1 } & (
  | { type: 'setConfig'; config: Partial<Config> }
  | { type: 'getConfig' }
  | { type: 'setDealer'; table: DealerTable | string }
);
