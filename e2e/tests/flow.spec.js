// The owner's whole flow in Chromium against dist/: every first-gen trim at phone and desktop
// size, in Chinese and English, checked against the native engine's figures
// (artifacts/expected.json, written by `cargo run --example e2e_expectations`).
const { test, expect, appReady } = require('./fixtures');
const fs = require('fs');
const path = require('path');

const ARTIFACTS = path.join(__dirname, '..', 'artifacts');
const expected = JSON.parse(fs.readFileSync(path.join(ARTIFACTS, 'expected.json'), 'utf8'));
const OFFER = 'su7-gen1-to-gen2-2026';
const FINAL = 'final-2026-03-19';
const PRESALE = 'presale-2026-01-07';

// Each test starts from an empty localStorage (a fresh context per test).
async function open(page, hash = '') {
  await page.goto('/' + hash);
  await expect(page.getByTestId('extra-cash')).toBeVisible();
}

const headline = (page) => page.getByTestId('extra-cash').locator('.money');

for (const [w, h] of [[390, 844], [1280, 800]]) {
  for (const lang of ['zh', 'en']) {
    for (const trim of ['standard', 'pro', 'max']) {
      test(`${trim} at ${w}x${h} in ${lang}: decision, paths and specs`, async ({ page }) => {
        await page.setViewportSize({ width: w, height: h });
        await open(page);
        if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
        // A phone keeps the details closed until asked; a wide screen shows them.
        const toggle = page.locator('[data-action="details"]');
        if (w < 1024) await toggle.click(); else await expect(toggle).toBeHidden();
        await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
        await page.locator(`button[data-kind="old"][data-trim="${trim}"]`).click();
        const e = expected[`${OFFER}/${trim}/${FINAL}`];
        await expect(headline(page)).toHaveText(e.extra_cash);
        await expect(page.locator('tr[data-line="cash_needed"] td').nth(0)).toContainText(e.keep_cash);
        await expect(page.locator('tr[data-line="cash_needed"] td').nth(1)).toContainText(e.switch_cash);
        await expect(page.getByTestId('guarantee-summary')).toContainText(e.retained);
        // The decision number includes estimates (the carry-over and guarantee basis are our reading).
        await expect(page.getByTestId('extra-cash').locator('.est')).toBeVisible();
        await expect(page.getByTestId('specs').locator('tr[data-spec="range"] td').nth(1)).toContainText('km');
        // Steps are numbered by CSS counters, so paper (where the inputs are not printed) starts at 1.
        const decisionHeading = page.locator('h2.step', { hasText: lang === 'zh' ? '明细' : 'Details' });
        await expect(decisionHeading).toBeVisible();
        expect(await decisionHeading.evaluate((h) => getComputedStyle(h, '::before').content)).toBe('counter(step) ". "');
        await page.screenshot({ path: path.join(ARTIFACTS, `flow-${trim}-${w}x${h}-${lang}.png`), fullPage: true });
      });
    }
  }
}

test('the price-list control switches to the presale prices', async ({ page }) => {
  await open(page);
  await page.locator('button[data-kind="old"][data-trim="pro"]').click();
  await page.locator(`button[data-choice="${PRESALE}"]`).click();
  await expect(headline(page)).toHaveText(expected[`${OFFER}/pro/${PRESALE}`].extra_cash);
});

test('the invoice-year control updates the guarantee and the decision', async ({ page }) => {
  await open(page);
  await page.locator('button[data-kind="old"][data-trim="max"]').click();
  for (const year of ['2027', '2028', '2026']) {
    await page.locator('#switch-invoice').locator('..').locator(`button[data-year="${year}"]`).click();
    const e = expected[`${OFFER}/max/switch-invoice-${year}`];
    await expect(headline(page)).toHaveText(e.extra_cash);
    await expect(page.locator('tr[data-line="cash_needed"] td').nth(1)).toContainText(e.switch_cash);
  }
});

test('Ultra: keeping is the only path, explained', async ({ page }) => {
  await open(page);
  await page.locator('button[data-kind="old"][data-trim="ultra"]').click();
  await expect(page.getByTestId('extra-cash')).toHaveText('只能保留原订单');
  await expect(page.getByTestId('eligibility')).toContainText('未找到这个版本对应的新车型');
});

test('a lock date after 2025-11-30 loses the tax guarantee', async ({ page }) => {
  await open(page);
  await page.locator('#locked-on').fill('2025-12-05');
  await expect(page.locator('[data-code="locked_after_cutoff"]')).toBeVisible();
  await expect(page.locator('tr[data-line="guarantee"] td').nth(1)).toHaveText('¥0.00');
});

test('a bad amount shows a message and keeps the last valid quote', async ({ page }) => {
  await open(page);
  const before = await headline(page).textContent();
  await expect(page.getByTestId('last-valid')).toHaveCount(0);
  await page.locator('#amount-paid').fill('5.001'); // thousands separators are fine now; three decimals are not
  await expect(page.locator('[data-field="amount_paid"]')).toBeVisible();
  await expect(headline(page)).toHaveText(before);
  await expect(page.getByTestId('last-valid')).toBeVisible(); // the headline says it is the last valid input's
  await page.locator('#amount-paid').fill('20000');
  await expect(page.locator('[data-field="amount_paid"]')).toHaveCount(0);
});

