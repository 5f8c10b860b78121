// Under a strict Content-Security-Policy — no 'unsafe-inline' anywhere — the app page, the
// iframe page and the custom element on a dealer page all work (docs/embed.md lists the policy
// each embed needs). Any violation reported by the browser fails the test.
const { test, expect, appReady } = require('./fixtures');

const PORT = Number(process.env.E2E_PORT || 4173);
const WIDGET = `http://127.0.0.1:${PORT + 2}/`;
const HOST = `http://127.0.0.1:${PORT + 3}/index.html?widget=${encodeURIComponent(WIDGET)}`;

/** Records CSP violations in every frame of the page, and console reports of them. */
async function watchViolations(page) {
  const seen = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => { if (/Content Security Policy|CSP violation/i.test(m.text())) seen.push(m.text()); });
  page.on('pageerror', (e) => seen.push(String(e)));
  return seen;
}

test('the app page works under script-src self + wasm-unsafe-eval, style-src self', async ({ page }) => {
  const violations = await watchViolations(page);
  const res = await page.goto(WIDGET);
  expect(res.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await expect(page.getByTestId('extra-cash')).toBeVisible();
  await page.locator('button[data-kind="old"][data-trim="max"]').click();
  await page.locator('#locked-on').fill('2025-11-20');
  await expect(page.getByTestId('extra-cash').locator('.money')).toHaveText(/^[+−]?¥/);
  // The quote image is drawn by the page and shown as a data: image, which the policy allows.
  await page.locator('button[data-action="poster"]').click();
  const img = page.getByTestId('poster').locator('img');
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((i) => i.naturalWidth)).toBe(750);
  expect(violations).toEqual([]);
});

test('the element and the iframe work on a dealer page with a strict policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(HOST);
  await page.waitForFunction(() => window.quoteEvents.length > 0, null, { timeout: 20_000 });
  const widget = page.locator('su7-upgrade');
  await expect(widget.getByTestId('extra-cash').locator('.money')).toHaveText('+¥4,000');
  await expect(widget.getByTestId('dealer-block')).toContainText('Demo Motors');
  await page.waitForFunction(() => window.frameHeights.some((h) => h > 600), null, { timeout: 20_000 });
  const frame = page.frameLocator('#frame');
  await expect(frame.locator('.title')).toHaveText('SU7 upgrade cost calculator');
  await frame.locator('button[data-kind="old"][data-trim="pro"]').click();
  await expect(frame.locator('button[data-kind="old"][data-trim="pro"]')).toHaveAttribute('aria-pressed', 'true');
  expect(violations).toEqual([]);
});
