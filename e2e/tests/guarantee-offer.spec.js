// The third offer, written only as data: YU7 orders and the cross-year guarantee, an offer
// with no switch. Picked like any offer, it answers with what keeping costs and the guarantee
// kept, shows nothing of a new car, travels in the share link, and its papers check as kept.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('./fixtures');

const expected = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'artifacts', 'expected.json'), 'utf8'));
const OFFER = 'yu7-cross-year-tax-2025';

/** The page with the guarantee offer picked. */
async function pick(page) {
  await page.goto('/');
  await page.locator(`button[data-offer="${OFFER}"]`).click();
  await expect(page.locator(`button[data-offer="${OFFER}"]`)).toHaveAttribute('aria-pressed', 'true');
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('it answers with the kept order and its guarantee, and nothing of a new car', async ({ page }) => {
    await pick(page);
    const hero = page.getByTestId('hero');
    await expect(hero.getByTestId('order-line')).toContainText('YU7 标准版');
    const figures = hero.getByTestId('keep-figures');
    const want = expected[`${OFFER}/standard`];
    await expect(figures).toContainText(want.keep_cash.replace('.00', ''));
    await expect(figures.getByTestId('keep-guarantee')).toContainText(`跨年购置税补贴（抵尾款）：${want.keep_guarantee}`);
    // No lock date yet: every lock the offer took is in time, so one case, and the hint says which.
    await expect(hero.getByTestId('lock-sides')).toHaveCount(0);
    await expect(page.locator('#locked-on-hint')).toHaveText('请填写锁单日期；未填写时，按2025年11月30日及之前锁单计算。');
    await expect(page.locator('[part="new-car"]')).toHaveCount(0);
    await expect(page.getByTestId('decision-range')).toHaveCount(0);
    await expect(page.getByTestId('no-successor')).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test('a lock after the cut-off is a real order: quoted, with no guarantee, and said why', async ({ page }) => {
  await pick(page);
  const hero = page.getByTestId('hero');
  const guarantee = hero.getByTestId('keep-guarantee');
  await expect(guarantee).not.toContainText('¥0');
  await page.locator('#locked-on').fill('2025-12-05');
  await expect(page.locator('#locked-on')).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByTestId('impossible-dates')).toHaveCount(0);
  await expect(guarantee).toContainText('¥0');
  await expect(page.locator('section.order')).toContainText('锁单日期晚于2025年11月30日，不享受跨年购置税补贴。');
  // No price list or new-car month in what the quote rests on.
  await expect(page.getByTestId('quote-basis').locator('dl')).not.toContainText('价格表');
});

test('the offer and the order travel in the share link, in English too', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await pick(page);
  await page.locator('button[data-kind="old"][data-trim="pro"]').click();
  await page.locator('#locked-on').fill('2025-09-20');
  await page.locator('button[data-action="copy-link"]').click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toContain(`o=${OFFER}`);
  const other = await context.newPage();
  await other.goto(link.replace(/^https?:\/\/[^/]+/, '').replace(/&lang=zh/, '') + '&lang=en');
  const want = expected[`${OFFER}/pro`];
  await expect(other.getByTestId('hero').getByTestId('order-line')).toContainText('YU7 Pro');
  await expect(other.getByTestId('hero').getByTestId('keep-guarantee')).toContainText(`Tax guarantee (off the final payment): ${want.keep_guarantee}`);
  await expect(other.locator(`button[data-offer="${OFFER}"]`)).toHaveAttribute('aria-pressed', 'true');
});

test('its papers are checked as a kept order, with no switched choice', async ({ page }) => {
  await pick(page);
  await page.locator('#locked-on').fill('2025-09-20');
  await page.locator('button[data-action="check-papers"]').click();
  const papers = page.getByTestId('papers');
  await expect(papers).toBeVisible();
  await expect(papers.locator('button[data-switched]')).toHaveCount(0);
  await page.locator('#invoice-total').fill('279900');
  await page.locator('#invoice-date').fill('2026-07-15');
  const guarantee = papers.getByTestId('guarantee-check');
  // YU7 Pro, ¥279,900 invoiced in 2026: the whole 2026 tax comes back, under the cap.
  const due = (await guarantee.locator('.due').innerText()).match(/¥[\d,]+\.\d\d/)[0];
  expect(due).toMatch(/^¥12,384\.9[56]$/);
  await page.locator('#guarantee-credited').fill(due.slice(1));
  await expect(guarantee.getByTestId('verdict')).toHaveText(`与您填写的${due}相符。`);
});

test('shared, it says what keeping costs and the guarantee, not a dead end', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.share = async (data) => { window.sharedData = data; };
  });
  await pick(page);
  await page.locator('#locked-on').fill('2025-09-20');
  await expect(page.getByTestId('hero').locator('#hero-h')).toHaveText('保留原订单：还需支付和可得补贴');
  await page.locator('button[data-action="share-sheet"]').click();
  await page.waitForFunction(() => window.sharedData);
  const text = await page.evaluate(() => window.sharedData.text);
  const want = expected[`${OFFER}/standard`];
  expect(text).toContain(`尾款与购置税合计：${want.keep_cash.replace('.00', '')}`);
  expect(text).toContain(`跨年购置税补贴（抵尾款）：${want.keep_guarantee}`);
  expect(text).toMatch(/^【我的订单核算】/);
  expect(text).not.toContain('只能保留原订单');
});
