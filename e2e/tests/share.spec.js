// Sharing where owners share, and the printed quote: the copied link, the share sheet, the
// poster image, and one A4 page at 10 mm margins with what the quote assumes and a QR code.
const { test, expect, appReady } = require('./fixtures');
const fs = require('fs');
const path = require('path');

const ARTIFACTS = path.join(__dirname, '..', 'artifacts');

async function open(page) {
  await page.goto('/');
  await expect(page.getByTestId('extra-cash')).toBeVisible();
}

/** The page about to be printed as the browser announces it (beforeprint), its QR code drawn
 * (only then: it would cost every edit), and laid out for paper. */
async function printed(page) {
  await expect(page.getByTestId('quote-basis').locator('svg.qr path')).toHaveAttribute('d', '');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.getByTestId('quote-basis').locator('svg.qr path')).toHaveAttribute('d', /^M4 4h1v1h-1z/);
  await page.emulateMedia({ media: 'print' });
}

test('the print button draws the QR code before the print dialog lays out the page', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => { window.codeWhenPrinted = document.querySelector('svg.qr path').getAttribute('d'); };
  });
  await open(page);
  await page.locator('button[data-action="print"]').click();
  await page.waitForFunction(() => window.codeWhenPrinted !== undefined);
  expect(await page.evaluate(() => window.codeWhenPrinted)).toMatch(/^M4 4h1v1h-1z/);
});

test('copy puts the share link on the clipboard, says 已复制, and leaves focus on the button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await page.locator('#locked-on').fill('2025-11-20');
  const button = page.locator('button[data-action="copy-link"]');
  await button.click();
  await expect(page.getByTestId('copy-status')).toHaveText(/^链接已复制/);
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toMatch(/#v1&.*l=2025-11-20/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expect(button).toBeFocused();
  // A new configuration makes the copied link old: the confirmation goes.
  await page.locator('button[data-kind="old"][data-trim="max"]').click();
  await expect(page.getByTestId('copy-status')).toHaveText('');
});

test('where the browser refuses to copy, the link is selected to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    document.execCommand = () => false;
  });
  await open(page);
  await page.locator('button[data-action="copy-link"]').click();
  await expect(page.getByTestId('copy-status')).toContainText('自动复制失败');
  const input = page.getByTestId('share-link');
  await expect(input).toBeFocused();
  const selected = await input.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toBe(await input.inputValue());
});

test('the share sheet gets the title, the decision and the link where the browser has one', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.share = async (data) => { window.sharedData = data; };
  });
  await open(page);
  await page.locator('button[data-action="share-sheet"]').click();
  await page.waitForFunction(() => window.sharedData);
  const data = await page.evaluate(() => window.sharedData);
  expect(data.title).toBe('SU7 升级费用计算器');
  // The offer is history: the text says so, with the data's as-of date.
  expect(data.text).toBe('【我的SU7升级报价】2025年11月30日及之前锁单：+¥4,000 估；2025年12月1日及之后锁单：+¥4,177 估'
    + '。注意：活动已于2026年1月9日 24:00结束 · 仅供回顾 · 资料截至2026年3月20日');
  expect(data.url).toContain('#v1&');
});

test('no share sheet button where the browser has none', async ({ page }) => {
  await page.addInitScript(() => { delete Navigator.prototype.share; });
  await open(page);
  await expect(page.locator('button[data-action="poster"]')).toBeVisible();
  await expect(page.locator('button[data-action="share-sheet"]')).toHaveCount(0);
});

/** Width, height and byte size of a PNG given as a data: URL. */
function png(dataUrl) {
  expect(dataUrl.startsWith('data:image/png;base64,')).toBe(true);
  const bytes = Buffer.from(dataUrl.split(',')[1], 'base64');
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), size: bytes.length, bytes };
}

