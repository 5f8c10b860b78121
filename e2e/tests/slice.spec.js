// The successor prices end to end: pick a first-gen trim, see the matching new trim, its two prices
// and the list difference, in Chinese by default; Ultra gets a clear "no successor" message.
const { test, expect, appReady } = require('./fixtures');
const fs = require('fs');
const path = require('path');

// Expected figures come from the bundled table itself, so a wrong table figure or a wrong
// engine computation both fail here.
const tables = path.join(__dirname, '..', '..', 'static', 'tables');
const gen1 = JSON.parse(fs.readFileSync(path.join(tables, 'su7-gen1.json'), 'utf8'));
const gen2 = JSON.parse(fs.readFileSync(path.join(tables, 'su7-gen2.json'), 'utf8'));
const yuan = (s) => '¥' + Number(s.split('.')[0]).toLocaleString('en-US') + '.' + s.split('.')[1];
const fen = (s) => BigInt(s.replace('.', ''));
const signed = (f) => (f > 0n ? '+' : f < 0n ? '-' : '') + yuan(`${(f < 0n ? -f : f) / 100n}.${String((f < 0n ? -f : f) % 100n).padStart(2, '0')}`);

for (const trim of ['standard', 'pro', 'max']) {
  test(`first-gen ${trim} shows the new ${trim}, both prices and the difference`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    await expect(page.locator('h1')).toHaveText('SU7 升级费用计算器');
    await page.locator(`button[data-kind="old"][data-trim="${trim}"]`).click();
    await expect(page.locator(`button[data-kind="old"][data-trim="${trim}"]`)).toHaveAttribute('aria-pressed', 'true');
    // The price lists are rendered when their disclosure is opened.
    await page.locator('details.succession-box > summary').click();
    const old = gen1.trims.find((t) => t.id === trim).prices['first-gen-list'].value;
    await expect(page.getByTestId('old-price')).toHaveText(yuan(old));
    const t2 = gen2.trims.find((t) => t.id === trim);
    await expect(page.getByTestId('new-trim')).toContainText(t2.name.zh);
    for (const list of ['presale-2026-01-07', 'final-2026-03-19']) {
      const row = page.locator(`tr[data-price-list="${list}"]`);
      const price = t2.prices[list].value;
      await expect(row.locator('.price')).toHaveText(yuan(price));
      await expect(row.locator('.difference')).toHaveText(signed(fen(price) - fen(old)));
    }
  });
}

test('Ultra owner sees that the offer has no successor', async ({ page }) => {
  await page.goto('/');
  await page.locator('button[data-kind="old"][data-trim="ultra"]').click();
  await expect(page.getByTestId('no-successor')).toContainText('未找到与您的版本对应的新车版本');
  await expect(page.getByTestId('no-successor').locator('.est')).toHaveCount(1); // "none found" is marked as our reading
  await expect(page.locator('tr[data-price-list]')).toHaveCount(0);
});

test('English switch translates the screen', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('h1')).toHaveText('SU7 upgrade cost calculator');
  await page.locator('button[data-kind="old"][data-trim="max"]').click();
  await page.locator('details.succession-box > summary').click();
  await expect(page.getByTestId('new-trim')).toContainText('New SU7 Max');
  fs.mkdirSync(path.join(__dirname, '..', 'artifacts'), { recursive: true });
  await page.screenshot({ path: path.join(__dirname, '..', 'artifacts', 'slice-en-max.png'), fullPage: true });
});
