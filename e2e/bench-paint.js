// Browser benchmark of the first paint: the app page against static snapshots of the same
// screen (its pre-rendered HTML without the app; see SNAPSHOTS), on a throttled mid-range phone
// profile (4× CPU slowdown, 10 Mbps / 40 ms, cache off) and unthrottled, served
// brotli-compressed (`./x bench-web` starts serve.py --brotli). Prints medians of
// interleaved runs with their spread, and the ratios, and where the app's time to interactive
// goes (HTML, wasm download, compile, tables, render, first idle; from a trace, V8's lazy
// compilation of wasm functions and style/layout); asserts nothing.
//   node bench-paint.js <base URL> <dist dir> [runs]   (./x bench-web serves dist/ and runs this)
const { chromium } = require('@playwright/test');
const fs = require('fs');
const path = require('path');

const base = process.argv[2] || 'http://127.0.0.1:4180/';
const dist = process.argv[3] || path.join(__dirname, '..', 'dist');
const RUNS = Number(process.argv[4] || 9);
// The static baselines: the pre-rendered page with its module script and wasm preloads removed,
// nothing of the app. "static" also drops the one classic script (static/restoring.js);
// "static + script" keeps it, as the page ships. Chromium paints a page with no script at all
// later (throttled FCP medians 556 vs 420 ms, 9 runs, 2026-12-07), so a ratio against "static"
// alone flatters the app: both are printed.
const PROFILES = {
  throttled: { cpu: 4, latency: 40, bytesPerSecond: (10 * 1000 * 1000) / 8 },
  unthrottled: null,
};

const SNAPSHOTS = { static: 'bench-snapshot.html', 'static + script': 'bench-snapshot-script.html' };

function snapshots(built) {
  if (!built.includes('data-testid="extra-cash"')) throw new Error('dist/index.html has no pre-rendered answer: build with ./x build');
  const noApp = built.replace(/<script\b[^>]*\btype="module"[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link[^>]*rel="(?:modulepreload|preload)"[^>]*>/g, '');
  if (/<script[^>]*type="module"|src="[^"]*boot\.js"|href="[^"]*_bg\.wasm"/.test(noApp)) throw new Error('the static snapshot still loads the app: update snapshots()');
  return { static: noApp.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ''), 'static + script': noApp };
}

/** First contentful paint and the frame that shows the decision figure, in ms from navigation. */
async function measure(browser, url, profile, trace = false) {
  // A Chinese browser, as most owners have: the pre-rendered page is Chinese, so the app takes
  // it over (hydrates); another language renders the page afresh.
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: profile.latency, downloadThroughput: profile.bytesPerSecond, uploadThroughput: profile.bytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  }
  await page.addInitScript(() => {
    // The frame after the decision figure enters the DOM: a MutationObserver sees it (parsed
    // or rendered by the wasm alike), the next animation frame paints it, and a message posted
    // from that frame runs once the frame is done.
    window.decisionPaint = null;
    window.fcp = null;
    window.readyAt = null;
    window.idleAt = null;
    new MutationObserver(() => {
      if (window.readyAt === null && document.documentElement.hasAttribute('data-app-ready')) {
        window.readyAt = performance.now();
        // First idle: the main thread free after the takeover (the page answers a tap at once).
        requestIdleCallback(() => { window.idleAt = performance.now(); });
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app-ready'] });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    const done = () => { if (window.decisionPaint === null) window.decisionPaint = performance.now(); };
    const afterFrame = () => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = done;
      channel.port2.postMessage(0);
    });
    new MutationObserver((_, observer) => {
      if (document.querySelector('[elementtiming="decision"]')) { observer.disconnect(); afterFrame(); }
    }).observe(document, { childList: true, subtree: true });
  });
  if (trace) await browser.startTracing(page, { categories: ['devtools.timeline', 'v8.wasm'] });
  await page.goto(url);
  await page.waitForFunction(() => window.decisionPaint !== null && window.fcp !== null, null, { timeout: 60_000 });
  // Nothing is painted before the first contentful paint (a frame can run while the
  // stylesheet still blocks rendering), so the figure is shown at the later of the two.
  if (url === base) await page.waitForFunction(() => window.idleAt !== null, null, { timeout: 60_000 });
  const r = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('_bg.wasm'));
    const mark = (name) => { const m = performance.getEntriesByName(name, 'mark')[0]; return m ? m.startTime : null; };
    return {
      fcp: window.fcp, decision: Math.max(window.decisionPaint, window.fcp), ready: window.readyAt,
      phases: wasm && {
        html: nav.responseEnd,
        'wasm requested': wasm.startTime,
        'wasm download': wasm.responseEnd - wasm.startTime,
        'compile + instantiate after download': mark('cuc-main') - wasm.responseEnd,
        'tables decode': mark('cuc-tables') - mark('cuc-main'),
        'first render + hydrate': window.readyAt - mark('cuc-tables'),
        'to first idle': window.idleAt - window.readyAt,
      },
    };
  });
  if (trace) {
    // Main-thread work the timings above cannot name: V8 compiles each wasm function on its
    // first call (lazily), and the browser recalculates styles and lays out.
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    // null where the trace has no such event (another Chromium may name them otherwise).
    const sum = (...names) => {
      const found = events.filter((e) => e.ph === 'X' && names.includes(e.name));
      return found.length ? found.reduce((t, e) => t + e.dur / 1000, 0) : null;
    };
    r.traced = { 'wasm lazy compile (first calls)': sum('wasm.CompileLazy'), 'style + layout': sum('UpdateLayoutTree', 'Layout') };
  }
  await context.close();
  return r;
}

