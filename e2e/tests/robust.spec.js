// The shell under conditions it does not control: saved state or links naming an offer the
// tables no longer have, and a page translator rewriting the DOM under Yew. Neither may blank
// a step, freeze the app (a panic is `RuntimeError: unreachable`) or lose the configuration.
const { test, expect, appReady } = require('./fixtures');

// Some tests here hold the wasm back to see the page before the app runs: no service worker
// may answer for the network (e2e/tests/offline.spec.js covers it).
test.use({ serviceWorkers: 'block' });

const KEY = 'su7-upgrade-configurator.draft';

/** Collects uncaught page errors (a Yew panic surfaces as one). */
function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

test('saved state naming an unknown offer shows step 1 with a message and is not saved again', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(([key]) => {
    if (!sessionStorage.getItem('seeded')) {
      // The saved format: its version, then the draft as a share link.
      localStorage.setItem(key, '2\nv1&o=su7-old-offer-2024&t=pro&p=&l=2025-11-20&a=5000.00'
        + '&pl=final-2026-03-19&k=2026-02-15&s=2026-04-30&lang=zh');
      sessionStorage.setItem('seeded', '1');
    }
  }, [KEY]);
  await page.goto('/');
  await expect(page.locator('#order-h')).toBeVisible();
  await expect(page.locator('button[data-offer]').first()).toBeVisible();
  await expect(page.locator('[data-field="offer"]')).toContainText('su7-old-offer-2024');
  await expect(page.locator('button[data-kind="old"][data-trim="pro"]')).toHaveAttribute('aria-pressed', 'true');
  // Loaded and shown, but not written: the saved text stays as it was until the owner acts.
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toContain('o=su7-old-offer-2024&');
  await page.locator('button[data-kind="old"][data-trim="max"]').click();
  await expect(page.getByTestId('extra-cash')).toBeVisible();
  const saved = await page.evaluate((key) => localStorage.getItem(key), KEY);
  expect(saved).toMatch(/^2\nv1&o=su7-gen1-to-gen2-2026&/);
  await page.reload();
  await expect(page.locator('#order-h')).toBeVisible();
  await expect(page.locator('button[data-kind="old"][data-trim="max"]')).toHaveAttribute('aria-pressed', 'true');
  expect(errors).toEqual([]);
});

for (const [what, text] of [
  // 69 KB: over today's 64 KiB limit, which holds for an earlier release's format too.
  ['an earlier release\'s JSON too large to be one', JSON.stringify({ v: 1, draft: { lang: 'zh', offer: 'su7-gen1-to-gen2-2026',
    old_trim: 'max', old_options: Array.from({ length: 5000 }, (_, i) => `paint/x${i}`), locked_on: '2025-11-20' } })],
  ['an earlier release\'s JSON, damaged', '{"v":1,"draft":{"lang":"zh","offer":"su7-gen1-'],
  ['a version line this app never writes', '02\nv1&o=su7-gen1-to-gen2-2026&t=max&p=&l=2025-11-20&a=5000.00&pl=final-2026-03-19&k=2026-02-15&s=2026-04-30&lang=zh'],
]) {
  test(`saved data that is ${what} is called damaged and kept`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.addInitScript(([key, value]) => {
      if (!sessionStorage.getItem('seeded')) { localStorage.setItem(key, value); sessionStorage.setItem('seeded', '1'); }
    }, [KEY, text]);
    await page.goto('/');
    const banner = page.getByTestId('saved-unreadable');
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('已损坏');
    await expect(banner).not.toContainText('其他版本');
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(text);
    expect(errors).toEqual([]);
  });
}

test('saved text with a lone surrogate is shown as read and left in storage as it was', async ({ page }) => {
  const errors = watchErrors(page);
  // Storage holds UTF-16; the app reads it as UTF-8 (U+FFFD for the lone half). Writing that
  // back before the owner changes anything would lose the original.
  const text = '2\nv1&o=su7-gen1-to-gen2-2026&t=pro\uD800&p=&l=2025-11-20&a=5000.00&pl=final-2026-03-19'
    + '&k=2026-02-15&s=2026-04-30&lang=zh';
  await page.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem('seeded')) { localStorage.setItem(key, value); sessionStorage.setItem('seeded', '1'); }
  }, [KEY, text]);
  await page.goto('/');
  await expect(page.getByTestId('extra-cash')).toBeVisible();
  expect(await page.evaluate(([key, value]) => localStorage.getItem(key) === value, [KEY, text])).toBe(true);
  expect(errors).toEqual([]);
});

