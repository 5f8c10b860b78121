// A dealer page under a strict CSP: loads the widget from its origin (?widget=…) as the custom
// element and as the iframe, and records what the widget reports.
const W = new URL(new URLSearchParams(location.search).get('widget'));
window.quoteEvents = [];
window.frameHeights = [];
document.addEventListener('quotechange', (e) => window.quoteEvents.push(e.detail));
document.getElementById('widget').setAttribute('dealer', new URL('dealers/demo-dealer.json', W).href);
window.su7 = await import(new URL('embed/loader.js', W).href);
window.addEventListener('message', (e) => {
  if (e.origin !== W.origin) return;
  const d = e.data;
  if (d && d.source === 'su7-upgrade' && d.v === 1 && d.type === 'resize') {
    window.frameHeights.push(d.height);
    document.getElementById('frame').style.height = d.height + 'px';
  }
});
document.getElementById('frame').src = new URL(`embed/embed.html?lang=en&parent=${encodeURIComponent(location.origin)}`, W).href;
