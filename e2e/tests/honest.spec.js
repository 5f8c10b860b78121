// The owner is never shown a number that silently assumes what they did not say: an empty lock
// date shows both sides of the guarantee's cut-off, and a date combination the offer makes
// impossible is named with the nearest possible date instead of being quoted as normal.
const { test, expect, appReady } = require('./fixtures');
const fs = require('fs');
const path = require('path');

const expected = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'artifacts', 'expected.json'), 'utf8'));
const OFFER = 'su7-gen1-to-gen2-2026';
const FINAL = 'final-2026-03-19';

test('with no lock date the decision shows both sides of the cut-off, then one once it is given', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#locked-on')).toHaveValue('');
  const sides = page.getByTestId('lock-sides');
  await expect(sides).toContainText('2025年11月30日及之前锁单'); // dated as the closing beside it
  await expect(sides).toContainText('2025年12月1日及之后锁单');
  await expect(page.getByTestId('extra-cash').locator('.money')).toHaveText(expected[`${OFFER}/standard/${FINAL}`].extra_cash);
  await expect(page.getByTestId('extra-cash-locked-later').locator('.money'))
    .toHaveText(expected[`${OFFER}/standard/locked-2025-12-01`].extra_cash);
  await page.locator('button[data-kind="old"][data-trim="max"]').click();
  await expect(page.getByTestId('extra-cash-locked-later').locator('.money'))
    .toHaveText(expected[`${OFFER}/max/locked-2025-12-01`].extra_cash);
  await page.locator('#locked-on').fill('2025-11-20');
  await expect(sides).toHaveCount(0);
  // Once known, one figure: its label says which way it goes, the amount in whole yuan and 万.
  await expect(page.getByTestId('extra-cash').locator('.money')).not.toHaveText(/[+−.]/);
  await expect(page.getByTestId('extra-cash').locator('.money')).toHaveText(expected[`${OFFER}/max/${FINAL}`].headline);
});

test('an impossible invoice date is named with the nearest possible date, never quoted as normal', async ({ page }) => {
  await page.goto('/');
  await page.locator('#locked-on').fill('2025-12-01');
  // No 2025 preset: the new car launched in 2026 and the order was undelivered in January 2026.
  await expect(page.locator('#switch-invoice').locator('..').locator('button[data-year="2025"]')).toHaveCount(0);
  await expect(page.locator('#keep-invoice').locator('..').locator('button[data-year="2025"]')).toHaveCount(0);
  await page.locator('#switch-invoice').fill('2025-06'); // a delivery month: counts as its last day
  const impossible = page.getByTestId('impossible-dates');
  await expect(impossible).toBeVisible();
  await expect(impossible.locator('[data-code="switch_invoice_before_deliveries"]')).toContainText('2026年3月26日');
  await expect(page.getByTestId('extra-cash')).toHaveCount(0);
  await expect(page.locator('#switch-invoice')).toHaveAttribute('aria-invalid', 'true');
  await impossible.locator('button[data-action="use-nearest"]').click();
  await expect(impossible).toHaveCount(0);
  await expect(page.locator('#switch-invoice')).toHaveValue('2026-03');
  await expect(page.getByTestId('extra-cash').locator('.money')).toHaveText(/^[+−]?¥/);
});

test('the tax guarantee is told on both paths, with what switching changes, and why it may not apply', async ({ page }) => {
  await page.goto('/');
  const e = expected[`${OFFER}/standard/${FINAL}`];
  const summary = page.getByTestId('guarantee-summary');
  await expect(summary).toContainText(e.keep_guarantee);
  await expect(summary).toContainText(e.retained);
  await expect(page.getByTestId('guarantee-change')).toContainText('相抵后净');
  await expect(page.getByTestId('guarantee-change')).toContainText(e.guarantee_change);
  await page.locator('#locked-on').fill('2025-12-05');
  await expect(summary).toContainText('不享受小米跨年购置税补贴');
  await expect(summary).toContainText('锁单日期晚于2025年11月30日');
  await expect(page.getByTestId('guarantee-change')).toHaveCount(0);
});

