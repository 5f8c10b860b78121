// The dealer embed from another origin: the demo host page is served on PORT+1 and loads the
// widget from PORT (the baseURL). Checks shadow-DOM isolation, the quotechange event, the JS
// API and its typed errors, the iframe's height messages, and hostile dealer tables.
const { test, expect, appReady } = require('./fixtures');
const fs = require('fs');
const path = require('path');

const expected = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'artifacts', 'expected.json'), 'utf8'));
const PORT = Number(process.env.E2E_PORT || 4173);
const WIDGET = `http://127.0.0.1:${PORT}/`;
const HOST = `http://127.0.0.1:${PORT + 1}/embed-demo.html?widget=${encodeURIComponent(WIDGET)}`;

async function openHost(page) {
  await page.goto(HOST);
  await page.waitForFunction(() => window.su7 && window.quoteEvents.length > 0, null, { timeout: 20_000 });
}

test('the element renders in a shadow root from another origin and emits quotechange', async ({ page }) => {
  await openHost(page);
  expect(new URL(page.url()).origin).not.toBe(new URL(WIDGET).origin);
  const widget = page.locator('su7-upgrade');
  await expect(widget.locator('.title')).toHaveText('SU7 升级费用计算器'); // Playwright pierces open shadow roots
  // Inside a dealer's page: a labelled region, no page-level <main> or <h1> of its own.
  await expect(widget.locator('main, h1')).toHaveCount(0);
  await expect(widget.locator('section[aria-labelledby="cuc-title"]')).toHaveCount(1);
  const first = await page.evaluate(() => window.quoteEvents[window.quoteEvents.length - 1]);
  expect(first.offer).toBe('su7-gen1-to-gen2-2026');
  const e = expected['su7-gen1-to-gen2-2026/standard/final-2026-03-19'];
  await expect(widget.getByTestId('extra-cash').locator('.money')).toHaveText(e.extra_cash);
  // The event bubbles out of the shadow root to the document.
  const n = await page.evaluate(() => window.quoteEvents.length);
  await widget.locator('button[data-kind="old"][data-trim="max"]').click();
  await page.waitForFunction((k) => window.quoteEvents.length > k, n);
  const last = await page.evaluate(() => window.quoteEvents[window.quoteEvents.length - 1]);
  expect(last.keep.configuration.trim).toBe('max');
  const max = expected['su7-gen1-to-gen2-2026/max/final-2026-03-19'];
  // The screen shows whole yuan (rounded half away from zero); the API carries the fen.
  expect('+¥' + Math.round(Number(last.extra_cash_to_switch)).toLocaleString('en-US')).toBe(max.extra_cash);
});

test('neither side\'s CSS leaks, and the theme property reaches in', async ({ page }) => {
  await openHost(page);
  const widget = page.locator('su7-upgrade');
  // The host hides every <button> with !important; the widget's buttons stay visible.
  await expect(widget.locator('button[data-kind="old"][data-trim="pro"]')).toBeVisible();
  const hostNote = await page.locator('#host-note').evaluate((el) => getComputedStyle(el).fontSize);
  expect(hostNote).toBe('9px');
  const widgetText = await widget.locator('.subtitle').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(widgetText).toBeGreaterThan(12);
  // --cuc-accent from the host page colours the pressed trim button.
  const bg = await widget.locator('button[data-kind="old"][aria-pressed="true"]').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).toBe('rgb(15, 118, 110)');
  // The widget's own styles do not reach the host page.
  expect(await page.locator('h1').first().evaluate((el) => getComputedStyle(el).fontFamily)).toContain('Georgia');
});

test('the host styles the named parts of the widget, and nothing else, with ::part', async ({ page }) => {
  await openHost(page);
  await page.addStyleTag({ content: 'su7-upgrade::part(hero) { outline: 3px solid rgb(1, 2, 3); } su7-upgrade::part(header) { display: none; }' });
  const widget = page.locator('su7-upgrade');
  expect(await widget.getByTestId('hero').evaluate((el) => getComputedStyle(el).outlineColor)).toBe('rgb(1, 2, 3)');
  await expect(widget.locator('header.top')).toBeHidden();
  // A part is a block the docs name, and the header's two controls a host may hide alone;
  // no other button is exposed.
  const parts = await widget.locator('[part]').evaluateAll((els) => els.map((el) => el.getAttribute('part')));
  for (const p of ['header', 'hero', 'order', 'new-car', 'decision', 'language', 'sources-toggle']) expect(parts).toContain(p);
  expect(await widget.locator('button[part]').evaluateAll((els) => els.map((el) => el.getAttribute('part')))).toEqual(['sources-toggle']);
  await page.addStyleTag({ content: 'su7-upgrade::part(header) { display: block; } su7-upgrade::part(language) { display: none; }' });
  await expect(widget.locator('.lang-switch')).toBeHidden();
  await expect(widget.locator('button[data-action="show-sources"]')).toBeVisible();
});

