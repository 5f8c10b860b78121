// Answer first: on a phone the owner's number is in the first screen, for the default page and
// for an order they entered; its best and worst case take the assumptions together; inputs are
// read as owners type them and their problems are said at the field; a first visit follows the
// browser's language.
const { test, expect } = require('./fixtures');

const PHONE = { width: 390, height: 844 };

/** True when the element lies wholly inside the viewport at the page's top. */
async function inFirstScreen(page, locator) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height;
}

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  test('the default page answers in the first screen, with the closed offer said', async ({ page }) => {
    await page.goto('/');
    const hero = page.getByTestId('hero');
    expect(await inFirstScreen(page, hero.getByTestId('lock-sides'))).toBe(true);
    await expect(hero.getByTestId('extra-cash').locator('.money')).toHaveText('+¥4,000');
    await expect(hero.getByTestId('extra-cash-locked-later').locator('.money')).toHaveText('+¥4,177');
    await expect(hero.getByTestId('hero-closed')).toContainText('仅供回顾');
    await expect(hero.getByTestId('order-line')).toContainText('SU7 标准版');
    await expect(hero.getByTestId('order-line')).toContainText('填写锁单日期');
  });

  test('an entered order is answered in the first screen, with its joint best and worst case', async ({ page }) => {
    await page.goto('/');
    await page.locator('#locked-on').fill('2025-11-20');
    const hero = page.getByTestId('hero');
    await expect(hero.getByTestId('order-line')).toContainText('2025-11-20锁单');
    expect(await inFirstScreen(page, hero.getByTestId('hero-range'))).toBe(true);
    await expect(hero.getByRole('heading', { level: 2 })).toHaveText('换成新一代SU7 标准版，需多付');
    await expect(hero.getByTestId('extra-cash').locator('.money')).toHaveText('¥4,000');
    // Worst: deposit lost, presale price and its tax, the subsidy gone — counted once, not
    // once for "not kept" and again for "invoiced in 2027" (which added up to +¥38,637).
    await expect(hero.getByTestId('range-best')).toHaveText('+¥4,000');
    await expect(hero.getByTestId('range-likely')).toHaveText('+¥4,000');
    await expect(hero.getByTestId('range-worst')).toHaveText('+¥29,173');
    await expect(page.getByTestId('decision-range')).toContainText('+¥29,173');
    await page.locator('button[data-kind="old"][data-trim="max"]').click();
    await expect(hero.getByRole('heading', { level: 2 })).toHaveText('换成新一代SU7 Max，需多付');
    expect(await inFirstScreen(page, hero.getByTestId('extra-cash'))).toBe(true);
  });
});

test('amounts are read as owners type them: 千, 万 and full-width digits', async ({ page }) => {
  await page.goto('/');
  const paid = page.locator('#amount-paid');
  const chip = page.getByTestId('order-line');
  for (const [typed, shown] of [['2万', '¥20,000'], ['5千', '¥5,000'], ['0.8万', '¥8,000'], ['１２０００', '¥12,000']]) {
    await paid.fill(typed);
    await expect(chip).toContainText(`已付${shown}`);
    await expect(paid).toHaveAttribute('aria-invalid', 'false');
  }
  await paid.fill('五千');
  await expect(paid).toHaveAttribute('aria-invalid', 'true');
  await expect(paid.locator('..').locator('.field-error')).toContainText('0.5万');
});

test('an amount paid above the car price is flagged at its field', async ({ page }) => {
  await page.goto('/');
  const paid = page.locator('#amount-paid');
  await paid.fill('300000');
  await expect(paid).toHaveAttribute('aria-invalid', 'true');
  await expect(paid.locator('..').getByTestId('paid-over-price')).toBeVisible();
});

test('a lock date after today is refused at the field, in plain words', async ({ page }) => {
  await page.goto('/');
  const lock = page.locator('#locked-on');
  await lock.fill('2099-01-01');
  await expect(lock).toHaveAttribute('aria-invalid', 'true');
  await expect(lock.locator('..').getByTestId('lock-date-problem')).toContainText('锁单日期不能晚于今天');
  await expect(page.getByTestId('hero').getByTestId('hero-impossible')).toBeVisible();
});

