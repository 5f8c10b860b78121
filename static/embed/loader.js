// SU7 upgrade configurator: widget loader. Its URL (<site>/embed/loader.js) stays the same
// across releases. It defines <su7-upgrade> and re-exports the JS API. It only translates:
// every check and every amount comes from the wasm engine.
//
//   <script type="module" src="https://<site>/embed/loader.js"></script>
//   <su7-upgrade lang="zh" offer="su7-gen1-to-gen2-2026" dealer="/dealer.json"></su7-upgrade>

const base = new URL('../', import.meta.url);

/** Why the configurator could not load, as the JS API's errors are: {code, message, path}. */
const failure = (code, detail) => ({
  code,
  message: {
    no_webassembly: 'this browser cannot run WebAssembly (it is turned off, or older than Chrome 96, Safari 15 or Firefox 89)',
    unsupported_browser: "this browser's WebAssembly lacks reference types, which the configurator needs: Chrome 96, Safari 15, Firefox 89 or newer",
  }[code] || `the configurator could not load (${detail}); check that the site serves widget.js and widget_bg.wasm with CORS and the right types (docs/embed.md, section 0)`,
  path: '.',
});

/** The newest WebAssembly feature the widget needs, and so the browser floor (Chrome 96):
 * reference types. A 15-byte module whose one function type takes an externref validates only
 * where they are supported, so an older browser is told before 300 KB are downloaded. */
const REFERENCE_TYPES = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 5, 1, 0x60, 1, 0x6f, 0]);

/** WCAG 2 contrast ratio of two sRGB colours given as [r, g, b] (0–255). */
function contrast(a, b) {
  const luminance = (rgb) => {
    const [r, g, bl] = rgb.map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Codes of a load that failed: said once on the console when it happened, not per element. */
export const LOAD_FAILURES = ['no_webassembly', 'unsupported_browser', 'load_failed'];

/** What the owner reads in place of the configurator, in the element's or the frame's
 * language; the developer's message (English, what to check) goes to the console. */
export function loadFailureText(error, lang) {
  const en = String(lang || '').toLowerCase().startsWith('en');
  if (error.code === 'no_webassembly') {
    return en ? 'The calculator cannot run in this browser: WebAssembly is turned off or not supported. Please update the browser or open this page in another one.'
      : '当前浏览器无法运行本计算器（WebAssembly 已关闭或不受支持）。请升级浏览器，或用其他浏览器打开本页。';
  }
  if (error.code === 'unsupported_browser') {
    return en ? 'This browser is too old for the calculator. Please update it (Chrome or Edge 96, Safari 15, Firefox 89 or newer) or open this page in another browser.'
      : '当前浏览器版本过旧，无法运行本计算器。请升级浏览器（Chrome/Edge 96、Safari 15、Firefox 89 或更新版本），或用其他浏览器打开本页。';
  }
  if (error.code === 'load_failed') {
    return en ? 'The calculator could not load. Please reload the page; if it still does not load, try again later or in another browser.'
      : '计算器未能加载。请刷新页面重试；如仍无法加载，请稍后再试或换用其他浏览器。';
  }
  // The page's own set-up (an unknown offer, a bad language): the site's to fix, not the buyer's.
  return en ? 'The calculator cannot be shown here at the moment. Please contact the site.'
    : '本页的计算器暂时无法显示，请联系网站。';
}

/** The module, once loaded; rejects with a {code, message, path} failure. */
const ready = (async () => {
  if (typeof WebAssembly !== 'object') throw failure('no_webassembly');
  if (!WebAssembly.validate(REFERENCE_TYPES)) throw failure('unsupported_browser');
  try {
    const mod = await import(new URL('widget.js', base).href);
    await mod.default({ module_or_path: new URL('widget_bg.wasm', base) });
    return mod;
  } catch (e) {
    throw failure('load_failed', e && e.message ? e.message : String(e));
  }
})();
ready.catch((error) => console.error('su7-upgrade:', error.message)); // said once, for the developer

/** A dealer table's text from `address` (resolved against `base`); throws a {code, message,
 * path} error saying why not, also for an address that is not one. */
export async function fetchDealer(address, base) {
  const fail = (why) => ({ code: 'dealer_unreachable', message: `could not use the dealer table at ${address}: ${why}`, path: '.' });
  let url;
  try {
    url = new URL(address, base);
  } catch (e) {
    throw fail('not a valid address');
  }
  let res;
  try {
    // A server that never answers must not keep the dealer block loading for good.
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), 15000);
    res = await fetch(url, { credentials: 'omit', signal: abort.signal }).finally(() => clearTimeout(timer));
  } catch (e) {
    throw fail("the request failed or took over 15 s (offline, or the table's server sends no CORS header for this page)");
  }
  if (!res.ok) throw fail(`HTTP ${res.status}`);
  const type = res.headers.get('content-type') || '';
  if (!/\bjson\b/i.test(type)) throw fail(`served as "${type}", not JSON; serve .json files as application/json`);
  return res.text();
}

