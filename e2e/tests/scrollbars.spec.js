// The iframe embed with visible scrollbars, as desktop Chromium and Firefox show them: a frame
// whose content grows a scrollbar rewraps, reports a new height, loses the scrollbar, and so
// on. Headless Chromium hides scrollbars unless told not to, so the rest of the suite never sees
// this.
const { test, expect } = require('./fixtures');
const { heights, lastHeight, contentHeight } = require('./frame-heights');

const PORT = Number(process.env.E2E_PORT || 4173);
const WIDGET = `http://127.0.0.1:${PORT + 2}/`;
const PAGE = `http://127.0.0.1:${PORT + 3}/frame.html?widget=${encodeURIComponent(WIDGET)}`;

test.use({ launchOptions: { executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'], ignoreDefaultArgs: ['--hide-scrollbars'] } });

for (const width of [1000, 700, 358]) {
  test(`a ${width} px frame settles on its content's height and stops reporting`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(PAGE);
    await page.evaluate((w) => { document.getElementById('frame').style.width = `${w}px`; }, width);
    await page.waitForFunction(() => window.frameMessages.some((m) => m.type === 'resize' && m.height > 600), null, { timeout: 20_000 });
    await expect.poll(async () => (await lastHeight(page)) === (await contentHeight(page))).toBe(true);
    // Settled: no horizontal overflow inside the frame, and no height message in the next second.
    const frame = page.frames().find((f) => f.url().includes('embed.html'));
    expect(await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    const before = (await heights(page)).length;
    await page.waitForTimeout(1000);
    expect((await heights(page)).length - before).toBe(0);
  });
}