test.describe('a first visit from an English browser', () => {
  test.use({ locale: 'en-US' });

  test('opens in English, and the owner\'s choice of Chinese is then kept', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('h1')).toHaveText('SU7 upgrade cost calculator');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.locator('h1')).toHaveText('SU7 升级费用计算器');
    await page.reload();
    await expect(page.locator('h1')).toHaveText('SU7 升级费用计算器');
  });
});

test('on a phone the default page is at most three screens, the details one tap away', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height / PHONE.height).toBeLessThanOrEqual(3);
  await expect(page.locator('#decision-h')).toBeHidden();
  await page.getByTestId('hero').locator('.details-link').click();
  await expect(page.locator('#decision-h')).toBeVisible();
  await expect(page.locator('[data-action="details"]')).toHaveAttribute('aria-expanded', 'true');
  // Keep and switch as bars on one scale: paid, subsidy, owed and tax, each named.
  const bars = page.getByTestId('path-bars');
  await expect(bars.locator('svg.path-bar')).toHaveCount(2);
  await expect(bars.locator('svg.path-bar rect')).toHaveCount(8);
  await expect(bars.locator('svg.path-bar').nth(1).locator('rect.tax title')).toContainText('购置税');
});

test('估 marks only where an estimate moves money: at most ten on the default page', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/');
  const shown = () => page.locator('.est').evaluateAll((els) => els.filter((e) => e.checkVisibility({ opacityProperty: true, visibilityProperty: true })).length);
  expect(await shown()).toBeLessThanOrEqual(10);
  expect(await shown()).toBeGreaterThan(0); // the decision figures still carry theirs
  await expect(page.getByTestId('estimates-inside')).toContainText('海湾蓝');
  await page.locator('#locked-on').fill('2025-11-20');
  await expect(page.getByTestId('hero-range')).toBeVisible();
  expect(await shown()).toBeLessThanOrEqual(10);
});

test('the cash / loan switch changes the answer itself', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/');
  const hero = page.getByTestId('hero');
  await expect(hero.getByTestId('hero-loan')).toHaveCount(0);
  await hero.locator('[data-action="pay-loan"]').click();
  await expect(hero.locator('[data-action="pay-loan"]')).toHaveAttribute('aria-pressed', 'true');
  const seller = require('../artifacts/expected.json')['loan-seller-terms'];
  await expect(hero.getByTestId('hero-loan')).toHaveText(`若贷款，与保留原订单相比：首付${seller.down_signed}，月供${seller.monthly_signed}，共60期`);
  expect(await inFirstScreen(page, hero.getByTestId('hero-loan'))).toBe(true);
  await expect(page.getByTestId('loan-table')).toBeHidden(); // its terms wait in the details
  await hero.locator('.details-link').click();
  await expect(page.getByTestId('loan-table')).toBeVisible();
  await hero.locator('[data-action="pay-cash"]').click();
  await expect(hero.getByTestId('hero-loan')).toHaveCount(0);
  await expect(page.getByTestId('loan-table')).toHaveCount(0);
});

test('a timeline says what is paid when, with the table\'s own figures, in cash and with a loan', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  const timeline = page.getByTestId('timeline');
  const steps = timeline.locator('li');
  // Paid at lock, the window's close, then each delivery in date order.
  await expect(steps.locator('.when')).toHaveText(['At lock', /^2026-01-0\d/, '2026-02', '2026-04']);
  const cells = async (table, label) => (await page.getByTestId(table).locator('tr', { hasText: label }).first()
    .locator('td .money').allTextContents());
  const [keepOwed, switchOwed] = await cells('paths', 'Still owed to Xiaomi');
  const [keepTax, switchTax] = await cells('paths', 'Purchase tax');
  await expect(steps.nth(2)).toHaveText(`2026-02Keep the order: at delivery and invoice, pay the final ${keepOwed} and the purchase tax ${keepTax}`);
  await expect(steps.nth(3)).toContainText(`pay the final ${switchOwed} and the purchase tax ${switchTax}`);
  await page.getByTestId('hero').locator('[data-action="pay-loan"]').click();
  await expect(page.getByTestId('loan-table')).toBeVisible();
  const [keepDown] = await cells('loan-table', 'Down payment (deposit included)');
  const [keepMonthly] = await cells('loan-table', 'Monthly instalment');
  await expect(steps.nth(2)).toContainText(`pay the down payment ${keepDown} (what you paid included) and the purchase tax ${keepTax}, then ${keepMonthly} a month for 60 months`);
});