/** Says a dealer table's problem to the developer; buyers read only a neutral line. */
export function logDealerError(error) {
  const at = error.path && error.path !== '.' ? ` at ${error.path}` : '';
  console.error(`su7-upgrade dealer table${at}: ${error.message}`);
}

/** The dealer's phone from its table's text, for a buyer whose configurator could not load:
 * only a number as the widget's own check takes one (digits with spaces, + - ( ) and 转), so
 * a broken table adds nothing. JavaScript's parse, since the wasm that checks tables did not load. */
export function dealerPhone(text) {
  try {
    const phone = JSON.parse(text).contact.phone;
    const digits = (String(phone).match(/\d/g) || []).length;
    return typeof phone === 'string' && phone.length <= 40 && digits >= 5 && /^[\d +\-()转]+$/.test(phone) ? phone : null;
  } catch {
    return null;
  }
}

/** Under a load failure's line, a way to reach the dealer: `phone` as a call link. */
export function appendDealerPhone(after, phone, lang) {
  if (!phone || !after.isConnected) return;
  const p = document.createElement('p');
  p.className = 'cuc-load-contact';
  const en = String(lang || '').toLowerCase().startsWith('en');
  const a = Object.assign(document.createElement('a'), { href: `tel:${phone.split('转')[0].replace(/[^\d+]/g, '')}`, textContent: phone });
  p.append(en ? 'For help, call the dealer: ' : '如需帮助，请致电经销商：', a);
  after.after(p);
}

/** The `leadintent` detail for a click on the dealer's lead link (询底价…), null for any other
 * click: the lead as the dealer's table gives it, the quote it was asked from, the config. */
export function leadIntent(event, quote, widget) {
  const link = event.target instanceof Element ? event.target.closest('a[data-action="lead"]') : null;
  if (!link) return null;
  const lead = { label: link.textContent, ...(link.dataset.url ? { url: link.dataset.url } : { phone: link.dataset.phone }) };
  const config = widget ? widget.getConfig() : null;
  return { lead, quote, config: config && config.ok ? config.value : null };
}

/** Calls the loaded module's function, or answers the load failure: never throws or rejects. */
async function call(name, ...args) {
  let mod;
  try {
    mod = await ready;
  } catch (error) {
    return { ok: false, error };
  }
  return mod[name](...args);
}

const notReady = { ok: false, error: { code: 'not_ready', message: 'the widget is still loading; wait for its "ready" event', path: '.' } };
const destroyed = { ok: false, error: { code: 'destroyed', message: 'the element was removed from the page; add it again or create a new one', path: '.' } };

/** Quote a request (the engine's JSON). Resolves to {ok, value} or {ok: false, error}. */
export function quote(request) { return call('quote', request); }
/** Purchase tax on a decimal-string price for an invoice date (YYYY-MM-DD), with its steps. */
export function purchaseTax(price, invoiceDate) { return call('purchaseTax', price, invoiceDate); }
/** The bundled tables: offers, catalogs (trims, options, prices, sources), tax policy. */
export function tables() { return call('tables'); }
/** Check a dealer table. */
export function parseDealer(table) { return call('parseDealer', table); }
export { ready };

class Su7Upgrade extends HTMLElement {
  static get observedAttributes() { return ['lang', 'offer', 'dealer']; }

  /** A host changing an attribute: a language is switched in place, a dealer table loaded (or
   * taken away), another offer mounted afresh (its catalogs differ, so nothing carries over).
   * Before mounting, mounting reads them; after a failed mount, a change mounts again. */
  attributeChangedCallback(name, before, now) {
    if (before === now) return;
    if (!this._widget) {
      // A moved element's entries: the new offer's catalogs differ; the new language wins.
      if (name === 'offer') this._kept = null;
      else if (name === 'lang' && this._kept) delete this._kept.lang;
      if (this._failed && name !== 'dealer' && this.isConnected && !this._mounting) this.connectedCallback();
      return;
    }
    if (name === 'lang') {
      const result = this._widget.setLang(now || 'zh');
      if (!result.ok) console.error(`su7-upgrade lang="${now}": ${result.error.message}`);
    } else if (name === 'dealer') {
      this._given = undefined; // the attribute now says which table
      if (now) this._loadDealer(this._widget); else this._widget.clearDealer();
    } else {
      this.disconnectedCallback();
      this._kept = null;
      this.connectedCallback();
    }
  }

