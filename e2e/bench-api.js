// Browser benchmark of the JS API: microseconds per `quote()` call in Chromium against dist/,
// as the median of interleaved batches. Prints numbers; asserts nothing.
//   node bench-api.js <base URL>   (./x bench-web serves dist/ and runs this)
const { chromium } = require('@playwright/test');

(async () => {
  const base = process.argv[2] || 'http://127.0.0.1:4180/';
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  await page.goto(base + 'embed-demo.html?widget=' + encodeURIComponent(base));
  await page.waitForFunction(() => window.su7, null, { timeout: 30_000 });
  const result = await page.evaluate(async (base) => {
    const api = await import(base + 'embed/loader.js');
    await api.ready;
    const request = { offer: 'su7-gen1-to-gen2-2026', old_order: { trim: 'pro', options: [], locked_on: '2025-11-20', amount_paid: '5000.00' },
      keep_invoice_date: '2026-02-15', switch_invoice_date: '2026-04-30' };
    const mod = await api.ready;
    const time = (f, n) => { const t0 = performance.now(); for (let i = 0; i < n; i++) f(); return (performance.now() - t0) * 1000 / n; };
    const quote = () => { const r = mod.quote(request); if (!r.ok) throw new Error(JSON.stringify(r.error)); };
    const tax = () => mod.purchaseTax('219900.00', '2026-04-30');
    quote(); tax();
    const q = [], t = [];
    for (let b = 0; b < 21; b++) { q.push(time(quote, 200)); t.push(time(tax, 1000)); }
    const med = (a) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)];
    return { quote: med(q), quoteMin: Math.min(...q), quoteMax: Math.max(...q), tax: med(t) };
  }, base);
  console.log(`JS API quote(): median ${result.quote.toFixed(1)} µs/call (batches ${result.quoteMin.toFixed(1)}–${result.quoteMax.toFixed(1)})`);
  console.log(`JS API purchaseTax(): median ${result.tax.toFixed(1)} µs/call`);
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
