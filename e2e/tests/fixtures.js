// The app page arrives pre-rendered (src/bin/prerender.rs): its figures are there before the
// wasm runs, its controls respond once the app has taken the page over, which it marks with
// <html data-app-ready>. Every navigation of a test's page to the app waits for that, as an
// owner's first tap would have to; the dealer pages (widget, iframe) are not pre-rendered.
const base = require('@playwright/test');

// dist/ is served on PORT, under the app's CSP on PORT+2, and by nginx on PORT+4
// (playwright.config.js); the dealer host pages are on PORT+1 and PORT+3.
const PORT = Number(process.env.E2E_PORT || 4173);
const APP_PORTS = [String(PORT), String(PORT + 2), String(PORT + 4)];

const isAppPage = (url) => {
  try {
    const { port, pathname } = new URL(url);
    return APP_PORTS.includes(port) && (pathname === '/' || pathname === '/index.html');
  } catch {
    return false;
  }
};

/** Waits until the app has taken over `page`, when it shows the app. */
async function appReady(page) {
  if (isAppPage(page.url())) await page.locator('html[data-app-ready]').waitFor({ state: 'attached', timeout: 20_000 });
}

exports.test = base.test.extend({
  page: async ({ page }, use) => {
    for (const name of ['goto', 'reload']) {
      const original = page[name].bind(page);
      page[name] = async (...args) => {
        const response = await original(...args);
        // A test asking for an earlier moment (the page before the app runs) gets it.
        const early = ['commit', 'domcontentloaded'].includes(args.find((a) => a && a.waitUntil)?.waitUntil);
        if (!early) await appReady(page);
        return response;
      };
    }
    await use(page);
  },
});
exports.expect = base.expect;
exports.appReady = appReady;
