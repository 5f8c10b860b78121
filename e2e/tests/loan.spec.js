// The loan view: off until asked for, then the seller's reported terms priced on both paths,
// the monthly difference in a sentence, other terms on a tap, a bad rate named with the last
// valid loan kept. Figures come from the native engine (artifacts/expected.json).
const { test, expect } = require('./fixtures');
const fs = require('fs');
const path = require('path');

const expected = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'artifacts', 'expected.json'), 'utf8'));

test('a loan shows what switching does to the monthly payment', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('loan-table')).toHaveCount(0); // cash until the owner asks
  await page.locator('button[data-action="loan-on"]').click();
  const seller = expected['loan-seller-terms'];
  const difference = page.getByTestId('loan-difference');
  await expect(difference).toHaveText(new RegExp(`^换成新车后月供多${seller.monthly_difference.replace('.', '\\.')}(估)?，共60期$`));
  // The new car's price includes estimates, so its loan figures are marked as such.
  await expect(difference.locator('.est')).toHaveCount(1);
  const row = page.locator('tr[data-loan-line="instalment"] td .money');
  await expect(page.locator('tr[data-loan-line="instalment"] td').nth(1).locator('.est')).toHaveCount(1);
  await expect(row.nth(0)).toHaveText(seller.keep_instalment);
  await expect(row.nth(1)).toHaveText(seller.switch_instalment);
  await expect(page.locator('#loan-rate')).toHaveValue('2.5');
  await expect(page.getByTestId('loan')).toContainText('小米汽车金融方案（媒体报道');

  // The same loan at an interest rate: another kind of rate, another figure.
  await page.getByRole('button', { name: '年化利率（等额本息）' }).click();
  await page.locator('#loan-rate').fill('4.73');
  const apr = expected['loan-interest-4.73'];
  await expect(row.nth(1)).toHaveText(apr.switch_instalment);
  await expect(difference.locator('.money')).toHaveText(apr.monthly_difference);

  // A rate that does not read: named under the field, the last valid loan kept.
  await page.locator('#loan-rate').fill('abc');
  await expect(page.locator('[data-field="loan_rate"]')).toContainText('年化费率或利率');
  await expect(row.nth(1)).toHaveText(apr.switch_instalment);

  // Kept after a reload (saved with the configuration), and off again on a tap.
  await page.locator('#loan-rate').fill('4.73');
  await page.reload();
  await expect(row.nth(1)).toHaveText(apr.switch_instalment);
  await page.locator('button[data-action="loan-off"]').click();
  await expect(page.getByTestId('loan-table')).toHaveCount(0);
});
