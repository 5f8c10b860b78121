// The owner's flow, the element and the iframe in WebKit and Firefox (engines.js says how they
// are driven). WebKitGTK's web process crashes now and then in software rendering: its tests
// are retried once, never more.
const { test, expect } = require('@playwright/test');
const fs = require('fs');
const path = require('path');
const { start, until, OVERFLOW, By } = require('./engines');

const expected = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'artifacts', 'expected.json'), 'utf8'));
const PORT = Number(process.env.E2E_PORT || 4173);
const CSP_APP = `http://127.0.0.1:${PORT + 2}/`;
const CSP_HOST = `http://127.0.0.1:${PORT + 3}`;
const NGINX = `http://127.0.0.1:${PORT + 4}/`;
const DEMO = `http://127.0.0.1:${PORT + 1}/embed-demo.html`;

for (const engine of ['webkit', 'firefox']) {
  test.describe(engine, () => {
    test.describe.configure({ mode: 'serial', retries: engine === 'webkit' ? 1 : 0, timeout: 120_000 });
    let browser;
    test.beforeAll(async () => { test.setTimeout(60_000); browser = await start(engine); });
    test.afterAll(async () => { if (browser) await browser.stop(); });

    for (const width of [360, 390]) {
      test(`the owner's flow at ${width} px, zh then en: the engine's figures, nothing sideways`, async () => {
        const d = browser.driver;
        await d.get(`${CSP_HOST}/phone.html?w=${width}&src=${encodeURIComponent(CSP_APP)}`);
        await d.switchTo().frame(await d.findElement(By.id('phone')));
        await until(() => d.executeScript('return document.documentElement.hasAttribute("data-app-ready")'), 'the app');
        const click = async (css) => d.findElement(By.css(css)).click();
        // A <select>'s option list is the platform's own widget, which WebDriver clicks differ on:
        // the value is set as choosing it would, with the change event the app listens to.
        const choose = (css, value) => d.executeScript(`const s = document.querySelector(arguments[0]);
          s.value = arguments[1]; s.dispatchEvent(new Event('change', { bubbles: true }));`, css, value);
        const headline = () => d.executeScript(
          'const m = document.querySelector("[data-testid=extra-cash] .money"); return m && m.textContent;');
        const fits = async (when) => {
          const o = await d.executeScript(OVERFLOW);
          expect(o.width, when).toBe(width);
          expect(o.out, `${when}: elements past the ${width} px screen`).toEqual([]);
          expect(o.scroll, `${when}: sideways scroll`).toBe(0);
        };
        await click('button.lang[lang^="zh"]');
        await fits('first screen');
        const e = expected['share-scenario'];
        // The trim from its chip, in the sheet (a modal <dialog>: Safari 15.4 and later).
        await click('[data-chip="trim"]');
        await until(() => d.executeScript('return document.querySelector("dialog.sheet").open'), 'the sheet');
        await click('dialog.sheet button[data-kind="sheet"][data-trim="pro"]');
        await fits('zh, the sheet open');
        // 完成 clicked from script: a WebDriver click on a modal dialog's button in a frame taller
        // than Firefox's headless window (768 px) lands nowhere; a finger's tap does not.
        await d.executeScript('document.querySelector("[data-action=sheet-done]").click()');
        await until(() => d.executeScript('return !document.querySelector("dialog.sheet").open'), 'the sheet closed');
        // Closed, the sheet holds no field (only the primer a tap focuses); its close event,
        // which empties it, comes a task after the close.
        await until(() => d.executeScript('return document.querySelectorAll("dialog.sheet form, dialog.sheet :not(.sheet-primer)").length === 0'), 'the sheet emptied');
        expect(await d.executeScript('return document.querySelector("button[data-kind=old][aria-pressed=true]").dataset.trim')).toBe('pro');
        await click('details.options-box > summary');
        await choose('#old-paint', 'paint/twilight-purple');
        await click('button[data-kind="new"][data-trim="max"]');
        await choose('#new-interior', 'interior/nappa');
        await until(async () => (await headline()) === e.extra_cash, `the headline ${e.extra_cash}`);
        await click('[data-action="details"]');
        await fits('zh, an order with details');
        await click('button.lang[lang="en"]');
        await until(() => d.executeScript('return document.documentElement.lang === "en"'), 'English');
        expect(await headline()).toBe(e.extra_cash);
        await fits('en, an order with details');
      });
    }

    test('the element from another origin, served by nginx: the engine\'s headline and quote, methods answering', async () => {
      const d = browser.driver;
      await d.get(`${DEMO}?widget=${encodeURIComponent(NGINX)}`);
      await until(() => d.executeScript('return window.quoteEvents && window.quoteEvents.length > 0'), 'a quote');
      const e = expected['su7-gen1-to-gen2-2026/standard/final-2026-03-19'];
      const shown = await until(() => d.executeScript(`
        const el = document.querySelector('su7-upgrade');
        const m = el && el.shadowRoot && el.shadowRoot.querySelector('[data-testid=extra-cash] .money');
        return m && m.textContent;`), 'the widget headline');
      expect(shown).toBe(e.extra_cash);
      const q = await d.executeScript('return window.quoteEvents[window.quoteEvents.length - 1]');
      expect('+¥' + Math.round(Number(q.extra_cash_to_switch)).toLocaleString('en-US')).toBe(e.extra_cash);
      const config = await d.executeScript('return document.querySelector("su7-upgrade").getConfig()');
      expect(config.ok).toBe(true);
    });

    // Firefox's scrollbars take space (the resize loop's condition); WebKit's overlay, as on iOS.
    const bars = engine === 'firefox' ? 'classic' : 'overlay';
    test(`the iframe at 700 px with ${bars} scrollbars settles and stops reporting`, async () => {
      const desktop = engine === 'firefox' ? await start(engine, { classicScrollbars: true }) : browser;
      try { await settles(desktop.driver, bars); } finally { if (desktop !== browser) await desktop.stop(); }
    });
  });
}

/** The iframe's height messages stop within a second of matching its content. */
async function settles(d, bars) {
  await d.get(`${CSP_HOST}/frame.html?widget=${encodeURIComponent(CSP_APP)}`);
  await d.executeScript('document.getElementById("frame").style.width = "700px"');
  // The page is 6,000 px tall: its scrollbar shows what kind the frame's would be.
  const bar = await d.executeScript('return window.innerWidth - document.documentElement.clientWidth');
  if (bars === 'classic') expect(bar, 'a classic scrollbar takes space').toBeGreaterThan(0);
  else expect(bar, 'an overlay scrollbar takes none').toBe(0);
  const heights = () => d.executeScript('return window.frameMessages.filter((m) => m.type === "resize").map((m) => m.height)');
  await until(async () => (await heights()).some((h) => h > 600), 'a content height');
  const content = async () => {
    await d.switchTo().frame(await d.findElement(By.id('frame')));
    const h = await d.executeScript('return Math.ceil(document.getElementById("cuc").getBoundingClientRect().height)');
    await d.switchTo().defaultContent();
    return h;
  };
  await until(async () => (await heights()).at(-1) === (await content()), 'the last height to be the content height');
  const before = (await heights()).length;
  await new Promise((r) => setTimeout(r, 1000));
  expect((await heights()).length - before, 'height messages in the second after settling').toBe(0);
}