/** Time from a trim click to the next frame with the new trim shown, unthrottled, in ms. */
async function clickToFrame(browser) {
  const page = await browser.newPage();
  await page.goto(base);
  await page.locator('[data-testid="extra-cash"] .money').first().waitFor();
  const times = await page.evaluate(async () => {
    const out = [];
    for (let i = 0; i < 21; i++) {
      const trim = i % 2 ? 'pro' : 'max';
      const button = document.querySelector(`button[data-kind="old"][data-trim="${trim}"]`);
      const t0 = performance.now();
      button.click();
      await new Promise((done) => requestAnimationFrame(() => done()));
      if (button.getAttribute('aria-pressed') !== 'true') throw new Error('the click did not render by the next frame');
      out.push(performance.now() - t0);
      await new Promise((done) => setTimeout(done, 50));
    }
    return out;
  });
  await page.close();
  return times;
}

const median = (a) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)];
const spread = (a) => `${Math.min(...a).toFixed(0)}–${Math.max(...a).toFixed(0)}`;

(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const pages = snapshots(fs.readFileSync(path.join(dist, 'index.html'), 'utf8'));
  for (const [name, file] of Object.entries(SNAPSHOTS)) fs.writeFileSync(path.join(dist, file), pages[name]);
  try {
    // Once before measuring: the server compresses a file on its first request (serve.py --brotli).
    const warm = await browser.newPage();
    for (const file of Object.values(SNAPSHOTS)) await warm.goto(base + file);
    await warm.goto(base);
    await warm.close();
    for (const [name, profile] of Object.entries(PROFILES)) {
      const runs = { app: [], ...Object.fromEntries(Object.keys(SNAPSHOTS).map((k) => [k, []])) };
      for (let i = 0; i < RUNS; i++) {
        // Interleaved, so drift on the machine falls on all alike.
        runs.app.push(await measure(browser, base, profile));
        for (const [k, file] of Object.entries(SNAPSHOTS)) runs[k].push(await measure(browser, base + file, profile));
      }
      const ready = runs.app.map((r) => r.ready);
      console.log(`${name.padEnd(11)} app interactive (wasm took the page over): ${median(ready).toFixed(0)} ms (${spread(ready)})`);
      // Where the time to interactive goes, phase by phase (ms, median and spread of the runs).
      for (const phase of Object.keys(runs.app[0].phases || {})) {
        const t = runs.app.map((r) => r.phases[phase]);
        console.log(`${name.padEnd(11)}   phase ${phase.padEnd(38)} ${median(t).toFixed(0).padStart(5)} ms (${spread(t)})`);
      }
      for (const metric of ['fcp', 'decision']) {
        const a = runs.app.map((r) => r[metric]);
        for (const k of Object.keys(SNAPSHOTS)) {
          const s = runs[k].map((r) => r[metric]);
          console.log(`${name.padEnd(11)} ${metric === 'fcp' ? 'first contentful paint ' : 'decision figure painted'}: app ${median(a).toFixed(0)} ms (${spread(a)}), ${k} ${median(s).toFixed(0)} ms (${spread(s)}), ratio ${(median(a) / median(s)).toFixed(2)}× (median of ${RUNS})`);
        }
      }
      // Traced separately (tracing slows the page): what the main thread spent to first idle.
      const traced = [];
      for (let i = 0; i < 3; i++) traced.push((await measure(browser, base, profile, true)).traced);
      for (const what of Object.keys(traced[0])) {
        const t = traced.map((r) => r[what]);
        if (t.includes(null)) { console.log(`${name.padEnd(11)}   of which ${what.padEnd(35)}   n/a (not in the trace)`); continue; }
        console.log(`${name.padEnd(11)}   of which ${what.padEnd(35)} ${median(t).toFixed(0).padStart(5)} ms (${spread(t)}, 3 traced runs)`);
      }
      for (const k of Object.keys(SNAPSHOTS)) {
        const staticDecision = median(runs[k].map((r) => r.decision));
        console.log(`${name.padEnd(11)} app interactive / ${k} decision paint: ${(median(ready) / staticDecision).toFixed(2)}×`);
      }
    }
    const clicks = await clickToFrame(browser);
    console.log(`unthrottled trim click → next frame: median ${median(clicks).toFixed(1)} ms (${Math.min(...clicks).toFixed(1)}–${Math.max(...clicks).toFixed(1)}, 21 clicks)`);
  } finally {
    for (const file of Object.values(SNAPSHOTS)) fs.unlinkSync(path.join(dist, file));
    await browser.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });
