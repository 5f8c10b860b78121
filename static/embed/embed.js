// iframe fallback: embed.html?lang=en&offer=…&dealer=<url>&parent=<your page's origin>
// Messages are {source: 'su7-upgrade', v: 1, type, …}, sent only to `parent` (never '*'), and
// accepted only from `parent` when they come from the embedding window itself.
// An external module (no inline script) so the page runs under a strict CSP.

import { ready, loadFailureText, fetchDealer, logDealerError, leadIntent, dealerPhone, appendDealerPhone, LOAD_FAILURES } from './loader.js';

const params = new URLSearchParams(location.search);
const given = params.get('parent') || '';
let parentOrigin = null;
try { if (given && new URL(given).origin === given) parentOrigin = given; } catch (e) { /* not an origin */ }
const post = (type, payload) => {
  if (parentOrigin && window.parent !== window) window.parent.postMessage({ source: 'su7-upgrade', v: 1, type, ...payload }, parentOrigin);
};

const root = document.getElementById('cuc');
const lang = params.get('lang') || 'zh';
// Light unless the dealer asks for dark, or for the reader's system setting (style.css).
if (['auto', 'dark'].includes(params.get('theme'))) document.documentElement.dataset.theme = params.get('theme');
// The module as the element loads it: a failure is a typed error, said in the frame's language.
let result;
// Its methods answer from the first render on: 'ready' is posted after it.
const rendered = new Promise((resolve) => root.addEventListener('rendered', resolve, { once: true }));
try {
  result = (await ready).mountWidget(root, root, { lang, offer: params.get('offer') || '' });
} catch (error) {
  result = { ok: false, error };
}
if (!result.ok) {
  const p = document.createElement('p');
  p.className = 'cuc-load-error';
  p.setAttribute('role', 'alert');
  // The buyer reads a line in the frame's language; the developer's message goes to the console
  // (a load failure's was said when the module failed) and to the parent.
  if (!LOAD_FAILURES.includes(result.error.code)) console.error('su7-upgrade:', result.error.message);
  p.textContent = loadFailureText(result.error, lang);
  root.replaceChildren(p);
  post('error', { error: result.error });
  // The dealer's phone under it, where the frame was given a table with one.
  const dealer = params.get('dealer');
  const text = dealer ? await fetchDealer(dealer, parentOrigin ? `${parentOrigin}/` : location.href).catch(() => null) : null;
  appendDealerPhone(p, text && dealerPhone(text), lang);
  post('resize', { height: Math.ceil(root.getBoundingClientRect().height) });
} else {
  const widget = result.value;
  // The content's own height (not the frame's: documentElement.scrollHeight never goes below
  // the frame, so a frame could only grow). Sent on every DOM change and window resize, from
  // timers, which run in off-screen frames where rendering callbacks are throttled.
  let last = 0;
  let pending = false;
  const sendHeight = () => {
    pending = false;
    const h = Math.ceil(root.getBoundingClientRect().height);
    if (h > 0 && h !== last) { last = h; post('resize', { height: h }); }
  };
  const schedule = () => { if (!pending) { pending = true; setTimeout(sendHeight, 0); } };
  new MutationObserver(schedule).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  new ResizeObserver(schedule).observe(root);
  window.addEventListener('resize', schedule);
  // Quotes before 'ready' are held, and the last posted after it: the parent hears 'ready' first.
  let held = null;
  let isReady = false;
  let lastQuote = null;
  document.body.addEventListener('quotechange', (e) => {
    lastQuote = e.detail;
    if (isReady) post('quote', { quote: e.detail }); else held = e.detail;
    schedule();
  });
  // The dealer's lead link opens in a new tab; the parent hears of it first.
  document.body.addEventListener('click', (e) => {
    const detail = leadIntent(e, lastQuote, widget);
    if (detail) post('leadintent', detail);
  });
  // A table's problem goes to the parent and the console; buyers read a neutral line.
  const dealerResult = (result) => {
    if (result.ok) post('dealerchange', { dealer: result.value });
    else { logDealerError(result.error); post('dealererror', { error: result.error }); }
    return result;
  };
  const dealer = params.get('dealer');
  if (dealer) {
    widget.dealerLoading();
    // Resolved as the element resolves it on the parent's page: against the parent's site.
    fetchDealer(dealer, parentOrigin ? `${parentOrigin}/` : location.href)
      .then((t) => dealerResult(widget.setDealer(t)))
      .catch((error) => { widget.dealerUnavailable(); dealerResult({ ok: false, error }); });
  }
  window.addEventListener('message', (e) => {
    // The named origin alone is not enough: another frame of that origin could send too.
    if (!parentOrigin || e.origin !== parentOrigin || e.source !== window.parent) return;
    const d = e.data;
    if (!d || d.source !== 'su7-upgrade-host' || d.v !== 1) return;
    if (d.type === 'setConfig') post('config', { result: widget.setConfig(d.config) });
    if (d.type === 'getConfig') post('config', { result: widget.getConfig() });
    if (d.type === 'setDealer') post('dealer', { result: dealerResult(widget.setDealer(d.table)) });
  });
  await rendered;
  post('ready', {});
  isReady = true;
  if (held) post('quote', { quote: held });
  sendHeight();
}
