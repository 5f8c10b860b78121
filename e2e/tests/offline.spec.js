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

test('home-screen icons: iOS finds its PNG, the manifest lists PNGs, and each is icon.svg as rendered now', async ({ page, browser }) => {
  const { ICONS, render } = require('../../tools/render-icons.js');
  await page.goto('/');
  const apple = await page.evaluate(() => document.querySelector('link[rel="apple-touch-icon"]')?.getAttribute('href'));
  expect(apple).toBe('apple-touch-icon.png');
  const manifest = await page.evaluate(() => fetch('manifest.webmanifest').then((r) => r.json()));
  const listed = manifest.icons.filter((i) => i.type === 'image/png').map((i) => [i.src, i.sizes]);
  expect(listed).toEqual(ICONS.filter((i) => !i.square).map((i) => [i.file, `${i.size}x${i.size}`]));

  const svg = fs.readFileSync(path.join(DIST, 'icon.svg'), 'utf8');
  for (const icon of ICONS) {
    const fresh = (await render(browser, svg, icon)).toString('base64');
    // Served PNG and a fresh rendering, decoded in the page: same size, and the same picture up
    // to anti-aliasing (a Chromium update may move edge pixels, never the colours or the text).
    const [w, h, meanDiff, farOff] = await page.evaluate(async ({ url, fresh }) => {
      const pixels = async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const c = document.createElement('canvas');
        [c.width, c.height] = [img.naturalWidth, img.naturalHeight];
        const ctx = c.getContext('2d');
        ctx.drawImage(img, 0, 0);
        return [img.naturalWidth, img.naturalHeight, ctx.getImageData(0, 0, c.width, c.height).data];
      };
      const [w, h, served] = await pixels(url);
      const [fw, fh, drawn] = await pixels(`data:image/png;base64,${fresh}`);
      if (fw !== w || fh !== h) return [w, h, 255, 1];
      let sum = 0;
      let far = 0;
      for (let i = 0; i < served.length; i++) {
        const d = Math.abs(served[i] - drawn[i]);
        sum += d;
        if (d > 64) far++;
      }
      return [w, h, sum / served.length, far / served.length];
    }, { url: icon.file, fresh });
    expect([icon.file, w, h]).toEqual([icon.file, icon.size, icon.size]);
    expect(meanDiff, `${icon.file} differs from icon.svg: run node tools/render-icons.js`).toBeLessThan(0.5);
    expect(farOff, `${icon.file} differs from icon.svg: run node tools/render-icons.js`).toBeLessThan(0.002);
  }
});