test('share link round trip restores the exact quote, without touching saved state', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await page.locator('button[data-kind="old"][data-trim="pro"]').click();
  await page.locator('details.options-box > summary').click();
  await page.locator('#old-paint').selectOption('paint/twilight-purple');
  await page.locator('button[data-kind="new"][data-trim="max"]').click();
  await page.locator('#new-interior').selectOption('interior/nappa');
  const e = expected['share-scenario'];
  await expect(headline(page)).toHaveText(e.extra_cash);
  await page.locator('button[data-action="copy-link"]').click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toContain('#v1&');

  // Another owner, with a saved configuration of their own, opens the link.
  const other = await browser.newContext();
  const p2 = await other.newPage();
  await p2.goto('/');
  await appReady(p2);
  await p2.locator('button[data-kind="old"][data-trim="standard"]').click();
  const saved = await p2.evaluate(() => localStorage.getItem('su7-upgrade-configurator.draft'));
  await p2.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await p2.reload();
  await appReady(p2);
  await expect(p2.getByTestId('shared-view')).toBeVisible();
  await expect(p2.getByTestId('extra-cash').locator('.money')).toHaveText(e.extra_cash);
  expect(await p2.evaluate(() => localStorage.getItem('su7-upgrade-configurator.draft'))).toBe(saved);
  await p2.locator('button[data-action="back-to-mine"]').click();
  await expect(p2.locator('button[data-kind="old"][data-trim="standard"]')).toHaveAttribute('aria-pressed', 'true');
  await other.close();
});

test('a tampered link shows what is wrong and the app keeps working', async ({ page }) => {
  await open(page, '#v1&o=su7-gen1-to-gen2-2026&t=hyper&p=&l=2025-11-20&a=-1e308&pl=final-2026-03-19&k=2026-02-15&s=2026-04-30&lang=zh');
  // Read but with values replaced: one message, inside the shared-view banner, not "could not be read".
  await expect(page.getByTestId('shared-values-replaced')).toBeVisible();
  await expect(page.getByTestId('link-problem')).toHaveCount(0);
  await expect(page.locator('[data-field="amount_paid"]')).toBeVisible();
  await expect(headline(page)).toHaveText(/^[+-]?¥/);
  await page.goto('/#v9&o=x');
  await page.reload();
  // Worded in the reader's language (Chinese by default), not the parser's English.
  await expect(page.getByTestId('link-problem')).toContainText('其他版本');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('link-problem')).toContainText('another version');
  await page.goto('/#v1&o=su7-gen1-to-gen2-2026&t=pro');
  await page.reload();
  await expect(page.getByTestId('link-problem')).toContainText('incomplete');
  // Each altered part is named as itself: the on-road part is not called the loan's.
  await page.goto('/#v1&o=su7-gen1-to-gen2-2026&t=pro&p=&l=2025-11-20&a=5000&k=2026-02-15&s=2026-04-30&lang=en&r=2');
  await page.reload();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('link-problem')).toContainText('a malformed on-road part');
  await expect(page.getByTestId('link-problem')).not.toContainText('loan');
});

test('corrupted saved state is reported and not overwritten until the owner says so', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('su7-upgrade-configurator.draft', '2\nv1&o=su7-gen1-to-gen2-2026&t=pro');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await open(page);
  await expect(page.getByTestId('saved-unreadable')).toBeVisible();
  await page.locator('button[data-kind="old"][data-trim="max"]').click();
  expect(await page.evaluate(() => localStorage.getItem('su7-upgrade-configurator.draft'))).toBe('2\nv1&o=su7-gen1-to-gen2-2026&t=pro');
  await page.locator('button[data-action="start-fresh"]').click();
  await expect(page.getByTestId('saved-unreadable')).toHaveCount(0);
  await page.locator('button[data-kind="old"][data-trim="pro"]').click();
  const saved = await page.evaluate(() => localStorage.getItem('su7-upgrade-configurator.draft'));
  expect(saved).toMatch(/^2\nv1&.*&t=pro&/);
  await page.reload();
  await expect(page.locator('button[data-kind="old"][data-trim="pro"]')).toHaveAttribute('aria-pressed', 'true');
});

test('language choice is remembered', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'English' }).click();
  await page.reload();
  await expect(page.locator('h1')).toHaveText('SU7 upgrade cost calculator');
});

test('the second offer (SU7 → YU7, 2025) works from its tables alone', async ({ page }) => {
  await open(page);
  await page.locator('button[data-offer="su7-to-yu7-2025"]').click();
  await page.locator('button[data-kind="old"][data-trim="pro"]').click();
  const e = expected['su7-to-yu7-2025/pro/launch-2025-06-26'];
  await expect(headline(page)).toHaveText(e.headline);
  await expect(page.getByTestId('specs').locator('tr[data-spec="range"] td').nth(1)).toContainText('770 km');
  await page.locator('button[data-kind="old"][data-trim="ultra"]').click();
  await expect(headline(page)).toHaveText(expected['su7-to-yu7-2025/ultra/launch-2025-06-26'].headline);
  await expect(page.getByTestId('extra-cash')).toHaveClass(/saves/); // a saving is said as one, in its own colour
});
