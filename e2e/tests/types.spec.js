// The embed's TypeScript types (static/embed/loader.d.ts) against a dealer's page and the
// engine's real request and quote: `tsc --noEmit --strict` accepts e2e/types/dealer-page.ts
// and refuses each line of e2e/types/misuse.ts (its `@ts-expect-error` lines).
const { test, expect } = require('@playwright/test');
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const E2E = path.join(__dirname, '..');

test('the .d.ts types a dealer page and the real quote, and refuses misuse', () => {
  // The engine's own request and quote, as the JS API returns them.
  const out = execFileSync('cargo', ['run', '--quiet', '--locked', '--example', 'quote_json'], { cwd: path.join(E2E, '..'), encoding: 'utf8' });
  const cut = out.indexOf('\n}\n{') + 2;
  const dir = path.join(E2E, 'artifacts', 'types');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'real.ts'),
    `export const realRequest = ${out.slice(0, cut).trim()} as const;\nexport const realQuote = ${out.slice(cut).trim()} as const;\n`);
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(E2E, 'types', 'tsconfig.json')], { encoding: 'utf8' });
  expect(tsc.stdout + tsc.stderr).toBe('');
  expect(tsc.status).toBe(0);
});