test('a dead end points to an offer in the data that takes the trim', async ({ page }) => {
  await page.goto('/');
  await page.locator('button[data-kind="old"][data-trim="ultra"]').click();
  const hero = page.getByTestId('hero');
  await expect(hero.getByTestId('extra-cash')).toHaveText('只能保留原订单');
  // What keeping costs is the answer then, on each side of the unknown lock date, as the
  // details say it.
  const figures = hero.getByTestId('keep-figures').locator('li');
  await expect(figures).toHaveCount(2);
  await expect(figures.first()).toContainText('¥');
  expect(await figures.allTextContents()).toEqual(await page.getByTestId('keep-only').getByTestId('keep-figures').locator('li').allTextContents());
  await hero.getByTestId('other-offers').locator('button[data-offer="su7-to-yu7-2025"]').click();
  await expect(page.locator('button[data-offer="su7-to-yu7-2025"][aria-pressed="true"]')).toBeVisible();
  await expect(page.locator('button[data-kind="old"][data-trim="ultra"]')).toHaveAttribute('aria-pressed', 'true'); // the order as entered
  await expect(hero.getByRole('heading', { level: 2 })).toContainText('YU7 Max');
});

test('a discontinued paid colour is asked about, each replacement with its answer', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/');
  await page.locator('#locked-on').fill('2025-11-20');
  await page.locator('button[data-kind="old"][data-trim="pro"]').click();
  await page.locator('details.options-box > summary').first().click();
  await page.locator('#old-paint').selectOption('paint/lava-orange');
  const ask = page.getByTestId('hero').getByTestId('replacement');
  await expect(ask).toContainText('熔岩橙');
  const buttons = ask.locator('button');
  await expect(buttons).toHaveCount(2);
  await expect(buttons.nth(1)).toHaveAttribute('aria-pressed', 'true'); // the free colour, said, not silent
  const paid = (await buttons.nth(0).locator('.money').last().textContent()).trim();
  // With the free colour the switch costs less in total: the label says so, not 升级/可省.
  await expect(page.getByTestId('hero').getByRole('heading', { level: 2 })).toHaveText('换成新一代SU7 Pro，合计少付');
  await buttons.nth(0).click();
  await expect(buttons.nth(0)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('hero').getByTestId('extra-cash').locator('.money')).toHaveText(paid.replace('+', ''));
});

test('a typing chip takes the focus inside the tap, so iOS raises its keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  // iOS raises the keyboard only for a focus made by the tap's own handler: the focus must be
  // on an input when click() returns, before the sheet's field is drawn.
  for (const chip of ['amount-paid', 'locked-on']) {
    const focused = await page.evaluate((c) => {
      document.querySelector(`[data-chip="${c}"]`).click();
      return document.activeElement.tagName;
    }, chip);
    expect(focused, chip).toBe('INPUT');
    await expect(page.locator(`#sheet-${chip}`)).toBeFocused();
    await page.locator('[data-action="sheet-done"]').click();
    await expect(page.getByTestId('sheet')).toBeHidden();
  }
});

