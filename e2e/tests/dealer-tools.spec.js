// The dealer's own tools (dealers/tools.html), under the app's strict policy: a table checked
// with the widget's own parser (a problem named with its path), the preview taking a good
// table and the dealer's colours (a contrast warning for text that does not read), and the
// snippet of the pinned release with its integrity hash.
const { test, expect } = require('./fixtures');

const PORT = Number(process.env.E2E_PORT || 4173);
const TOOLS = `http://127.0.0.1:${PORT + 2}/dealers/tools.html`;

test('check a table, preview it in the dealer colours, copy the pinned snippet', async ({ page, request }) => {
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  page.on('pageerror', (e) => violations.push(String(e)));
  await page.goto(TOOLS);
  const release = await (await request.get(`http://127.0.0.1:${PORT + 2}/embed/release.json`)).json();
  await expect(page.locator('#snippet')).toContainText(`embed/${release.version}/loader.js`);
  await expect(page.locator('#snippet')).toContainText(`integrity="${release.integrity}"`);

  // A fee as a number: the widget's parser names the value and what to write.
  const bad = { schema: 1, kind: 'dealer', name: 'Demo', fees: [{ id: 'plate-service', name: '上牌', amount: 500 }] };
  await page.locator('#table-text').fill(JSON.stringify(bad));
  await page.locator('#check').click();
  await expect(page.locator('#check-result .problem')).toContainText('fees[0].amount');
  await expect(page.locator('#check-result .problem')).toHaveAttribute('data-code', 'invalid_value');

  // The example table: usable, and the preview shows its items.
  await page.locator('#load-demo').click();
  await expect(page.locator('#check-result .ok')).toContainText('可以使用');
  const demo = JSON.parse(await (await request.get(`http://127.0.0.1:${PORT + 2}/dealers/demo-dealer.json`)).text());
  await expect(page.locator('#preview [data-testid="dealer-block"]')).toContainText(demo.fees[0].name);

  // Yellow accent under white text: the element warns, and the tool says so.
  await page.locator('input[data-var="--cuc-accent"]').evaluate((el) => {
    el.value = '#facc15';
    el.dispatchEvent(new Event('change'));
  });
  await expect(page.locator('#theme-warning')).toContainText('4.5:1');
  // Remounted in the new colours, the preview still has the table that checked.
  await expect(page.locator('#preview [data-testid="dealer-block"]')).toContainText(demo.fees[0].name);
  await expect(page.locator('#snippet')).toContainText('--cuc-accent: #facc15;');
  await page.locator('#table-url').fill('https://dealer.example/table.json');
  await expect(page.locator('#snippet')).toContainText('dealer="https://dealer.example/table.json"');
  expect(violations).toEqual([]);
  await page.screenshot({ path: require('path').join(__dirname, '..', 'artifacts', 'dealer-tools.png') });
});