test('a page translator rewriting text nodes does not freeze the app', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.getByTestId('extra-cash')).toBeVisible();
  // What Chrome's translator does: wrap every text node in <font> (twice over) and change its
  // text, skipping subtrees marked translate="no", as translators do.
  const translate = () => page.evaluate(() => {
    const skip = (n) => n.parentElement && n.parentElement.closest('[translate="no"], script, style');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent.trim() && !skip(n)) nodes.push(n);
    for (const n of nodes) {
      const outer = document.createElement('font');
      const inner = document.createElement('font');
      inner.textContent = '[t] ' + n.textContent;
      outer.append(inner);
      n.replaceWith(outer);
    }
    return nodes.length;
  });
  await translate();
  for (const trim of ['max', 'pro', 'ultra', 'standard']) {
    await page.locator(`button[data-kind="old"][data-trim="${trim}"]`).click();
    await translate();
  }
  await page.getByRole('button', { name: 'English' }).click();
  await translate();
  await page.locator('#amount-paid').fill('abc');
  await page.locator('#amount-paid').fill('20000');
  await page.getByRole('button', { name: '中文' }).click();
  await page.locator('button[data-kind="old"][data-trim="max"]').click();
  await expect(page.getByTestId('extra-cash').locator('.money')).toHaveText(/^[+-]?¥/);
  await expect(page.locator('button[data-kind="old"][data-trim="max"]')).toHaveAttribute('aria-pressed', 'true');
  expect(errors).toEqual([]);
});

test('the page arrives with the answer pre-rendered, and the app takes that page over', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  // The first screen, decision figure included, is in the HTML itself, rendered for its build day.
  expect(html).toMatch(/<div id="app" data-rendered-for="\d{4}-\d{2}-\d{2}">/);
  expect(html).toMatch(/data-testid="extra-cash"[^>]*>[\s\S]*?\+¥4,000/);
  // The wasm is fetched while the page is parsed (a preload in <head>), and only once: the
  // preload is what the boot script's fetch takes (its crossorigin and integrity fit).
  expect(html).toMatch(/<head>[\s\S]*<link rel="preload" href="\/upgrade-configurator_bg\.wasm"[^>]*as="fetch" type="application\/wasm">[\s\S]*<\/head>/);
  const wasmRequests = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasmRequests.push(r.url()); });
  expect(html).not.toMatch(/报价日期：\s*20\d\d/); // the quote's date is the browser's, not the build day
  // A first visit: the pre-rendered nodes are kept (hydrated), not replaced, and respond.
  await page.addInitScript(() => {
    new MutationObserver((_, o) => {
      const main = document.querySelector('main.app');
      if (main) { window.prerenderedMain = main; o.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/');
  expect(await page.evaluate(() => document.querySelector('main.app') === window.prerenderedMain)).toBe(true);
  expect(wasmRequests).toEqual([expect.stringMatching(/\/upgrade-configurator_bg\.wasm$/)]);
  const today = await page.evaluate(() => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; });
  await expect(page.locator('.quote-date')).toContainText(`报价日期：${today}`);
  await page.locator('button[data-kind="old"][data-trim="max"]').click();
  await expect(page.locator('button[data-kind="old"][data-trim="max"]')).toHaveAttribute('aria-pressed', 'true');
  // Back to the defaults: nothing of the owner's is saved, so the next visit is taken over again.
  await page.locator('button[data-kind="old"][data-trim="standard"]').click();
  await page.reload();
  expect(await page.evaluate(() => localStorage.getItem('su7-upgrade-configurator.draft'))).toBeNull();
  expect(await page.evaluate(() => document.querySelector('main.app') === window.prerenderedMain)).toBe(true);
});

test('a returning owner never sees the pre-rendered default figures as theirs', async ({ page }) => {
  await page.goto('/');
  await page.locator('button[data-kind="old"][data-trim="max"]').click();
  await page.locator('#locked-on').fill('2025-11-20'); // saved
  // On the next visit, before the app runs: the default quote is hidden behind a placeholder.
  await page.route('**/*.wasm', () => {}); // hold the wasm back: the page as it is before the app runs
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('html')).toHaveClass(/cuc-restoring/);
  await expect(page.locator('#app .layout')).toBeHidden();
  await page.unroute('**/*.wasm');
  await page.reload();
  // Then their own configuration, in place of the pre-rendered one.
  await expect(page.locator('html')).not.toHaveClass(/cuc-restoring/);
  await expect(page.locator('button[data-kind="old"][data-trim="max"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#locked-on')).toHaveValue('2025-11-20');
});

test("a configuration saved by an earlier release (JSON) is restored and saved again in today's format", async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(([key]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, JSON.stringify({ v: 1, draft: {
        lang: 'en', offer: 'su7-gen1-to-gen2-2026', old_trim: 'max', old_options: [], gifted_options: [],
        locked_on: '2025-11-20', amount_paid: '5000.00', new_configuration: null, price_list: 'final-2026-03-19',
        keep_invoice: '2026-02-15', switch_invoice: '2026-04-30',
        loan: { down_share: '0.2', months: 36, rate_percent: '3.1', rate_kind: 'interest' } } }));
      sessionStorage.setItem('seeded', '1');
    }
  }, [KEY]);
  await page.goto('/');
  await expect(page.locator('button[data-kind="old"][data-trim="max"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#locked-on')).toHaveValue('2025-11-20');
  await expect(page.locator('#loan-rate')).toHaveValue('3.1');
  await expect(page.getByTestId('saved-unreadable')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The next change saves it in today's format.
  await page.locator('button[data-kind="old"][data-trim="pro"]').click();
  const saved = await page.evaluate((key) => localStorage.getItem(key), KEY);
  expect(saved).toMatch(/^2\nv1&o=su7-gen1-to-gen2-2026&t=pro&.*&f=0\.2:36:3\.1:i&lang=en$/);
  expect(errors).toEqual([]);
});