test('theme variables reach the controls, and text that does not read on the accent is warned about', async ({ page }) => {
  await page.addInitScript(() => {
    window.themeWarnings = [];
    document.addEventListener('themewarning', (e) => window.themeWarnings.push({ id: e.target.id, ...e.detail }));
  });
  await openHost(page);
  await page.evaluate(() => new Promise((done) => {
    const el = document.createElement('su7-upgrade');
    el.id = 'yellow';
    for (const [k, v] of [['--cuc-accent', '#facc15'], ['--cuc-link', '#7c2d12'], ['--cuc-control-radius', '0px']]) el.style.setProperty(k, v);
    el.addEventListener('ready', done, { once: true });
    document.body.append(el);
  }));
  const yellow = page.locator('#yellow');
  const pressed = yellow.locator('button[data-kind="old"][aria-pressed="true"]');
  expect(await pressed.evaluate((el) => getComputedStyle(el).borderRadius)).toBe('0px');
  expect(await yellow.locator('.details-link').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(124, 45, 18)');
  // White on yellow is about 1.5:1; the demo's white on teal (#0f766e) 5.5:1 passes.
  const warnings = await page.evaluate(() => window.themeWarnings);
  expect(warnings.map((w) => w.id)).toEqual(['yellow']);
  expect(warnings[0].ratio).toBeLessThan(2);
  expect(warnings[0].message).toContain('--cuc-on-accent');
  // Dark text on the same accent reads: no warning.
  await page.evaluate(() => new Promise((done) => {
    const el = document.createElement('su7-upgrade');
    el.id = 'yellow-dark-text';
    el.style.setProperty('--cuc-accent', '#facc15');
    el.style.setProperty('--cuc-on-accent', '#1f2937');
    el.addEventListener('ready', done, { once: true });
    document.body.append(el);
  }));
  expect(await page.locator('#yellow-dark-text button[aria-pressed="true"]').first().evaluate((el) => getComputedStyle(el).color)).toBe('rgb(31, 41, 55)');
  expect((await page.evaluate(() => window.themeWarnings)).length).toBe(1);
});

test('setConfig / getConfig on the element, with typed errors', async ({ page }) => {
  await openHost(page);
  const r = await page.evaluate(() => document.getElementById('widget').setConfig({ old_trim: 'pro', lang: 'en' }));
  expect(r.ok).toBe(true);
  const widget = page.locator('su7-upgrade');
  await expect(widget.locator('.title')).toHaveText('SU7 upgrade cost calculator');
  const got = await page.evaluate(() => document.getElementById('widget').getConfig());
  expect(got.value.old_trim).toBe('pro');
  const bad = await page.evaluate(() => document.getElementById('widget').setConfig({ old_trim: 7 }));
  expect(bad).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid_config', path: 'old_trim' }) });
  const typo = await page.evaluate(() => document.getElementById('widget').setConfig({ oldTrim: 'pro' }));
  expect(typo.ok).toBe(false);
  expect(typo.error.message).toContain('unknown field');
});

test('module API: quote, purchaseTax, tables, and every invalid class is a typed error', async ({ page }) => {
  await openHost(page);
  const out = await page.evaluate(async () => {
    const api = window.su7;
    const request = {
      offer: 'su7-gen1-to-gen2-2026',
      old_order: { trim: 'pro', locked_on: '2025-11-20', amount_paid: '5000.00' },
      keep_invoice_date: '2026-02-15', switch_invoice_date: '2026-04-30',
    };
    const calls = {
      good: await api.quote(request),
      goodText: await api.quote(JSON.stringify(request)),
      tax: await api.purchaseTax('229900', '2026-01-01'),
      tables: await api.tables(),
      negative: await api.purchaseTax('-1', '2026-01-01'),
      nan: await api.purchaseTax(NaN, '2026-01-01'),
      huge: await api.purchaseTax('1e308', '2026-01-01'),
      hugeNumber: await api.purchaseTax(1e308, '2026-01-01'),
      decimals: await api.purchaseTax('1.001', '2026-01-01'),
      badDate: await api.purchaseTax('1000', '2026-02-30'),
      unknownTrim: await api.quote({ ...request, old_order: { ...request.old_order, trim: 'turbo' } }),
      wrongType: await api.quote({ ...request, old_order: { ...request.old_order, amount_paid: 5000 } }),
      nothing: await api.quote(undefined),
      garbage: await api.quote('{not json'),
      bigint: await api.quote({ x: 1n }).catch((e) => ({ threw: String(e) })),
    };
    return JSON.parse(JSON.stringify(calls));
  });
  expect(out.good.ok).toBe(true);
  expect(out.good.value.extra_cash_to_switch).toBe('4000.00');
  expect(out.goodText.value.extra_cash_to_switch).toBe('4000.00');
  expect(out.tax.value).toEqual(expect.objectContaining({ base: '203451.33', full: '20345.13', relief: '10172.57', payable: '10172.56' }));
  expect(out.tables.value.offers.map((o) => o.id)).toContain('su7-to-yu7-2025');
  const codes = {
    negative: 'negative_amount', nan: 'wrong_type', huge: 'invalid_amount', hugeNumber: 'wrong_type', decimals: 'invalid_amount',
    badDate: 'invalid_date', unknownTrim: 'unknown_trim', wrongType: 'invalid_request', nothing: 'wrong_type', garbage: 'invalid_request', bigint: 'wrong_type',
  };
  for (const [k, code] of Object.entries(codes)) {
    expect(out[k], k).toEqual({ ok: false, error: expect.objectContaining({ code, message: expect.any(String), path: expect.any(String) }) });
  }
  expect(out.unknownTrim.error.path).toBe('old_order.trim');
  expect(out.wrongType.error.path).toBe('old_order.amount_paid');
});

test('the iframe reports its height to the parent, by origin-checked postMessage', async ({ page }) => {
  await openHost(page);
  // The first report can come before the configurator has rendered; wait for the rendered one.
  await page.waitForFunction(() => window.frameHeights.some((x) => x > 600), null, { timeout: 20_000 });
  const h = await page.evaluate(() => window.frameHeights[window.frameHeights.length - 1]);
  expect(h).toBeGreaterThan(600);
  await expect(page.locator('#su7-frame')).toHaveAttribute('style', new RegExp(`height: ${h}px`));
  const frame = page.frameLocator('#su7-frame');
  await expect(frame.locator('.title')).toHaveText('SU7 upgrade cost calculator');
});

test('a hostile dealer table changes nothing outside its block', async ({ page }) => {
  await openHost(page);
  const widget = page.locator('su7-upgrade');
  await expect(widget.getByTestId('dealer-block')).toContainText('Demo Motors');
  await expect(widget.getByTestId('dealer-block').locator('a[href^="tel:"]')).toHaveCount(1);
  const before = await widget.getByTestId('extra-cash').locator('.money').textContent();
  const results = await page.evaluate(() => {
    const el = document.getElementById('widget');
    const hostile = {
      schema: 1, kind: 'dealer', name: '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>',
      fees: [{ id: 'f', name: '<b onclick="window.pwned=3">fee</b>', amount: '100.00' }],
    };
    const okResult = el.setDealer(hostile);
    return { ok: okResult.ok };
  });
  expect(results.ok).toBe(true);
  await expect(widget.getByTestId('dealer-block')).toContainText('<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>');
  await expect(widget.getByTestId('extra-cash').locator('.money')).toHaveText(before);
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
  expect(await widget.getByTestId('dealer-block').locator('img, script, b').count()).toBe(0);

  for (const bad of [
    { schema: 1, kind: 'dealer', name: 'x'.repeat(100000) },
    { schema: 1, kind: 'dealer', name: 'A', fees: [{ id: 'f', name: 'n', amount: 100 }] },
    { schema: 1, kind: 'dealer', name: 'A', fees: 'lots' },
  ]) {
    const r = await page.evaluate((t) => document.getElementById('widget').setDealer(t), bad);
    expect(r.ok).toBe(false);
    await expect(widget.getByTestId('dealer-block')).toHaveAttribute('role', 'alert');
    await expect(widget.getByTestId('extra-cash').locator('.money')).toHaveText(before);
  }
  // The manufacturer's figures and the rest of the widget keep working.
  await widget.locator('button[data-kind="old"][data-trim="max"]').click();
  await expect(widget.getByTestId('extra-cash').locator('.money')).toHaveText(expected['su7-gen1-to-gen2-2026/max/final-2026-03-19'].extra_cash);
});

test('an unreachable dealer URL shows a message and the widget keeps working', async ({ page }) => {
  await page.goto(HOST);
  await page.evaluate((w) => {
    const el = document.createElement('su7-upgrade');
    el.id = 'second';
    el.setAttribute('lang', 'en');
    el.setAttribute('dealer', w + 'dealers/missing.json');
    document.body.append(el);
  }, WIDGET);
  const second = page.locator('#second');
  await expect(second.getByTestId('dealer-block')).toHaveText("Dealer information is unavailable; the amounts below leave out the dealer's fees and offers.");
  await expect(second.getByTestId('extra-cash').locator('.money')).toHaveText('+¥4,000');
});

test('a dealer table\'s mistakes reach the developer, not the buyer', async ({ page }) => {
  const logged = [];
  page.on('console', (m) => { if (m.type() === 'error') logged.push(m.text()); });
  await page.addInitScript(() => {
    window.dealerEvents = [];
    for (const type of ['dealerchange', 'dealererror']) document.addEventListener(type, (e) => window.dealerEvents.push({ type, detail: e.detail }));
  });
  await openHost(page);
  // The demo table loaded: dealerchange with the checked table.
  await expect.poll(() => page.evaluate(() => window.dealerEvents.map((e) => e.type))).toEqual(['dealerchange']);
  expect(await page.evaluate(() => window.dealerEvents[0].detail.name)).toBe('示例汽车服务中心 Demo Motors');
  // A fee as a number: valid JSON, a bad value. The buyer reads one neutral line, no JSON path.
  const widget = page.locator('su7-upgrade');
  const result = await page.evaluate(() => document.getElementById('widget').setDealer(
    { schema: 1, kind: 'dealer', name: 'A', fees: [{ id: 'f', name: 'n', amount: 100 }] }));
  expect([result.ok, result.error.code, result.error.path]).toEqual([false, 'invalid_value', 'fees[0].amount']);
  await expect(widget.getByTestId('dealer-block')).toHaveText('经销商信息暂不可用，以下金额未含经销商费用和优惠。');
  const last = await page.evaluate(() => window.dealerEvents.at(-1));
  expect(last).toEqual({ type: 'dealererror', detail: result.error });
  expect(logged.some((l) => l.includes('dealer table at fees[0].amount'))).toBe(true);
  // A table served as HTML is refused before it is read, and the developer is told why.
  await page.evaluate((w) => {
    const el = document.createElement('su7-upgrade');
    el.id = 'typed';
    el.setAttribute('dealer', w + 'embed-demo.html');
    document.body.append(el);
  }, WIDGET);
  await expect(page.locator('#typed').getByTestId('dealer-block')).toHaveText('经销商信息暂不可用，以下金额未含经销商费用和优惠。');
  const typed = await page.evaluate(() => window.dealerEvents.at(-1));
  expect(typed.type).toBe('dealererror');
  expect(typed.detail.code).toBe('dealer_unreachable');
  expect(typed.detail.message).toContain('not JSON');
});

test('a dealer table given inline in the element is used', async ({ page }) => {
  await page.goto(HOST);
  await page.waitForFunction(() => window.su7);
  await page.evaluate(() => {
    const el = document.createElement('su7-upgrade');
    el.id = 'inline';
    const script = document.createElement('script');
    script.type = 'application/json';
    script.dataset.dealer = '';
    script.textContent = JSON.stringify({ schema: 1, kind: 'dealer', name: 'Inline Motors', fees: [{ id: 'f', name: 'Plate', amount: '450.00' }] });
    el.append(script);
    document.body.append(el);
  });
  const block = page.locator('#inline').getByTestId('dealer-block');
  await expect(block).toContainText('Inline Motors');
  await expect(block).toContainText('+¥450.00');
});

test('removing the element while it loads throws nothing; a removed element answers destroyed', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // A fresh page whose loader has not loaded the module yet: removals happen before mounting.
  await page.goto(`http://127.0.0.1:${PORT + 1}/embed-demo.html?widget=${encodeURIComponent(WIDGET)}`, { waitUntil: 'commit' });
  const out = await page.evaluate(async (w) => {
    await customElements.whenDefined('su7-upgrade');
    const made = [];
    for (const delay of [0, 1, 5, 30, 120]) {
      const el = document.createElement('su7-upgrade');
      el.setAttribute('dealer', w + 'dealers/demo-dealer.json');
      document.body.append(el);
      await new Promise((r) => setTimeout(r, delay));
      el.remove();
      made.push(el);
    }
    await new Promise((r) => setTimeout(r, 1500)); // let every pending load and fetch settle
    return made.map((el) => ({
      code: el.getConfig().error.code,
      mounted: !!(el.shadowRoot && el.shadowRoot.querySelector('.cuc-root section.app')),
    }));
  }, WIDGET);
  expect(out.map((o) => o.code)).toEqual(['destroyed', 'destroyed', 'destroyed', 'destroyed', 'destroyed']);
  expect(out[0].mounted).toBe(false); // removed before the module loaded: nothing was mounted
  expect(errors).toEqual([]);
});

