// SU7 upgrade configurator: widget loader. Its URL (<site>/embed/loader.js) stays the same
// across releases. It defines <su7-upgrade> and re-exports the JS API. It only translates:
// every check and every amount comes from the wasm engine.
//
//   <script type="module" src="https://<site>/embed/loader.js"></script>
//   <su7-upgrade lang="zh" offer="su7-gen1-to-gen2-2026" dealer="/dealer.json"></su7-upgrade>

const base = new URL('../', import.meta.url);

const ready = (async () => {
  const mod = await import(new URL('widget.js', base).href);
  await mod.default({ module_or_path: new URL('widget_bg.wasm', base) });
  return mod;
})();

const notReady = { ok: false, error: { code: 'not_ready', message: 'the widget is still loading; wait for its "ready" event', path: '.' } };
const destroyed = { ok: false, error: { code: 'destroyed', message: 'the element was removed from the page; add it again or create a new one', path: '.' } };

/** Quote a request (the engine's JSON). Resolves to {ok, value} or {ok: false, error}. */
export async function quote(request) { return (await ready).quote(request); }
/** Purchase tax on a decimal-string price for an invoice date (YYYY-MM-DD), with its steps. */
export async function purchaseTax(price, invoiceDate) { return (await ready).purchaseTax(price, invoiceDate); }
/** The bundled tables: offers, catalogs (trims, options, prices, sources), tax policy. */
export async function tables() { return (await ready).tables(); }
/** Check a dealer table. */
export async function parseDealer(table) { return (await ready).parseDealer(table); }
export { ready };

class Su7Upgrade extends HTMLElement {
  async connectedCallback() {
    this._removed = false;
    if (this._widget || this._mounting) return;
    this._mounting = true;
    const shadow = this.shadowRoot || this.attachShadow({ mode: 'open' });
    shadow.replaceChildren();
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = new URL('style.css', base).href;
    const mount = document.createElement('div');
    mount.className = 'cuc-root';
    shadow.append(style, mount);
    let mod;
    try {
      mod = await ready;
    } catch (e) {
      mount.textContent = 'The configurator could not load: ' + (e && e.message ? e.message : e);
      this._mounting = false;
      return;
    }
    this._mounting = false;
    if (this._removed) return; // removed while the module loaded: mount nothing
    const result = mod.mountWidget(mount, this, { lang: this.getAttribute('lang') || 'zh', offer: this.getAttribute('offer') || '' });
    if (!result.ok) {
      mount.textContent = result.error.message;
      this.dispatchEvent(new CustomEvent('widgeterror', { bubbles: true, composed: true, detail: result.error }));
      return;
    }
    this._widget = result.value;
    await this._loadDealer();
    this.dispatchEvent(new CustomEvent('ready', { bubbles: true, composed: true }));
  }

  disconnectedCallback() {
    this._removed = true;
    if (this._widget) this._widget.destroy();
    this._widget = null;
  }

  /** The answer for a method called when there is no live widget. */
  _absent() { return this._removed ? destroyed : notReady; }

  async _loadDealer() {
    const inline = this.querySelector('script[type="application/json"][data-dealer]');
    if (inline) { this._widget.setDealer(inline.textContent); return; }
    const url = this.getAttribute('dealer');
    if (!url) return;
    this._widget.dealerLoading();
    try {
      const res = await fetch(new URL(url, document.baseURI), { credentials: 'omit' });
      if (!res.ok) throw new Error('HTTP ' + res.status);
      const text = await res.text();
      if (this._widget) this._widget.setDealer(text); // the element may have been removed meanwhile
    } catch (e) {
      if (!this._widget) return;
      this._widget.dealerUnavailable(url);
    }
  }

  /** The widget's configuration ({ok, value}). */
  getConfig() { return this._widget ? this._widget.getConfig() : this._absent(); }
  /** Change any of the configuration's fields ({ok, value} or {ok: false, error}). */
  setConfig(config) { return this._widget ? this._widget.setConfig(config) : this._absent(); }
  /** Give the widget a dealer table (object or JSON text). */
  setDealer(table) { return this._widget ? this._widget.setDealer(table) : this._absent(); }
  quote(request) { return quote(request); }
  purchaseTax(price, invoiceDate) { return purchaseTax(price, invoiceDate); }
  tables() { return tables(); }
}

if (!customElements.get('su7-upgrade')) customElements.define('su7-upgrade', Su7Upgrade);
