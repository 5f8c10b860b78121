// A dealer's page written against static/embed/loader.d.ts, as docs/embed.md describes the
// embed; `tsc --noEmit` must accept it (e2e/tests/types.spec.js). The request and quote it
// reads are what the engine really returns, written by the test from `cargo run --example
// quote_json` as TypeScript constants (`as const`, so their literal values are typed).
import { quote, purchaseTax, tables, parseDealer } from '../../static/embed/loader.js';
import type { FrameMessage, HostMessage, Quote, QuoteRequest, DealerTable } from '../../static/embed/loader.js';
import { realRequest, realQuote } from '../artifacts/types/real';

// The engine's own request and quote fit the types.
const request: QuoteRequest = realRequest;
const shown: Quote = realQuote;

async function page(): Promise<void> {
  const r = await quote(request);
  if (r.ok) console.log(r.value.extra_cash_to_switch ?? 'keep only', r.value.keep.cash_needed.amount);
  else console.error(r.error.code, r.error.path, r.error.message);
  const tax = await purchaseTax('229900', '2026-01-01');
  if (tax.ok) console.log(tax.value.payable, tax.value.relief_rule?.rule.zh);
  const t = await tables();
  if (t.ok) console.log(t.value.offers.map((o) => o.name.zh));
  const table: DealerTable = { schema: 1, kind: 'dealer', name: 'Demo Motors', fees: [{ id: 'plate-service', name: '上牌服务费', amount: '500.00' }],
    lead: { label: '询底价', url: 'https://dealer.example/ask' } };
  const checked = await parseDealer(table);
  if (!checked.ok) console.error(checked.error.message);

  const el = document.querySelector('su7-upgrade');
  if (!el) return;
  el.addEventListener('ready', () => {
    const config = el.getConfig();
    if (config.ok) el.setConfig({ old_trim: 'max', loan: null, papers: null });
  });
  el.addEventListener('quotechange', (e) => console.log(e.detail.extra_cash_is_estimate, e.detail.decision_range?.low));
  el.addEventListener('widgeterror', (e) => console.error(e.detail.code));
  el.addEventListener('themewarning', (e) => console.warn(e.detail.ratio));
  el.addEventListener('dealererror', (e) => console.error(e.detail.path));
  el.addEventListener('leadintent', (e) => {
    e.preventDefault();
    console.log(e.detail.lead.label, e.detail.lead.url ?? e.detail.lead.phone, e.detail.quote?.extra_cash_to_switch, e.detail.config?.old_trim);
  });
  el.setDealer(table);
  console.log(shown.switch?.purchase_tax.base);

  const frame = document.querySelector<HTMLIFrameElement>('#su7');
  addEventListener('message', (e: MessageEvent<FrameMessage>) => {
    const d = e.data;
    if (d.source !== 'su7-upgrade' || d.v !== 1) return;
    if (d.type === 'resize' && frame) frame.style.height = `${d.height}px`;
    if (d.type === 'quote') console.log(d.quote.extra_cash_to_switch);
    if (d.type === 'error') console.error(d.error.code);
    if (d.type === 'leadintent') console.log(d.lead.label, d.quote?.offer);
  });
  const ask: HostMessage = { source: 'su7-upgrade-host', v: 1, type: 'setConfig', config: { lang: 'en' } };
  frame?.contentWindow?.postMessage(ask, 'https://configurator.example');
}
void page();
