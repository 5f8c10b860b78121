// End-to-end tests against the release build in dist/, in Debian's chromium (no browser download).
const { defineConfig } = require('@playwright/test');

const PORT = Number(process.env.E2E_PORT || 4173);
// A second origin for the dealer's host page, so the embed tests cross origins.
const HOST_PORT = PORT + 1;
// dist/ again, under the strict Content-Security-Policy the app and the iframe page must work
// with, and a dealer page (e2e/csp-host/) whose own policy allows only what docs/embed.md lists.
const CSP_PORT = PORT + 2;
const CSP_HOST_PORT = PORT + 3;
// dist/ on nginx with deploy/nginx.conf as written (e2e/nginx.sh changes only port and root).
const NGINX_PORT = PORT + 4;
const W = `http://127.0.0.1:${CSP_PORT}`;
const APP_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
const HOST_CSP = `default-src 'self'; script-src 'self' ${W} 'wasm-unsafe-eval'; style-src 'self' ${W}; connect-src 'self' ${W}; frame-src 'self' ${W}`;

module.exports = defineConfig({
  testDir: './tests',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  outputDir: './test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    // The owners' browsers: a first visit follows the browser's language, and the suite is
    // written against the Chinese page (language.spec.js opens it as en-US too).
    locale: 'zh-CN',
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: [
    {
      command: `python3 serve.py ${PORT} ../dist`,
      url: `http://127.0.0.1:${PORT}/index.html`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `python3 -m http.server ${HOST_PORT} --bind 127.0.0.1 --directory ../dist`,
      url: `http://127.0.0.1:${HOST_PORT}/embed-demo.html`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `python3 serve.py ${CSP_PORT} ../dist "${APP_CSP}"`,
      url: `http://127.0.0.1:${CSP_PORT}/index.html`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `python3 serve.py ${CSP_HOST_PORT} csp-host "${HOST_CSP}"`,
      url: `http://127.0.0.1:${CSP_HOST_PORT}/index.html`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `sh nginx.sh ${NGINX_PORT} ../dist`,
      url: `http://127.0.0.1:${NGINX_PORT}/index.html`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