test("a dealer's plate fee replaces the on-road estimate and is not counted twice", async ({ page }) => {
  await openHost(page);
  const widget = page.locator('su7-upgrade');
  const block = widget.getByTestId('dealer-block');
  await expect(block).toContainText('Demo Motors');
  const totalBefore = await block.locator('.dealer-total .money').textContent();
  await widget.locator('button[data-action="on-road-on"]').click();
  const line = widget.getByTestId('on-road-lines').locator('tr[data-on-road-line="plate-service"]');
  await expect(line.locator('td')).toHaveText('¥500.00');
  await expect(line).toContainText(/经销商报价|dealer's price/);
  // In the landed price now: listed apart in the dealer block, and out of its total.
  await expect(block.locator('[data-dealer-item="plate-service"]')).toHaveAttribute('data-in-landed', 'true');
  await expect(block.locator('.dealer-total .money')).not.toHaveText(totalBefore);
});

test('lang, dealer and offer changed after mounting take effect', async ({ page }) => {
  await openHost(page);
  const widget = page.locator('su7-upgrade');
  await page.evaluate(() => document.querySelector('su7-upgrade').setAttribute('lang', 'en-GB'));
  await expect(widget.locator('.title')).toHaveText('SU7 upgrade cost calculator');
  // Another dealer table: the newer one wins even when the older one answers later.
  await page.route('**/dealers/slow.json', async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ schema: 1, kind: 'dealer', name: 'Slow Motors' }) });
  });
  const names = await page.evaluate(async (w) => {
    const el = document.querySelector('su7-upgrade');
    const names = [];
    el.addEventListener('dealerchange', (e) => names.push(e.detail.name));
    el.setAttribute('dealer', w + 'dealers/slow.json');
    el.setAttribute('dealer', w + 'dealers/demo-dealer.json');
    await new Promise((r) => setTimeout(r, 1500)); // past the slow answer
    return names;
  }, WIDGET);
  expect(names).toEqual([expect.stringContaining('Demo Motors')]);
  await expect(widget.getByTestId('dealer-block')).toContainText('Demo Motors');
  // Taken away: the dealer block goes.
  await page.evaluate(() => document.querySelector('su7-upgrade').removeAttribute('dealer'));
  await expect(widget.getByTestId('dealer-block')).toHaveCount(0);
  // Another offer: mounted afresh from that offer's defaults, still in English.
  const config = await page.evaluate(async () => {
    const el = document.querySelector('su7-upgrade');
    const ready = new Promise((r) => el.addEventListener('ready', r, { once: true }));
    el.setAttribute('offer', 'su7-to-yu7-2025');
    await ready;
    return el.getConfig().value;
  });
  expect(config.offer).toBe('su7-to-yu7-2025');
  await expect(widget.locator('.title')).toHaveText('SU7 upgrade cost calculator');
});

