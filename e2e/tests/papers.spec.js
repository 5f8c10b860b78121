// 核对: after delivery an owner checks the tax and guarantee on their papers — a kept order
// and a switched one, each amount matching, short or over, a lock date not yet given, bad
// input at its field, the share link carrying the papers, and the printed check.
const { test, expect } = require('./fixtures');
const path = require('path');

const ARTIFACTS = path.join(__dirname, '..', 'artifacts');

/** The 核对 view opened from the answer card, for an order locked on `locked`. */
async function openCheck(page, locked = '2025-11-20') {
  await page.goto('/');
  if (locked) await page.locator('#locked-on').fill(locked);
  await page.locator('button[data-action="check-papers"]').click();
  await expect(page.getByTestId('papers')).toBeVisible();
  await expect(page.locator('#papers-h')).toBeFocused();
}

/** Types the papers: total and date, then tax paid and credited when given. */
async function enter(page, { total, date, tax, credited }) {
  await page.locator('#invoice-total').fill(total);
  await page.locator('#invoice-date').fill(date);
  if (tax !== undefined) await page.locator('#tax-paid').fill(tax);
  if (credited !== undefined) await page.locator('#guarantee-credited').fill(credited);
}

test('a kept order: the tax due to the fen, and each paper matching, short or over', async ({ page }) => {
  await openCheck(page);
  const papers = page.getByTestId('papers');
  await expect(papers.getByTestId('papers-waiting')).toBeVisible();
  // Standard, ¥215,900 invoiced 2026-02-10: half the 10 % on 215,900 ÷ 1.13 is ¥9,553.10, and
  // against 2025's full exemption the guarantee makes all of it up.
  await enter(page, { total: '215900', date: '2026-02-10', tax: '9553.10', credited: '9000' });
  const tax = papers.getByTestId('tax-check');
  await expect(tax.locator('.due')).toContainText('¥9,553.10');
  await expect(tax.getByTestId('verdict')).toHaveText('与您填写的¥9,553.10相符。');
  await expect(tax.locator('.next-step')).toHaveCount(0);
  const guarantee = papers.getByTestId('guarantee-check');
  await expect(guarantee.locator('.due')).toContainText('¥9,553.10');
  await expect(guarantee.getByTestId('verdict')).toHaveText('您填写的¥9,000.00比按规则算出的少¥553.10。');
  await expect(guarantee.locator('.next-step')).toContainText('补足差额');
  // The full 10 %, as if no relief: over by the relief, and how to reclaim it.
  await page.locator('#tax-paid').fill('19,106.19');
  await expect(tax.getByTestId('verdict')).toHaveText('您填写的¥19,106.19比按规则算出的多¥9,553.09。');
  await expect(tax.locator('.next-step')).toContainText('三年内');
  // The steps, one tap away.
  await tax.locator('details.tax-steps summary').click();
  await expect(tax.locator('details.tax-steps')).toContainText('¥191,061.95');
  await page.screenshot({ path: path.join(ARTIFACTS, 'papers-zh.png'), fullPage: true });
});

test('a switched order is checked on the new car, and a late invoice has no guarantee', async ({ page }) => {
  await openCheck(page);
  await page.locator('.papers button[data-switched="true"]').click();
  await expect(page.locator('.papers button[data-switched="true"]')).toHaveAttribute('aria-pressed', 'true');
  await enter(page, { total: '219900', date: '2026-03-28', credited: '0' });
  const guarantee = page.getByTestId('guarantee-check');
  await expect(guarantee.locator('.due')).toContainText('¥9,730.09');
  await expect(guarantee.getByTestId('verdict')).toHaveText('您填写的¥0.00比按规则算出的少¥9,730.09。');
  // Kept through the switch, on the car invoiced: our readings of the offer, so marked 估,
  // named, and the difference not called a shortfall outright.
  await expect(guarantee.locator('.due .est')).toBeVisible();
  await expect(guarantee.getByTestId('guarantee-readings').locator('li')).toHaveCount(2);
  await expect(guarantee.locator('.next-step')).toContainText('差额未必是少给');
  // A kept order's guarantee rests on the guarantee's own terms: no mark.
  await page.locator('.papers button[data-switched="false"]').click();
  await expect(guarantee.locator('.due .est')).toHaveCount(0);
  await expect(guarantee.getByTestId('guarantee-readings')).toHaveCount(0);
  await page.locator('.papers button[data-switched="true"]').click();
  // Invoiced in 2027: outside the guarantee's window, so any credit is more than due.
  await page.locator('#invoice-date').fill('2027-01-04');
  await expect(guarantee.locator('.due')).toContainText('不适用');
  await expect(guarantee.getByTestId('verdict')).toHaveText('与您填写的¥0.00相符。');
});

