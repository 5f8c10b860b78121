// Records every message the iframe embed sends, with the time since load, and applies the
// reported height as the snippet in docs/embed.md does.
const W = new URL(new URLSearchParams(location.search).get('widget'));
const t0 = performance.now();
window.frameMessages = [];
window.addEventListener('message', (e) => {
  if (e.origin !== W.origin) return;
  const d = e.data;
  if (!d || d.source !== 'su7-upgrade' || d.v !== 1) return;
  window.frameMessages.push({ ...d, at: Math.round(performance.now() - t0) });
  if (d.type === 'resize') document.getElementById('frame').style.height = d.height + 'px';
  // The decision, docked where the reader is, however tall the frame (docs/embed.md, "Dock the answer").
  if (d.type === 'quote') {
    const dock = document.getElementById('dock');
    const extra = d.quote.extra_cash_to_switch;
    dock.hidden = extra === null;
    if (extra !== null) dock.textContent = `Extra cash to switch: ¥${Number(extra).toLocaleString('en-US', { maximumFractionDigits: 0 })}`;
  }
});
window.widgetOrigin = W.origin;
document.getElementById('frame').src = new URL(`embed/embed.html?lang=en&parent=${encodeURIComponent(location.origin)}`, W).href;