test('on a phone a chip opens its field in a sheet under the answer, which follows each edit', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/');
  const hero = page.getByTestId('hero');
  const sheet = page.getByTestId('sheet');
  const lockChip = hero.locator('[data-chip="locked-on"]');
  await lockChip.click();
  await expect(sheet).toBeVisible();
  await expect(page.locator('#sheet-locked-on')).toBeFocused();
  await page.locator('#sheet-locked-on').fill('2025-12-05');
  // The answer moves while the sheet is open, in view above it.
  await expect(hero.getByTestId('order-line')).toContainText('2025-12-05锁单');
  await expect(hero.getByTestId('extra-cash').locator('.money')).toHaveText('¥4,177');
  const figure = await hero.getByTestId('extra-cash').boundingBox();
  const top = (await sheet.boundingBox()).y;
  expect(figure.y + figure.height).toBeLessThanOrEqual(top);
  await page.locator('[data-action="sheet-done"]').click();
  await expect(sheet).toBeHidden();
  await expect(lockChip).toBeFocused();
  await expect(page.locator('#locked-on')).toHaveValue('2025-12-05'); // one draft: the form has it too
  // The amount: Enter closes the sheet, as 完成 does.
  await hero.locator('[data-chip="amount-paid"]').click();
  await page.locator('#sheet-amount-paid').fill('2万');
  await expect(hero.getByTestId('order-line')).toContainText('已付¥20,000');
  await page.locator('#sheet-amount-paid').press('Enter');
  await expect(sheet).toBeHidden();
  // The trim: Esc closes it.
  await hero.locator('[data-chip="trim"]').click();
  await expect(sheet.locator('button[data-kind="sheet"][data-trim="standard"]')).toBeFocused(); // the chosen one
  await sheet.locator('button[data-kind="sheet"][data-trim="max"]').click();
  await expect(hero.getByRole('heading', { level: 2 })).toHaveText('换成新一代SU7 Max，需多付');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  // A tap beside the sheet, on the dimmed answer, closes it too.
  await hero.locator('[data-chip="trim"]').click();
  await expect(sheet.locator('button[data-kind="sheet"][data-trim="max"]')).toBeFocused();
  await page.mouse.click(195, 40);
  await expect(sheet).toBeHidden();
  // The rest of the order (options, benefits) is one tap from the sheet.
  await lockChip.click();
  await sheet.getByRole('button', { name: '填写选装和其他订单信息' }).click();
  await expect(sheet).toBeHidden();
  await expect(page.locator('#order-h')).toBeInViewport();
  await expect(page.locator('#order-h')).toBeFocused(); // keyboard focus follows the scroll
  // A half-typed date (the browser calls it bad input) does not hold the sheet open.
  await lockChip.click();
  await page.locator('#sheet-locked-on').fill('');
  await page.locator('#sheet-locked-on').press('1');
  expect(await page.locator('#sheet-locked-on').evaluate((el) => el.validity.badInput)).toBe(true);
  await page.locator('[data-action="sheet-done"]').click();
  await expect(sheet).toBeHidden();
  expect(new URL(page.url()).hash).toBe(''); // the fragment holds share links only
});

test('where the browser has no modal dialog (Safari before 15.4), a chip goes to its field', async ({ page }) => {
  await page.addInitScript(() => { delete HTMLDialogElement.prototype.showModal; });
  await page.setViewportSize(PHONE);
  await page.goto('/');
  // Such a browser does not hide a closed <dialog> either: the page's own rule must.
  await page.addStyleTag({ content: 'dialog:not([open]) { display: block; }' });
  await expect(page.locator('dialog.sheet')).toBeHidden();
  await page.getByTestId('hero').locator('[data-chip="locked-on"]').click();
  await expect(page.locator('#locked-on')).toBeFocused();
  await expect(page.locator('dialog.sheet')).toBeHidden();
  await expect(page.locator('#sheet-locked-on')).toHaveCount(0); // the field is not drawn twice
});

test('in the iframe embed, whose frame grows to its content, a chip goes to its field, not to a sheet', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/embed/embed.html?lang=zh');
  await page.getByTestId('hero').locator('[data-chip="locked-on"]').click();
  await expect(page.locator('#locked-on')).toBeFocused();
  await expect(page.locator('#sheet-locked-on')).toHaveCount(0);
});

test('on a wide screen a chip goes to its field beside the answer; the details link to the decision', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const hero = page.getByTestId('hero');
  await hero.getByRole('button', { name: '填写锁单日期' }).click();
  await expect(page.locator('#locked-on')).toBeFocused();
  await expect(page.locator('#sheet-locked-on')).toHaveCount(0);
  await page.setViewportSize(PHONE);
  await hero.locator('.details-link').click();
  await expect(page.locator('#decision-h')).toBeInViewport();
  expect(new URL(page.url()).hash).toBe('');
  await page.reload();
  await expect(page.getByTestId('link-problem')).toHaveCount(0);
});

for (const lang of ['zh', 'en']) {
  test(`nothing overflows a 360 px screen (${lang}), details, loan and a replacement shown`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/');
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await fits()).toBe(true);
    await page.locator('button[data-kind="old"][data-trim="pro"]').click();
    await page.locator('details.options-box > summary').first().click();
    await page.locator('#old-paint').selectOption('paint/lava-orange');
    await page.locator('#locked-on').fill('2025-11-20');
    await page.locator('[data-action="pay-loan"]').click();
    await page.locator('[data-action="details"]').click();
    await expect(page.getByTestId('replacement')).toBeVisible();
    await expect(page.getByTestId('hero-range')).toBeVisible();
    expect(await fits()).toBe(true);
  });
}