  async connectedCallback() {
    this._removed = false;
    if (this._widget || this._mounting) return;
    this._mounting = true;
    this._failed = false;
    const shadow = this.shadowRoot || this.attachShadow({ mode: 'open' });
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = new URL('style.css', base).href;
    // `ready` waits for the styles too: the theme check reads colours they define, and a host
    // measuring the element at `ready` gets its styled size. A stylesheet that fails holds nothing.
    const styled = new Promise((resolve) => {
      style.addEventListener('load', resolve, { once: true });
      style.addEventListener('error', resolve, { once: true });
    });
    const mount = document.createElement('div');
    mount.className = 'cuc-root';
    shadow.replaceChildren(style, mount);
    let mod;
    try {
      mod = await ready;
    } catch (error) {
      this._mounting = false;
      if (this._removed) return;
      if (!mount.isConnected) shadow.replaceChildren(style, mount);
      this._fail(mount, error, loadFailureText(error, this.getAttribute('lang')));
      return;
    }
    this._mounting = false;
    if (this._removed) return; // removed while the module loaded: mount nothing
    // Moved while the module loaded: the removal emptied the shadow root on the way.
    if (!mount.isConnected) shadow.replaceChildren(style, mount);
    const lang = this.getAttribute('lang') || 'zh';
    // Quotes from before `ready` are held, and the last re-sent after it: a host hears `ready` first.
    let held = null;
    const hold = (e) => { held = e.detail; e.stopPropagation(); };
    mount.addEventListener('quotechange', hold);
    this._listenForLeads(shadow);
    // Its methods answer from mounting on; `ready` waits for the first render and the styles
    // (or a removal).
    const rendered = new Promise((resolve) => mount.addEventListener('rendered', resolve, { once: true }));
    const removed = new Promise((resolve) => { this._rendered = resolve; });
    // Events are dispatched on the mount point and bubble out of the shadow root (composed):
    // the wasm never holds this element, so a removed one can be collected.
    const result = mod.mountWidget(mount, mount, { lang, offer: this.getAttribute('offer') || '' });
    if (!result.ok) {
      this._fail(mount, result.error, loadFailureText(result.error, lang));
      return;
    }
    const widget = result.value;
    this._widget = widget;
    // Moved in the page (removed and added again): the owner's configuration comes along.
    if (this._kept) widget.setConfig(this._kept);
    this._kept = null;
    await Promise.race([Promise.all([rendered, styled]), removed]);
    this._rendered = null;
    mount.removeEventListener('quotechange', hold);
    if (this._widget !== widget) return; // removed, or mounted afresh, before its first render
    this.dispatchEvent(new CustomEvent('ready', { bubbles: true, composed: true }));
    this._checkTheme(shadow);
    if (held) mount.dispatchEvent(new CustomEvent('quotechange', { bubbles: true, composed: true, detail: held }));
    // Then the dealer's table: a slow dealer server holds back neither `ready` nor the quotes.
    this._loadDealer(widget);
  }

  /** Warns the host (console and `themewarning`) when its theme puts `--cuc-on-accent` text on
   * `--cuc-accent` below WCAG AA's 4.5:1: pressed buttons would be hard to read. The colours
   * are read as the browser resolves them, on a probe in the shadow root. */
  _checkTheme(shadow) {
    const probe = document.createElement('span');
    probe.hidden = true;
    shadow.append(probe);
    const rgb = (property) => {
      probe.style.color = `var(${property})`;
      return (getComputedStyle(probe).color.match(/[\d.]+/g) || []).slice(0, 3).map(Number);
    };
    const [accent, onAccent] = [rgb('--cuc-accent'), rgb('--cuc-on-accent')];
    probe.remove();
    if (accent.length < 3 || onAccent.length < 3) return;
    const ratio = Math.round(contrast(accent, onAccent) * 100) / 100;
    if (ratio >= 4.5) return;
    const detail = { ratio, accent: `rgb(${accent})`, onAccent: `rgb(${onAccent})`,
      message: `--cuc-on-accent on --cuc-accent has a contrast of ${ratio}:1, below the 4.5:1 that text needs (WCAG AA): set --cuc-on-accent to a colour that reads on the accent` };
    console.warn('su7-upgrade:', detail.message);
    this.dispatchEvent(new CustomEvent('themewarning', { bubbles: true, composed: true, detail }));
  }

