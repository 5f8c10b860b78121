// WebKit (WebKitGTK: the WebCore and JavaScriptCore of iPhone Safari and of WeChat on iOS) and
// Firefox ESR, driven over WebDriver by Debian's drivers. Playwright's own builds of both are
// downloads these machines cannot make (../shared/TOOLCHAIN.md); the pages are the same servers
// the rest of the suite uses (playwright.config.js).
const { Builder, By } = require('selenium-webdriver');
const firefox = require('selenium-webdriver/firefox');
const { spawn } = require('child_process');
const net = require('net');
const path = require('path');
const os = require('os');

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const GECKODRIVER = process.env.GECKODRIVER || path.join(os.homedir(), '.cargo', 'bin', 'geckodriver');

/** A port nothing listens on. */
const freePort = () => new Promise((resolve, reject) => {
  const server = net.createServer();
  server.once('error', reject);
  server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => resolve(port)); });
});

/** Waits until `url` answers (a driver that has started). */
async function answering(url, ms = 20_000) {
  const end = Date.now() + ms;
  for (;;) {
    try { if ((await fetch(url)).ok) return; } catch { /* not yet */ }
    if (Date.now() > end) throw new Error(`${url} did not answer in ${ms} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** MiniBrowser through WebKitWebDriver, on a virtual display of its own. */
async function webkit() {
  const port = await freePort();
  // Its own process group, so that stopping it also stops Xvfb and the browser.
  const driverProcess = spawn('xvfb-run', ['-a', '-s', '-screen 0 1600x1200x24', 'WebKitWebDriver', `--port=${port}`],
    { stdio: 'ignore', detached: true, env: { ...process.env, LANG: 'zh_CN.UTF-8' } });
  await answering(`http://127.0.0.1:${port}/status`);
  const driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
  }).build();
  return { driver, stop: () => stop(driver, () => process.kill(-driverProcess.pid)) };
}

/** Firefox ESR, headless: overlay scrollbars as on a phone, or classic ones (they take space)
 * as on a desktop with a mouse. */
async function gecko(classicScrollbars) {
  const options = new firefox.Options().addArguments('-headless').setBinary('/usr/bin/firefox-esr')
    .setPreference('intl.accept_languages', 'zh-CN')
    .setPreference('ui.useOverlayScrollbars', classicScrollbars ? 0 : 1);
  const driver = await new Builder().forBrowser('firefox').setFirefoxOptions(options)
    .setFirefoxService(new firefox.ServiceBuilder(GECKODRIVER)).build();
  return { driver, stop: () => stop(driver, () => {}) };
}

async function stop(driver, after) {
  try { await driver.quit(); } catch { /* already gone */ }
  try { after(); } catch { /* already gone */ }
}

/** Starts `engine` ('webkit' or 'firefox'): {driver, stop}. WebKitGTK's scrollbars are always
 * overlay ones, as on iOS; Firefox's are classic when asked. */
const start = (engine, { classicScrollbars = false } = {}) => (engine === 'webkit' ? webkit() : gecko(classicScrollbars));

/** Polls `check` (an async function) until it returns a truthy value; returns that value. */
async function until(check, what, ms = 20_000) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    try { last = await check(); if (last) return last; } catch (e) { last = e; }
    if (Date.now() > end) throw new Error(`waited ${ms} ms for ${what}; last: ${last}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Elements that stick out of the viewport sideways, and how far the page scrolls sideways. */
const OVERFLOW = `
  const w = document.documentElement.clientWidth;
  const clipped = (el) => { for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
    if (getComputedStyle(a).overflowX !== 'visible') return true; } return false; };
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
    if ((r.right > w + 0.5 || r.left < -0.5) && !clipped(el)) {
      out.push(el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
    }
  }
  return { scroll: document.documentElement.scrollWidth - w, width: w, out: out.slice(0, 8) };`;

module.exports = { start, until, OVERFLOW, By };