test('an offer the tables lack: the buyer reads a line in the page\'s language, the developer the reason; a fixed attribute mounts', async ({ page }) => {
  await openHost(page);
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  const code = await page.evaluate(() => new Promise((resolve) => {
    const el = document.createElement('su7-upgrade');
    el.id = 'wrong';
    el.setAttribute('offer', 'su7-old-offer-2024');
    el.addEventListener('widgeterror', (e) => resolve(e.detail.code), { once: true });
    document.body.append(el);
  }));
  expect(code).toBe('unknown_offer');
  const wrong = page.locator('#wrong');
  await expect(wrong.locator('.cuc-load-error')).toHaveText('本页的计算器暂时无法显示，请联系网站。');
  expect(consoleErrors.some((t) => t.includes("no offer 'su7-old-offer-2024'"))).toBe(true);
  const ready = await page.evaluate(() => new Promise((resolve) => {
    const el = document.getElementById('wrong');
    el.addEventListener('ready', () => resolve(el.getConfig().value.offer), { once: true });
    el.setAttribute('offer', 'su7-gen1-to-gen2-2026');
  }));
  expect(ready).toBe('su7-gen1-to-gen2-2026');
  await expect(wrong.locator('.cuc-load-error')).toHaveCount(0);
  await expect(wrong.getByTestId('extra-cash')).toBeVisible();
});

