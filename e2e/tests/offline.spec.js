// Works offline and updates cleanly: a second visit loads and quotes with no network (the
// service worker's kept copy), and online the new release is served, not a stale one. The
// tables' version is in the footer.
const { test, expect } = require('./fixtures');
const fs = require('fs');
const path = require('path');

const DIST = path.join(__dirname, '..', '..', 'dist');

test('a second visit works offline, and online the newest release is served', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByTestId('tables-version')).toHaveText(/^[0-9a-f]{8}$/);
  const manifest = await page.evaluate(() => document.querySelector('link[rel="manifest"]').href);
  expect(manifest).toMatch(/manifest\.webmanifest$/);
  // The service worker is installed and controls the page once reloaded.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await page.locator('button[data-kind="old"][data-trim="max"]').click();
  await expect(page.locator('button[data-kind="old"][data-trim="max"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('extra-cash').locator('.money').first()).toHaveText(/¥/);
  await context.setOffline(false);

  // A new release: online, the page gets it, not the kept copy.
  const file = path.join(DIST, 'restoring.js');
  const before = fs.readFileSync(file, 'utf8');
  try {
    fs.writeFileSync(file, before + '\n// release 2\n');
    await page.reload();
    expect(await page.evaluate(() => fetch('restoring.js').then((r) => r.text()))).toContain('// release 2');
  } finally {
    fs.writeFileSync(file, before);
  }
  // The build stamps the worker with its own name, so a new build drops the old caches.
  const sw = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  expect(sw).not.toContain('__BUILD__');
  expect(sw).toMatch(/const BUILD = '[0-9a-f]{8}-[0-9a-f]{16}'/);
});

test('the app can be added to the home screen: Chromium finds nothing that stops installing it', async ({ playwright, baseURL }, info) => {
  // A persistent profile: the default test contexts are incognito, where nothing installs.
  const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'cuc-install-'));
  const ctx = await playwright.chromium.launchPersistentContext(dir, { ...info.project.use.launchOptions, headless: true });
  try {
    const page = await ctx.newPage();
    await page.goto(`${baseURL}/`);
    await expect(page.locator('html[data-app-ready]')).toHaveCount(1);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await ctx.newCDPSession(page);
    await expect.poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
  } finally {
    await ctx.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
