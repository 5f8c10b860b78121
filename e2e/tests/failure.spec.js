// When the configurator cannot load on a dealer's page — no WebAssembly (old WebViews, Lockdown
// Mode), a damaged wasm — the element and the iframe say so in their language, fire their
// error event or message with a typed code, and the JS API answers {ok: false} instead of
// throwing or hanging.
const { test, expect } = require('./fixtures');

const PORT = Number(process.env.E2E_PORT || 4173);
const WIDGET = `http://127.0.0.1:${PORT}/`;
const HOST = `http://127.0.0.1:${PORT + 1}/embed-demo.html?widget=${encodeURIComponent(WIDGET)}`;

/** Records the element's widgeterror details, the frame's messages and uncaught errors. */
async function watch(page) {
  const uncaught = [];
  page.on('pageerror', (e) => uncaught.push(String(e)));
  await page.addInitScript(() => {
    window.widgetErrors = [];
    window.frameMessages = [];
    document.addEventListener('widgeterror', (e) => window.widgetErrors.push(e.detail));
    addEventListener('message', (e) => { if (e.data && e.data.source === 'su7-upgrade') window.frameMessages.push(e.data); });
  });
  return uncaught;
}

test('a wasm that does not compile: both embeds say so in their language, with typed errors', async ({ page }) => {
  const uncaught = await watch(page);
  await page.route('**/widget_bg.wasm', (r) => r.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('not wasm') }));
  await page.goto(HOST);
  const alert = page.locator('su7-upgrade').getByRole('alert');
  await expect(alert).toHaveText('计算器未能加载。请刷新页面重试；如仍无法加载，请稍后再试或换用其他浏览器。');
  // The dealer's table (its dealer attribute, read by JavaScript since the wasm did not load)
  // gives the buyer a number to call.
  const contact = page.locator('su7-upgrade .cuc-load-contact');
  await expect(contact).toHaveText('如需帮助，请致电经销商：400-000-0000');
  await expect(contact.locator('a')).toHaveAttribute('href', 'tel:4000000000');
  // Only a number as the widget's own check takes one: anything else adds nothing.
  const phones = await page.evaluate(() => ['400 000 0000 转 8', 'javascript:alert(1)', '12', '<b>4000000000</b>', 'x']
    .map((phone) => window.su7.dealerPhone(JSON.stringify({ contact: { phone } }))).concat(window.su7.dealerPhone('{')));
  expect(phones).toEqual(['400 000 0000 转 8', null, null, null, null, null]);
  const errors = await page.evaluate(() => window.widgetErrors);
  expect(errors.map((e) => e.code)).toEqual(['load_failed']);
  expect(errors[0].message).toContain('docs/embed.md');
  // The JS API answers; it does not throw or hang.
  const answer = await page.evaluate(() => window.su7.quote({ offer: 'x' }));
  expect(answer).toEqual({ ok: false, error: errors[0] });
  // The iframe (lang=en on the demo page) posts its error and the height of its message, and shows it.
  await expect.poll(() => page.evaluate(() => window.frameMessages.map((m) => m.type))).toEqual(['error', 'resize']);
  const [error, resize] = await page.evaluate(() => window.frameMessages);
  expect(error.error.code).toBe('load_failed');
  expect(resize.height).toBeGreaterThan(20);
  await expect(page.frameLocator('#su7-frame').getByRole('alert')).toHaveText(/^The calculator could not load\. Please reload/);
  expect(uncaught).toEqual([]);
});

test('a browser too old for reference types is told before the download, with unsupported_browser', async ({ page }) => {
  const uncaught = await watch(page);
  const fetched = [];
  page.on('request', (r) => { if (r.url().endsWith('widget_bg.wasm')) fetched.push(r.url()); });
  // Such a browser's validator refuses the loader's 15-byte probe (an externref in a type).
  await page.addInitScript(() => {
    const validate = WebAssembly.validate.bind(WebAssembly);
    WebAssembly.validate = (bytes) => !new Uint8Array(bytes).includes(0x6f) && validate(bytes);
  });
  await page.goto(HOST);
  await expect(page.locator('su7-upgrade').getByRole('alert')).toHaveText(
    '当前浏览器版本过旧，无法运行本计算器。请升级浏览器（Chrome/Edge 96、Safari 15、Firefox 89 或更新版本），或用其他浏览器打开本页。');
  await expect.poll(() => page.evaluate(() => window.widgetErrors.map((e) => e.code))).toEqual(['unsupported_browser']);
  await expect.poll(() => page.evaluate(() => window.frameMessages.map((m) => m.type === 'error' && m.error.code))).toContain('unsupported_browser');
  const answer = await page.evaluate(() => window.su7.purchaseTax('229900', '2026-01-01'));
  expect(answer.error.code).toBe('unsupported_browser');
  expect(fetched).toEqual([]);
  expect(uncaught).toEqual([]);
});

test('no WebAssembly: an English element says what to do, and the API answers no_webassembly', async ({ page }) => {
  const uncaught = await watch(page);
  await page.addInitScript(() => { delete window.WebAssembly; });
  await page.goto(HOST);
  await page.evaluate(() => {
    const el = document.createElement('su7-upgrade');
    el.setAttribute('lang', 'en');
    el.id = 'english';
    document.body.append(el);
  });
  await expect(page.locator('#english').getByRole('alert')).toHaveText(
    'The calculator cannot run in this browser: WebAssembly is turned off or not supported. Please update the browser or open this page in another one.');
  await expect.poll(() => page.evaluate(() => window.widgetErrors.map((e) => e.code))).toEqual(['no_webassembly', 'no_webassembly']);
  const answer = await page.evaluate(() => window.su7.purchaseTax('229900', '2026-01-01'));
  expect(answer.ok).toBe(false);
  expect(answer.error.code).toBe('no_webassembly');
  expect(uncaught).toEqual([]);
});
