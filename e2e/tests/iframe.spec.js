// The iframe embed tells its parent its true height — growing and shrinking, while far
// off-screen, and after changes that emit no quote — and takes setConfig only from the window
// that embeds it. Prints the off-screen timings; asserts only what must hold.
const { test, expect, appReady } = require('./fixtures');

const PORT = Number(process.env.E2E_PORT || 4173);
const WIDGET = `http://127.0.0.1:${PORT + 2}/`;
const PAGE = `http://127.0.0.1:${PORT + 3}/frame.html?widget=${encodeURIComponent(WIDGET)}`;

const { heights, lastHeight, contentHeight } = require('./frame-heights');

test('an off-screen frame reports its true height, growing and shrinking', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(PAGE);
  await page.waitForFunction(() => window.frameMessages.some((m) => m.type === 'resize' && m.height > 600), null, { timeout: 20_000 });
  const first = (await heights(page)).find((m) => m.height > 600);
  console.log(`off-screen frame: first rendered height ${first.height}px reported ${first.at} ms after load`);
  await expect.poll(async () => (await lastHeight(page)) === (await contentHeight(page))).toBe(true);
  const wide = await lastHeight(page);

  await page.evaluate(() => { document.getElementById('frame').style.width = '390px'; });
  await expect.poll(() => lastHeight(page)).toBeGreaterThan(wide);
  await expect.poll(async () => (await lastHeight(page)) === (await contentHeight(page))).toBe(true);
  const narrow = await lastHeight(page);
  await page.evaluate(() => { document.getElementById('frame').style.width = '1000px'; });
  await expect.poll(() => lastHeight(page)).toBeLessThan(narrow);
  await expect.poll(async () => (await lastHeight(page)) === (await contentHeight(page))).toBe(true);
  const all = await heights(page);
  console.log(`heights reported: ${all.map((m) => `${m.height}@${m.at}ms`).join(', ')}`);
});

test('a change that emits no quote (a field error) still updates the height', async ({ page }) => {
  await page.goto(PAGE);
  await page.waitForFunction(() => window.frameMessages.some((m) => m.type === 'ready'), null, { timeout: 20_000 });
  await expect.poll(async () => (await lastHeight(page)) === (await contentHeight(page))).toBe(true);
  const before = await lastHeight(page);
  const quotes = await page.evaluate(() => window.frameMessages.filter((m) => m.type === 'quote').length);
  await page.evaluate(() => document.getElementById('frame').contentWindow.postMessage(
    { source: 'su7-upgrade-host', v: 1, type: 'setConfig', config: { amount_paid: 'abc' } }, window.widgetOrigin));
  await expect.poll(() => lastHeight(page)).toBeGreaterThan(before);
  await expect.poll(async () => (await lastHeight(page)) === (await contentHeight(page))).toBe(true);
  expect(await page.evaluate(() => window.frameMessages.filter((m) => m.type === 'quote').length)).toBe(quotes);
});

test('the parent can read the config and give a dealer table; a bad one is said to the parent only', async ({ page }) => {
  await page.goto(PAGE);
  await page.waitForFunction(() => window.frameMessages.some((m) => m.type === 'ready'), null, { timeout: 20_000 });
  const send = (msg) => page.evaluate((m) => document.getElementById('frame').contentWindow.postMessage(
    { source: 'su7-upgrade-host', v: 1, ...m }, window.widgetOrigin), msg);
  await send({ type: 'getConfig' });
  await expect.poll(() => page.evaluate(() => window.frameMessages.filter((m) => m.type === 'config').length)).toBe(1);
  expect(await page.evaluate(() => window.frameMessages.find((m) => m.type === 'config').result.value.old_trim)).toBe('standard');
  await send({ type: 'setDealer', table: { schema: 1, kind: 'dealer', name: 'Frame Motors', contact: { phone: '400-123-4567' } } });
  await expect(page.frameLocator('#frame').getByTestId('dealer-block')).toContainText('Frame Motors');
  await send({ type: 'setDealer', table: { schema: 1, kind: 'dealer', name: 'B', fees: [{ id: 'a', name: 'x', amount: '1' }, { id: 'a', name: 'y', amount: '2' }] } });
  await expect.poll(() => page.evaluate(() => window.frameMessages.filter((m) => m.type === 'dealererror').length)).toBe(1);
  const error = await page.evaluate(() => window.frameMessages.find((m) => m.type === 'dealererror').error);
  expect([error.code, error.path]).toEqual(['invalid_value', 'fees[1].id']);
  await expect(page.frameLocator('#frame').getByTestId('dealer-block')).toHaveText("Dealer information is unavailable; the amounts below leave out the dealer's fees and offers.");
  const types = await page.evaluate(() => window.frameMessages.map((m) => m.type).filter((t) => t.startsWith('dealer')));
  expect(types).toEqual(['dealerchange', 'dealer', 'dealererror', 'dealer']);
});

test('setConfig from another frame of the parent origin is ignored; from the parent it is taken', async ({ page }) => {
  await page.goto(PAGE);
  await page.waitForFunction(() => window.frameMessages.some((m) => m.type === 'ready'), null, { timeout: 20_000 });
  // A sibling frame of the same origin posts to the widget.
  await page.evaluate(() => {
    const sibling = document.createElement('iframe');
    sibling.src = 'sibling.html';
    document.body.append(sibling);
  });
  await page.waitForFunction(() => window.siblingPosted === true);
  // The parent's own message (a different trim) is answered; the sibling's (max) never is.
  await page.evaluate(() => document.getElementById('frame').contentWindow.postMessage(
    { source: 'su7-upgrade-host', v: 1, type: 'setConfig', config: { old_trim: 'pro' } }, window.widgetOrigin));
  await page.waitForFunction(() => window.frameMessages.some((m) => m.type === 'config'));
  const frame = page.frameLocator('#frame');
  await expect(frame.locator('button[data-kind="old"][data-trim="pro"]')).toHaveAttribute('aria-pressed', 'true');
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => window.frameMessages.filter((m) => m.type === 'config').length)).toBe(1);
  await expect(frame.locator('button[data-kind="old"][data-trim="max"]')).toHaveAttribute('aria-pressed', 'false');
});

test("a dealer page docks the answer from the frame's quote messages, in sight while the frame is far below", async ({ page }) => {
  await page.goto(PAGE);
  const dock = page.locator('#dock');
  await expect(dock).toHaveText(/^Extra cash to switch: ¥[\d,]+$/);
  // In sight: fixed to the screen's bottom, while the frame is 6,000 px below the fold.
  const box = await dock.boundingBox();
  const height = page.viewportSize().height;
  expect(box.y + box.height).toBeLessThanOrEqual(height + 1);
  expect(box.y).toBeGreaterThan(height / 2);
  const last = await page.evaluate(() => window.frameMessages.filter((m) => m.type === 'quote').at(-1).quote.extra_cash_to_switch);
  expect(await dock.textContent()).toBe(`Extra cash to switch: ¥${Math.round(Number(last)).toLocaleString('en-US')}`);
});