test("the dealer's lead action: leadintent with the quote first, followed unless the host takes it", async ({ page, context }) => {
  await openHost(page);
  const table = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'static', 'dealers', 'demo-dealer.json'), 'utf8'));
  table.lead = { label: '询底价', url: 'https://dealer.example/ask' };
  // The page's own table (its dealer attribute) first, so it does not replace this one later.
  await expect(page.locator('#widget [data-testid="dealer-block"]')).toContainText('Demo Motors');
  await page.evaluate((t) => {
    window.leads = [];
    const el = document.getElementById('widget');
    el.setDealer(t);
    el.addEventListener('leadintent', (e) => { window.leads.push(e.detail); if (window.takeLead) e.preventDefault(); });
  }, table);
  const link = page.locator('#widget a[data-action="lead"]');
  await expect(link).toHaveText('询底价');
  await expect(link).toHaveAttribute('href', 'https://dealer.example/ask');
  // Taken over by the host: the event, and no new tab.
  await page.evaluate(() => { window.takeLead = true; });
  let opened = 0;
  context.on('page', () => { opened += 1; });
  await link.click();
  await page.waitForFunction(() => window.leads.length === 1);
  const lead = await page.evaluate(() => window.leads[0]);
  expect(lead.lead).toEqual({ label: '询底价', url: 'https://dealer.example/ask' });
  expect(lead.quote.offer).toBe('su7-gen1-to-gen2-2026');
  expect(lead.config.old_trim).toBe('standard');
  await page.waitForTimeout(300);
  expect(opened).toBe(0);
  // Not taken: the page opens in a new tab, after the event.
  await context.route('https://dealer.example/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>ask</title>' }));
  await page.evaluate(() => { window.takeLead = false; });
  const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
  expect(tab.url()).toBe('https://dealer.example/ask');
  expect(await page.evaluate(() => window.leads.length)).toBe(2);

  // The iframe: the parent hears of it as a message.
  const frame = page.frameLocator('#su7-frame');
  await page.evaluate((t) => {
    window.frameLeads = [];
    window.addEventListener('message', (e) => { if (e.data && e.data.type === 'leadintent') window.frameLeads.push(e.data); });
    document.getElementById('su7-frame').contentWindow.postMessage({ source: 'su7-upgrade-host', v: 1, type: 'setDealer', table: t }, window.WIDGET_ORIGIN);
  }, table);
  const frameLink = frame.locator('a[data-action="lead"]');
  await expect(frameLink).toHaveText('询底价');
  const [frameTab] = await Promise.all([context.waitForEvent('page'), frameLink.click()]);
  await frameTab.close();
  await page.waitForFunction(() => window.frameLeads.length === 1);
  const posted = await page.evaluate(() => window.frameLeads[0]);
  expect(posted.source).toBe('su7-upgrade');
  expect(posted.lead.url).toBe('https://dealer.example/ask');
  expect(posted.quote.offer).toBe('su7-gen1-to-gen2-2026');
});