for (const lang of ['zh', 'en']) {
  test(`the poster is a PNG to save or send (${lang})`, async ({ page }) => {
    await open(page);
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.locator('button[data-action="poster"]').click();
    const img = page.getByTestId('poster').locator('img');
    await expect(img).toBeVisible();
    // What the image says is its alternative text: the closed offer, the car, the figures.
    const alt = await img.getAttribute('alt');
    expect(alt).toContain(lang === 'zh' ? '仅供回顾' : 'for review only');
    expect(alt).toContain(lang === 'zh' ? '新一代SU7 标准版' : 'New SU7 Standard');
    expect(alt).toContain('+¥4,000');
    const p = png(await img.getAttribute('src'));
    expect(p.width).toBe(750);
    expect(p.height).toBeGreaterThan(900);
    expect(p.height).toBeLessThan(2400);
    expect(p.size).toBeGreaterThan(20_000); // text, figures and a QR code, not a blank canvas
    expect(p.size).toBeLessThan(600_000);
    // Both paths drawn as bars: count the pixels of each part's colour (style.css .path-bar).
    const colours = await img.evaluate((el) => {
      const c = document.createElement('canvas');
      [c.width, c.height] = [el.naturalWidth, el.naturalHeight];
      const ctx = c.getContext('2d');
      ctx.drawImage(el, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const want = { paid: [0xd1, 0xd5, 0xdb], subsidy: [0x86, 0xef, 0xac], tax: [0x7c, 0x2d, 0x12] };
      const n = Object.fromEntries(Object.keys(want).map((k) => [k, 0]));
      for (let i = 0; i < d.length; i += 4) {
        for (const [k, [r, g, b]] of Object.entries(want)) if (d[i] === r && d[i + 1] === g && d[i + 2] === b) n[k]++;
      }
      return n;
    });
    for (const part of ['paid', 'subsidy', 'tax']) expect(colours[part], part).toBeGreaterThan(2 * 28 * 10);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('poster-download').click()]);
    expect(download.suggestedFilename()).toBe('su7-upgrade-quote.png');
    fs.writeFileSync(path.join(ARTIFACTS, `poster-${lang}.png`), p.bytes);
    console.log(`poster ${lang}: ${p.width}×${p.height}, ${p.size} bytes`);
  });
}

/** Reads the QR code in an image (a URL the page can load) with jsQR, a real scanner's decoder. */
async function scan(page, src) {
  await page.evaluate(fs.readFileSync(require.resolve('jsqr/dist/jsQR.js'), 'utf8'));
  return page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const c = document.createElement('canvas');
    [c.width, c.height] = [img.naturalWidth || 600, img.naturalHeight || 600];
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0, c.width, c.height);
    const found = jsQR(ctx.getImageData(0, 0, c.width, c.height).data, c.width, c.height);
    return found && found.data;
  }, src);
}

test('the poster and the printed code scan to a compact link that opens the same quote', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await page.locator('#locked-on').fill('2025-11-20');
  await page.locator('button[data-kind="old"][data-trim="max"]').click();
  await page.getByTestId('hero').locator('[data-action="pay-loan"]').click();
  const figure = await page.getByTestId('extra-cash').textContent();
  const loan = await page.getByTestId('hero-loan').textContent();
  await page.locator('button[data-action="copy-link"]').click();
  const shared = await page.getByTestId('share-link').inputValue();
  await page.locator('button[data-action="poster"]').click();
  const poster = await scan(page, await page.getByTestId('poster').locator('img').getAttribute('src'));
  // The browser's own print (its menu, Ctrl+P) fires beforeprint: the printed code is drawn then.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.getByTestId('quote-basis').locator('svg.qr path')).toHaveAttribute('d', /^M4 4/);
  // The printed code is an SVG: drawn as an image, 10 px a module.
  const svg = await page.getByTestId('quote-basis').locator('svg.qr').evaluate((el) => {
    const side = Number(el.getAttribute('viewBox').split(' ')[2]) * 10;
    const copy = el.cloneNode(true);
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    copy.setAttribute('width', side);
    copy.setAttribute('height', side);
    return 'data:image/svg+xml,' + encodeURIComponent(copy.outerHTML);
  });
  const printed = await scan(page, svg);
  expect(poster).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#V1\*O\+SU7-GEN1-TO-GEN2-2026\*T\+MAX\*/);
  expect(printed).toBe(poster);
  expect(shared).toContain('#v1&'); // the link copied stays the readable form
  // The code spells the copied link in a QR code's capitals (its sparseness is a native test).
  const spelled = poster.toLowerCase().replace(/\*/g, '&').replace(/\+/g, '=').replace(/\$/g, ',');
  expect(spelled).toBe(shared.toLowerCase());
  // Opened on another phone: the same quote, loan included.
  const other = await browser.newPage();
  await other.goto(poster);
  await expect(other.getByTestId('extra-cash')).toHaveText(figure);
  await expect(other.getByTestId('hero-loan')).toHaveText(loan);
  await other.close();
});

for (const lang of ['zh', 'en']) {
  test(`print is one A4 page at 10 mm margins with what the quote assumes and a QR code (${lang})`, async ({ page }) => {
    await open(page);
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.locator('button[data-kind="old"][data-trim="max"]').click();
    await printed(page);
    const basis = page.getByTestId('quote-basis');
    await expect(basis).toBeVisible();
    await expect(page.locator('.controls')).toBeHidden();
    await expect(page.locator('.legend')).toBeVisible();
    await expect(page.locator('.quote-sources')).toBeVisible();
    await expect(page.getByTestId('hero-closed')).toContainText(lang === 'zh' ? '仅供回顾' : 'for review only'); // history, on paper too
    // On paper the inputs are not printed, so the decision is step 1.
    expect(await page.locator('#decision-h').evaluate((h) => getComputedStyle(h, '::before').content)).toBe('counter(step) ". "');
    const printedSteps = await page.evaluate(() => [...document.querySelectorAll('h2.step')]
      .filter((h) => h.getClientRects().length > 0).map((h) => h.id || h.textContent));
    expect(printedSteps[0]).toBe('decision-h');
    const zh = lang === 'zh';
    for (const label of zh ? ['锁单日期', '已付金额', '新车价格表', '原订单开票（提车）月份', '新车开票（提车）月份', '报价日期']
      : ['Lock date', 'Amount paid', 'New car price list', 'Keep: delivery (invoice) month', 'Switch: delivery (invoice) month', 'Quote date']) {
      await expect(basis.locator('dt', { hasText: label })).toHaveCount(1);
    }
    await expect(basis).toContainText(zh ? '未填写（按两种情况分别计算）' : 'not given (both cases shown)');
    await expect(basis).toContainText(zh ? '2026年2月' : '2026-02');
    await expect(basis).toContainText('¥5,000.00');
    // Every notice of the quote is on paper, where the screen's disclosures stay closed.
    const notices = await page.locator('li.notice').evaluateAll((els) => els.map((e) => e.firstChild.textContent.trim()));
    expect(notices.length).toBeGreaterThan(0);
    for (const n of notices) await expect(basis.locator('.basis-notices')).toContainText(n);
    await expect(basis.locator('svg.qr path')).toHaveAttribute('d', /^M4 4h1v1h-1z/);
    await expect(page.locator('.quote-sources')).not.toContainText('http');
    const pdf = await page.pdf({ format: 'A4', margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' }, printBackground: false });
    fs.writeFileSync(path.join(ARTIFACTS, `quote-${lang}.pdf`), pdf);
    await page.screenshot({ path: path.join(ARTIFACTS, `print-${lang}.png`), fullPage: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    expect(pages).toBe(1);
  });
}

test('with a loan and on-road costs, print fills page 1 with the answer on it, two pages at most', async ({ page }) => {
  await open(page);
  await page.locator('#locked-on').fill('2025-11-20');
  await page.getByTestId('hero').locator('[data-action="pay-loan"]').click();
  await page.locator('[data-action="on-road-on"]').click();
  await expect(page.getByTestId('loan-table')).toBeVisible();
  await printed(page);
  // A4 at 10 mm margins: 277 mm of page height, 1,047 CSS px at 96 dpi.
  const heroBottom = await page.getByTestId('hero').evaluate((h) => h.getBoundingClientRect().bottom + window.scrollY);
  expect(heroBottom).toBeLessThan(1047);
  const pdf = await page.pdf({ format: 'A4', margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  expect(pages).toBeLessThanOrEqual(2); // was 3, the first one almost blank (a card kept whole)
});

// 9 pt is 12 CSS px: the smallest print text a reader over fifty reads without glasses.
const smallestPrintedText = (page) => page.evaluate(() => {
  const small = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!n.textContent.trim() || !el || el.closest('svg') || el.getClientRects().length === 0) continue;
    const px = parseFloat(getComputedStyle(el).fontSize);
    if (px < 12) small.push(`${px}px ${el.tagName}.${el.className}: ${n.textContent.trim().slice(0, 30)}`);
  }
  return small;
});

for (const lang of ['zh', 'en']) {
  test(`no printed text under 9 pt, with loan and on-road on (${lang})`, async ({ page }) => {
    await open(page);
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.getByTestId('hero').locator('[data-action="pay-loan"]').click();
    await page.locator('[data-action="on-road-on"]').click();
    await expect(page.getByTestId('loan-table')).toBeVisible();
    await printed(page);
    expect(await smallestPrintedText(page)).toEqual([]);
  });
}

test('a pasted link previews sensibly: description and og: meta in Chinese, full-width punctuation', async ({ request }) => {
  const html = await (await request.get('/index.html')).text();
  const meta = (attr, name) => (html.match(new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`)) || [])[1];
  for (const [attr, name] of [['name', 'description'], ['property', 'og:title'], ['property', 'og:description'], ['property', 'og:site_name']]) {
    const content = meta(attr, name);
    expect(content, name).toBeTruthy();
    expect(content, name).toMatch(/[\u4e00-\u9fff]/);
    expect(content, name).not.toMatch(/[,:;()]/);
  }
  expect(meta('property', 'og:type')).toBe('website');
});
