// Beyond the quote: when each path's car is expected (picking a window sets the invoice date),
// the deadlines and steps to switch, the on-road costs (off until asked for) and a share link
// that carries the loan and the on-road costs. Figures come from the native engine
// (artifacts/expected.json).
const { test, expect } = require('./fixtures');
const fs = require('fs');
const path = require('path');

const expected = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'artifacts', 'expected.json'), 'utf8'));

test('each path shows its delivery window; picking one sets its invoice month', async ({ page }) => {
  await page.goto('/');
  const delivery = page.getByTestId('delivery');
  await expect(delivery.locator('h2')).toHaveText('交付时间与办理步骤');
  const keep = delivery.locator('[data-path="keep"] [data-window="before-production-end"]');
  const priority = delivery.locator('[data-path="switch"] [data-window="priority"]');
  await expect(keep).toHaveAttribute('data-inside', 'true');
  await expect(keep.locator('.window-span')).toHaveText('2026年1月7日至2月10日');
  // Our reading of a date moves no money: no 估 beside it; its status is in its source note.
  await expect(keep.locator('.est')).toHaveCount(0);
  await expect(priority).toContainText('（开票月份在此期间）');
  // The offer is history on this page's day: both deadlines are marked passed, each sourced.
  const deadlines = delivery.locator('ul.deadlines > li');
  await expect(deadlines).toHaveCount(2);
  await expect(deadlines.nth(1)).toContainText('2026年3月22日 24:00');
  await expect(delivery.locator('ul.deadlines > li[data-passed="true"]')).toHaveCount(2);
  await expect(deadlines.nth(0)).toContainText('已截止');
  await expect(delivery.locator('ol.steps > li')).toHaveCount(3);

  // An invoice month outside the window is said, with a one-tap way back.
  await page.locator('#switch-invoice').fill('2026-09');
  await page.locator('#switch-invoice').dispatchEvent('change');
  await expect(priority).toHaveAttribute('data-inside', 'false');
  await expect(priority).toContainText('（开票月份不在此期间）');
  await priority.locator('button[data-action="use-window"]').click();
  await expect(page.locator('#switch-invoice')).toHaveValue('2026-04');
  await expect(priority).toHaveAttribute('data-inside', 'true');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(delivery.locator('h2')).toHaveText('Delivery and what to do');
  await expect(keep.locator('.window-span')).toHaveText('2026-01-07 to 2026-02-10');
});

test('on-road costs: off until asked for, then each line, both landed prices and the difference', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('on-road-lines')).toHaveCount(0);
  await page.locator('button[data-action="on-road-on"]').click();
  const lines = page.getByTestId('on-road-lines');
  await expect(lines.locator('tr')).toHaveCount(5);
  await expect(lines.locator('tr[data-on-road-line="compulsory-insurance"] td')).toHaveText('¥950.00');
  await expect(lines.locator('tr[data-on-road-line="commercial-insurance"] .est')).toHaveCount(1);
  const e = expected['on-road-default'];
  await expect(page.locator('[data-landed="keep"]')).toContainText(`${e.keep_low}–${e.keep_high}`);
  await expect(page.locator('[data-landed="switch"]')).toContainText(e.switch_low);
  await expect(page.getByTestId('on-road-difference')).toHaveText(new RegExp(`^升级后落地价高出${e.difference.replace('.', '\\.')}(估)?$`));
  await expect(page.getByTestId('on-road')).toContainText('两种方案的保险和上牌费用按相同计算');
  // Saved with the configuration, and off again on a tap.
  await page.reload();
  await expect(lines.locator('tr')).toHaveCount(5);
  await page.locator('button[data-action="on-road-off"]').click();
  await expect(page.getByTestId('on-road-lines')).toHaveCount(0);
});

test('a trade-in subsidy: chosen by the owner, capped on both paths, said not to move the difference', async ({ page }) => {
  await page.goto('/');
  await page.locator('button[data-action="on-road-on"]').click();
  const trade = page.getByTestId('trade-in');
  await expect(trade.locator('button[data-choice=""]')).toHaveAttribute('aria-pressed', 'true');
  await expect(trade).toContainText('已锁单的小米订单不算旧车');
  await expect(page.getByTestId('trade-in-lines')).toHaveCount(0);
  await trade.locator('button[data-choice="scrap-2026"]').click();
  await expect(trade.locator('button[data-choice="scrap-2026"]')).toHaveAttribute('aria-pressed', 'true');
  const e = expected['on-road-scrap'];
  const lines = page.getByTestId('trade-in-lines');
  await expect(lines.locator('[data-trade-in-path="keep"]')).toHaveText(`保留原订单：−${e.trade_in_keep}`);
  await expect(lines.locator('[data-trade-in-path="switch"]')).toHaveText(`升级新车：−${e.trade_in_keep}`);
  await expect(lines.getByTestId('trade-in-same')).toHaveText('两种方案的补贴都达到上限¥20,000：两者落地价降低相同金额，差额不变。');
  await expect(page.locator('[data-landed="keep"]')).toContainText(`${e.keep_low}–${e.keep_high}`);
  await expect(page.getByTestId('on-road-difference')).toContainText(expected['on-road-default'].difference);
  // A new car invoiced in 2027 is outside the 2026 subsidy: said, and the difference moves.
  await page.locator('#switch-invoice').fill('2027-03');
  await page.locator('#switch-invoice').dispatchEvent('change');
  await expect(lines.locator('[data-trade-in-path="switch"]')).toHaveText('升级新车：不适用，开票日期不在补贴期（2026年1月1日至12月31日）内');
  await expect(lines.getByTestId('trade-in-differs')).toContainText('两种方案的补贴相差¥20,000.00');
  // Saved with the configuration.
  await page.reload();
  await expect(page.getByTestId('trade-in').locator('button[data-choice="scrap-2026"]')).toHaveAttribute('aria-pressed', 'true');
});

test('a share link carries the loan and the on-road costs to the next reader', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.locator('button[data-action="loan-on"]').click();
  await page.getByRole('button', { name: '36个月' }).click();
  await page.locator('button[data-action="on-road-on"]').click();
  const instalment = await page.locator('tr[data-loan-line="instalment"] td .money').nth(1).textContent();
  await page.locator('button[data-action="copy-link"]').click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toMatch(/&f=0\.15:36:2\.5:f&r=1&/);
  // Another reader, with nothing saved, opens it.
  const other = await browser.newContext();
  const reader = await other.newPage();
  await reader.goto(link);
  await expect(reader.locator('tr[data-loan-line="instalment"] td .money').nth(1)).toHaveText(instalment);
  await expect(reader.getByTestId('on-road-lines').locator('tr')).toHaveCount(5);
  await other.close();
});