test('without a lock date the guarantee is not judged, and bad papers are told at their fields', async ({ page }) => {
  await openCheck(page, null);
  await enter(page, { total: '21万5900', date: '2026-02-10', credited: '9000' });
  await expect(page.locator('.papers .field-error[data-field="invoice_total"]')).toContainText('请按票据上的金额输入');
  await expect(page.locator('#invoice-total')).toHaveAttribute('aria-invalid', 'true');
  await page.locator('#invoice-total').fill('21.59万');
  const guarantee = page.getByTestId('guarantee-check');
  await expect(guarantee).toContainText('补贴取决于锁单日期');
  await expect(guarantee.getByTestId('verdict')).toHaveCount(0);
  await guarantee.getByRole('button', { name: '锁单日期' }).click();
  await expect(page.locator('#locked-on')).toBeFocused();
  await page.locator('#locked-on').fill('2025-12-05');
  await expect(guarantee.locator('.due')).toContainText('锁单日期晚于');
  await expect(guarantee.getByTestId('verdict')).toHaveText('您填写的¥9,000.00比按规则算出的多¥9,000.00。');
});

test('the share link carries the papers, and 返回报价 closes the check', async ({ page, context }) => {
  await openCheck(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await enter(page, { total: '215900', date: '2026-02-10', tax: '9553.1' });
  await page.locator('button[data-action="copy-link"]').click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toContain('&c=k:215900:2026-02-10:9553.1:');
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByTestId('tax-check').getByTestId('verdict')).toHaveText('与您填写的¥9,553.10相符。');
  await page.locator('button[data-action="close-papers"]').click();
  await expect(page.getByTestId('papers')).toHaveCount(0);
  await expect(page.locator('button[data-action="check-papers"]')).toBeVisible();
  await page.locator('button[data-action="copy-link"]').click();
  await expect(page.getByTestId('share-link')).not.toHaveValue(/&c=/);
});

test('printed, the check stays and the rest of the form goes; English reads the same', async ({ page }) => {
  await openCheck(page);
  await enter(page, { total: '215900', date: '2026-02-10', tax: '9553.10' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('tax-check')).toBeVisible();
  await expect(page.locator('section.order')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('tax-check').getByTestId('verdict')).toHaveText('Matches the ¥9,553.10 you entered.');
  await page.screenshot({ path: path.join(ARTIFACTS, 'papers-en.png'), fullPage: true });
});

test('on a phone the check opens under the answer, before the order form', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openCheck(page);
  await enter(page, { total: '215900', date: '2026-02-10', tax: '9553.10', credited: '9553.10' });
  const card = await page.getByTestId('papers').boundingBox();
  const hero = await page.getByTestId('hero').boundingBox();
  const order = await page.locator('section.order').boundingBox();
  expect(card.y).toBeGreaterThan(hero.y + hero.height - 1);
  expect(card.y + card.height).toBeLessThan(order.y + 1);
  await expect(page.getByTestId('guarantee-check').getByTestId('verdict')).toHaveText('与您填写的¥9,553.10相符。');
  // The quote's sticky number is not what a checking owner came for.
  await expect(page.locator('.sticky-total')).toHaveCount(0);
  await page.screenshot({ path: path.join(ARTIFACTS, 'papers-phone-zh.png'), fullPage: false });
});

test('a keep-only order (an Ultra, no new car in the offer) is checked as kept, at the cap', async ({ page }) => {
  await page.goto('/');
  await page.locator('button[data-kind="old"][data-trim="ultra"]').click();
  await page.locator('#locked-on').fill('2025-11-20');
  await page.locator('button[data-action="check-papers"]').click();
  // No switch to choose: the invoice is the kept car's.
  await expect(page.locator('.papers button[data-switched]')).toHaveCount(0);
  await enter(page, { total: '529900', date: '2026-02-10', tax: '31893.81', credited: '15000' });
  // ¥529,900 ÷ 1.13 = 468,938.05; 10 % = 46,893.81; 2026 relief capped at ¥15,000 → 31,893.81.
  // Against 2025's tax (46,893.81 − the ¥30,000 cap = 16,893.81) the extra 15,000 meets the
  // guarantee's own ¥15,000 cap (../shared/reference: the Ultra row of the worked table).
  await expect(page.getByTestId('tax-check').getByTestId('verdict')).toHaveText('与您填写的¥31,893.81相符。');
  const guarantee = page.getByTestId('guarantee-check');
  await expect(guarantee.locator('.due')).toContainText('¥15,000.00');
  await expect(guarantee.locator('.due .est')).toHaveCount(0);
  await expect(guarantee.getByTestId('verdict')).toHaveText('与您填写的¥15,000.00相符。');
});