test('paying more than the new car costs is named as a refund on the switch path', async ({ page }) => {
  await page.goto('/');
  await page.locator('button[data-offer="su7-to-yu7-2025"]').click();
  await page.locator('button[data-kind="old"][data-trim="max"]').click();
  await page.locator('#amount-paid').fill('299900');
  // Kept, invoiced in 2025: the old car costs exactly what was paid (a 2026 invoice would
  // bring the cross-year subsidy, itself refunded on a car paid in full).
  await page.locator('#keep-invoice').fill('2025-11');
  await page.locator('button[data-kind="new"][data-trim="standard"]').click();
  const refund = page.getByTestId('decision-notices').locator('[data-code="switch_refund_due"]');
  await expect(refund).toContainText('应退还');
  await expect(page.getByTestId('decision-notices').locator('[data-code="keep_refund_due"]')).toHaveCount(0);
});

test('the load-bearing assumptions are listed with what each is worth, and the range they span', async ({ page }) => {
  await page.goto('/');
  await page.locator('button[data-kind="old"][data-trim="pro"]').click();
  await page.locator('#locked-on').fill('2025-11-20');
  const e = expected[`${OFFER}/pro/${FINAL}`];
  const list = page.getByTestId('assumptions');
  for (const code of ['amount_paid_carries_over', 'guarantee_retained', 'price_list_paid', 'switch_invoice_year']) {
    await expect(list.locator(`li[data-code="${code}"]`)).toHaveCount(1);
  }
  await expect(list.locator('li[data-code="amount_paid_carries_over"]')).toContainText('+¥5,000');
  await expect(list.locator('li[data-code="switch_invoice_year"]')).toContainText(e.switch_slip);
  // "Keeps the guarantee" carries the case where such a promise was changed, with its source.
  const precedent = list.locator('li[data-code="guarantee_retained"] .precedent');
  await expect(precedent).toContainText('先例：极氪');
  await page.locator('button[data-action="show-sources"]').first().click();
  await precedent.getByText('来源').click(); // its source, one tap away
  await expect(precedent).toContainText('深网报道');
  await expect(page.getByTestId('decision-range')).toContainText(e.range_low);
  await expect(page.getByTestId('decision-range')).toContainText(e.range_high);
});

test('a closed offer is shown as history, and a discontinued paid option is named as given up', async ({ page }) => {
  await page.goto('/');
  await page.locator('button[data-kind="old"][data-trim="pro"]').click();
  await page.locator('details.options-box > summary').click();
  await page.locator('#old-paint').selectOption('paint/lava-orange');
  await expect(page.getByTestId('given-up')).toContainText('熔岩橙');
  await expect(page.getByTestId('given-up')).toContainText('¥7,000）');
  // One list of what switching gains and loses besides the price: the gift, the amount paid, the option.
  const trade = page.getByTestId('trade');
  await expect(trade.locator('li')).toHaveCount(3);
  await expect(trade.locator('[data-trade="gifts"]')).toContainText('智能双表盘');
  await expect(trade.locator('[data-trade="deposit"]')).toContainText('已付金额：转入新订单，计入新车车款');
  await expect(trade.getByTestId('given-up')).toBeVisible();
  await page.locator('button[data-offer="su7-to-yu7-2025"]').click();
  await expect(page.locator('button[data-offer="su7-to-yu7-2025"] .closed-tag')).toHaveText('已结束');
  // A tag beside the name, never a second bracket after the name's own: "（2025年6月）（已结束）".
  for (const name of await page.locator('button[data-offer]').allTextContents()) expect(name).not.toContain('）（');
  // Dates read as in every other section: Chinese on the Chinese screen, ISO in English.
  await expect(page.getByTestId('offer-closed')).toContainText('本活动已于2025年6月29日 24:00结束');
  await page.locator('button.lang[lang="en"]').click();
  await expect(page.getByTestId('offer-closed')).toContainText('This offer closed on 2025-06-29 24:00');
});

