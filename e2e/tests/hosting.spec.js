// The site on a real web server: nginx with deploy/nginx.conf as written (e2e/nginx.sh sets
// only its port and root), the way docs/embed.md tells a dealer's web developer to host it.
// The dealer's page is on another origin (a plain static server); the documented snippet must
// render there, and the app page must work under the policy the config sends.
const { test, expect } = require('./fixtures');

const PORT = Number(process.env.E2E_PORT || 4173);
const NGINX = `http://127.0.0.1:${PORT + 4}/`;
// A plain static server (python's http.server): no CORS header, as most servers out of the box.
const PLAIN = `http://127.0.0.1:${PORT + 1}/`;
const hostPage = (widget) => `${PLAIN}embed-demo.html?widget=${encodeURIComponent(widget)}`;

test('the documented element and iframe render on another origin from nginx', async ({ page }) => {
  await page.goto(hostPage(NGINX));
  await page.waitForFunction(() => window.su7 && window.quoteEvents.length > 0, null, { timeout: 20_000 });
  const widget = page.locator('su7-upgrade');
  await expect(widget.locator('.title')).toHaveText('SU7 升级费用计算器');
  await expect(widget.getByTestId('extra-cash').locator('.money')).toHaveText(/^[+−]?¥[\d,]+$/);
  // The iframe, also from nginx, reports its height to the dealer's page.
  await page.waitForFunction(() => window.frameHeights.length > 0 && window.frameHeights.at(-1) > 400);
});

test('nginx sends the types, CORS, caching and compression the docs promise', async ({ request }) => {
  const gzip = { 'Accept-Encoding': 'gzip' };
  const embedded = [['embed/loader.js', /javascript/], ['widget.js', /javascript/], ['widget_bg.wasm', /^application\/wasm$/],
    ['style.css', /^text\/css/], ['dealers/demo-dealer.json', /^application\/json/]];
  for (const [file, type] of embedded) {
    const res = await request.get(NGINX + file, { headers: gzip });
    const h = res.headers();
    expect(res.status(), file).toBe(200);
    expect(h['content-type'], file).toMatch(type);
    expect(h['access-control-allow-origin'], file).toBe('*');
    expect(h['cache-control'], file).toBe('no-cache');
    expect(h['content-encoding'], file).toBe('gzip');
    // Stable names are revalidated: the same file again is a 304.
    const again = await request.get(NGINX + file, { headers: { ...gzip, 'If-None-Match': h.etag } });
    expect(again.status(), file).toBe(304);
  }
  // Browsers that take brotli get the build's brotli -q 11 copies, sent as they are.
  const dist = require('path').join(__dirname, '..', '..', 'dist');
  for (const file of ['widget_bg.wasm', 'widget.js', 'embed/loader.js', 'upgrade-configurator_bg.wasm', 'index.html']) {
    const h = (await request.get(NGINX + file, { headers: { 'Accept-Encoding': 'br, gzip' } })).headers();
    expect(h['content-encoding'], file).toBe('br');
    expect(Number(h['content-length']), file).toBe(require('fs').statSync(`${dist}/${file}.br`).size);
  }
  const app = (await request.get(NGINX)).headers();
  expect(app['content-security-policy']).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:");
  expect(app['access-control-allow-origin']).toBeUndefined(); // the app page is not for other origins
  const frame = (await request.get(NGINX + 'embed/embed.html')).headers();
  expect(frame['content-security-policy']).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
});

test('the app page works on nginx under the policy it sends, with no violation', async ({ page }) => {
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  page.on('pageerror', (e) => violations.push(String(e)));
  await page.goto(NGINX);
  await expect(page.getByTestId('hero').getByTestId('extra-cash').locator('.money')).toHaveText('+¥4,000');
  await page.locator('button[data-kind="old"][data-trim="max"]').click();
  await expect(page.getByTestId('hero').getByTestId('extra-cash').locator('.money')).toHaveText(/^\+¥4,\d{3}$/);
  expect(violations).toEqual([]);
});

test('the control: from a server without CORS the same snippet never loads (why the config says so)', async ({ page }) => {
  // The dealer's page on nginx's origin, the widget on the plain server's.
  const failed = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('console', (m) => { if (/CORS/.test(m.text())) failed.push(m.text()); });
  await page.goto(`${NGINX}embed-demo.html?widget=${encodeURIComponent(PLAIN)}`);
  await expect.poll(() => failed.some((f) => f.includes('loader.js'))).toBe(true);
  expect(await page.evaluate(() => Boolean(window.su7))).toBe(false);
});

/** A dealer's page on the plain server's origin (a real server: Chromium lets only a page
 * from a local address load from one) that loads `loader`, pinned by `integrity`. */
async function pinnedHost(page, loader, integrity) {
  await page.goto(`${PLAIN}embed/release.json`);
  await page.evaluate(([src, hash]) => {
    const script = Object.assign(document.createElement('script'), { type: 'module', src, integrity: hash, crossOrigin: 'anonymous' });
    document.body.append(script, document.createElement('su7-upgrade'));
  }, [loader, integrity]);
}

test('a release pinned by version and integrity renders, cached for good; a wrong hash loads nothing', async ({ page, request }) => {
  const release = await (await request.get(`${NGINX}embed/release.json`)).json();
  expect(release.version).toMatch(/^[0-9a-f]{12}$/);
  expect(release.loader).toBe(`embed/${release.version}/loader.js`);
  const types = (await request.get(`${NGINX}embed/loader.d.ts`)).headers();
  expect([types['content-type'], types['access-control-allow-origin']]).toEqual(['text/plain; charset=utf-8', '*']);
  for (const [file, type] of [['loader.js', /javascript/], ['widget.js', /javascript/], ['widget_bg.wasm', /^application\/wasm$/], ['style.css', /^text\/css/], ['loader.d.ts', /^text\/plain/]]) {
    const h = (await request.get(`${NGINX}embed/${release.version}/${file}`)).headers();
    expect(h['content-type'], file).toMatch(type);
    expect(h['access-control-allow-origin'], file).toBe('*');
    expect(h['cache-control'], file).toBe('public, max-age=31536000, immutable');
  }
  await pinnedHost(page, NGINX + release.loader, release.integrity);
  const widget = page.locator('su7-upgrade');
  await expect(widget.getByTestId('extra-cash').locator('.money')).toHaveText(/^[+−]?¥[\d,]+$/, { timeout: 20_000 });
  // The versioned loader takes its widget from its own folder, not the stable one.
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
  const widgetFiles = loaded.filter((u) => /widget(_bg\.wasm|\.js)$/.test(u));
  expect(widgetFiles.length).toBe(2);
  expect(widgetFiles.every((u) => u.includes(`/embed/${release.version}/`))).toBe(true);

  const refused = [];
  page.on('console', (m) => { if (/integrity/i.test(m.text())) refused.push(m.text()); });
  const wrong = release.integrity.slice(0, -4) + (release.integrity.endsWith('AAA=') ? 'BBB=' : 'AAA=');
  await pinnedHost(page, NGINX + release.loader, wrong);
  await expect.poll(() => refused.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => customElements.get('su7-upgrade') === undefined)).toBe(true);
});