  /** The dealer's lead link: said first as `leadintent` (cancelable), then followed unless the
   * host took it over. On the shadow root, once: a listener on the mount point would keep this
   * element alive after removal (Yew keeps its mount point). */
  _listenForLeads(shadow) {
    if (this._leadsHeard) return;
    this._leadsHeard = true;
    shadow.addEventListener('quotechange', (e) => { this._lastQuote = e.detail; });
    shadow.addEventListener('click', (e) => {
      const detail = leadIntent(e, this._lastQuote || null, this._widget);
      const event = detail && new CustomEvent('leadintent', { bubbles: true, composed: true, cancelable: true, detail });
      if (event && !this.dispatchEvent(event)) e.preventDefault();
    });
  }

  /** Says `text` where the configurator would be and fires widgeterror with `error`. */
  _fail(mount, error, text) {
    this._failed = true;
    // The developer's message; a load failure was said once already, when the module failed.
    if (!LOAD_FAILURES.includes(error.code)) console.error('su7-upgrade:', error.message);
    const p = document.createElement('p');
    p.className = 'cuc-load-error';
    p.setAttribute('role', 'alert');
    p.textContent = text;
    mount.replaceChildren(p);
    this.dispatchEvent(new CustomEvent('widgeterror', { bubbles: true, composed: true, detail: error }));
    this._dealerText().then((t) => appendDealerPhone(p, t && dealerPhone(t), this.getAttribute('lang')));
  }

  /** The dealer table's text as the host gave it (setDealer, inline, or its URL), or null. */
  async _dealerText() {
    if (this._given !== undefined) return typeof this._given === 'string' ? this._given : JSON.stringify(this._given);
    const inline = this.querySelector('script[type="application/json"][data-dealer]');
    if (inline) return inline.textContent;
    const url = this.getAttribute('dealer');
    return url ? fetchDealer(url, document.baseURI).catch(() => null) : null;
  }

  disconnectedCallback() {
    this._removed = true;
    if (this._widget) {
      const config = this._widget.getConfig();
      this._kept = config.ok ? config.value : null;
      this._widget.destroy();
      this._widget.free(); // the Rust side of the handle: JS's garbage collector never frees it
    }
    this._widget = null;
    if (this._rendered) this._rendered(); // a removal ends the wait for the first render
    // Yew keeps its mount point for good (its event delegation's listeners are never removed):
    // emptied and cut loose from this element, it holds nothing else of the page.
    if (this.shadowRoot) {
      for (const mount of this.shadowRoot.querySelectorAll('.cuc-root')) mount.replaceChildren();
      this.shadowRoot.replaceChildren();
    }
  }

  /** The answer for a method called when there is no live widget. */
  _absent() { return this._removed ? destroyed : notReady; }

  /** Fires dealerchange with the table, or dealererror with its problem (also logged). */
  _dealerResult(result) {
    if (!result.ok) logDealerError(result.error);
    const [type, detail] = result.ok ? ['dealerchange', result.value] : ['dealererror', result.error];
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
    return result;
  }

  /** Gives `widget` the element's dealer table, inline or fetched; an answer that comes after
   * the element was removed, mounted afresh or pointed at another table is dropped. A table
   * given with setDealer() wins over the attribute until the attribute changes. */
  async _loadDealer(widget) {
    // A table the host gave with setDealer() stays through a move.
    if (this._given !== undefined) { this._dealerResult(widget.setDealer(this._given)); return; }
    const inline = this.querySelector('script[type="application/json"][data-dealer]');
    if (inline) { this._dealerResult(widget.setDealer(inline.textContent)); return; }
    const url = this.getAttribute('dealer');
    if (!url) return;
    const stale = () => this._widget !== widget || this.getAttribute('dealer') !== url;
    widget.dealerLoading();
    let text;
    try {
      text = await fetchDealer(url, document.baseURI);
    } catch (error) {
      if (stale()) return;
      widget.dealerUnavailable();
      this._dealerResult({ ok: false, error });
      return;
    }
    if (!stale()) this._dealerResult(widget.setDealer(text));
  }

  /** The widget's configuration ({ok, value}). */
  getConfig() { return this._widget ? this._widget.getConfig() : this._absent(); }
  /** Change any of the configuration's fields ({ok, value} or {ok: false, error}). */
  setConfig(config) { return this._widget ? this._widget.setConfig(config) : this._absent(); }
  /** Give the widget a dealer table (object or JSON text). */
  setDealer(table) {
    if (!this._widget) return this._absent();
    this._given = table;
    return this._dealerResult(this._widget.setDealer(table));
  }
  quote(request) { return quote(request); }
  purchaseTax(price, invoiceDate) { return purchaseTax(price, invoiceDate); }
  tables() { return tables(); }
}

if (!customElements.get('su7-upgrade')) customElements.define('su7-upgrade', Su7Upgrade);