test('an option the order received free is ¥0 on the kept order, and the new car prices its own', async ({ page }) => {
  await page.goto('/');
  await page.locator('button[data-kind="old"][data-trim="pro"]').click();
  await page.locator('details.options-box > summary').click();
  await page.locator('#old-interior').selectOption('interior/nappa');
  const free = page.locator('input[data-gifted="interior/nappa"]');
  await expect(free).not.toBeChecked();
  const keepItems = page.locator('table.paths tr.sub').first().locator('td').nth(1);
  await keepItems.locator('details.items > summary').click(); // items are rendered when opened
  const keepNappa = keepItems.locator('li[data-item="interior/nappa"]');
  await expect(keepNappa).toContainText('¥8,000.00');
  await free.check();
  await expect(keepNappa).toContainText('¥0.00');
  await expect(page.getByTestId('decision-notices').locator('[data-code="benefit_not_carried"]')).toContainText('权益随车不随单');
});

test('the Chinese screen uses full-width punctuation and names no internal file', async ({ page }) => {
  await page.goto('/');
  await page.locator('button[data-action="show-sources"]').click();
  const texts = async () => page.evaluate(() => {
    // Every text the owner reads: text nodes and option labels, outside English-tagged parts.
    const out = [];
    const walk = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      if (n.parentElement.closest('[lang="en"]')) continue;
      const t = n.textContent.trim();
      if (t) out.push(t);
    }
    return out;
  });
  // ASCII , : ; ( ) outside numbers (5,000 and 24:00 keep theirs) and outside Latin words.
  const ascii = (t) => /(?<![\dA-Za-z ]),|,(?![\d])|(?<!\d):|:(?!\d)|;|\(|\)/.test(t);
  const internal = (t) => /\.md\b|\.tsx?\b|reference\//.test(t);
  for (const step of [async () => {}, async () => page.locator('#locked-on').fill('2025-11-20'),
    async () => page.locator('button[data-kind="old"][data-trim="ultra"]').click()]) {
    await step();
    await page.evaluate(() => document.querySelectorAll('details.source').forEach((d) => { d.open = true; }));
    await expect(page.locator('details.source[open] p').first()).toBeVisible();
    const all = await texts();
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter(ascii)).toEqual([]);
    expect(all.filter(internal)).toEqual([]);
  }
});

test('switching the offer keeps the same locked order', async ({ page }) => {
  await page.goto('/');
  await page.locator('button[data-kind="old"][data-trim="max"]').click();
  await page.locator('#locked-on').fill('2025-06-20');
  await page.locator('button[data-offer="su7-to-yu7-2025"]').click();
  await expect(page.locator('button[data-kind="old"][data-trim="max"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#locked-on')).toHaveValue('2025-06-20');
});

test('an opened items list marks each estimate once and keeps the labels readable', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await page.locator('[data-action="details"]').click(); // a phone keeps the details closed at first
  for (const s of await page.locator('table.paths details > summary').all()) await s.click();
  const lines = page.locator('table.paths li[data-item]');
  await expect(lines.first()).toBeVisible();
  for (const li of await lines.all()) expect(await li.locator('.est').count()).toBeLessThanOrEqual(1);
  const label = await page.locator('table.paths tr[data-line="list_total"] th').boundingBox();
  expect(label.width).toBeGreaterThan(80); // not squeezed to one character by the opened rows
});

test('the breakdown reads as sentences, and the saving figure reads as a saving', async ({ page }) => {
  await page.goto('/');
  await page.locator('#locked-on').fill('2025-11-20');
  // Standard, final prices: the car costs ¥4,000 more; the tax rises ¥176.99 and the guarantee covers it.
  await expect(page.getByTestId('breakdown-sentences')).toHaveText('其中：车价高¥4,000；购置税多交¥177，由小米补贴全额抵扣，相抵后为¥0。');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('breakdown-sentences'))
    .toHaveText("Made of: the car costs ¥4,000 more; ¥177 more purchase tax, all covered by Xiaomi's guarantee, net ¥0.");
});
