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

test('each release folder is an npm package, and a project that installs it gets the types', () => {
  const dist = path.join(E2E, '..', 'dist');
  const release = JSON.parse(fs.readFileSync(path.join(dist, 'embed', 'release.json'), 'utf8'));
  const folder = path.join(dist, 'embed', release.version);
  const pack = spawnSync('npm', ['pack', '--dry-run', '--json'], { cwd: folder, encoding: 'utf8' });
  expect(pack.status, pack.stderr).toBe(0);
  const [info] = JSON.parse(pack.stdout);
  expect(info.name).toBe('su7-upgrade-embed');
  expect(info.version).toMatch(new RegExp(`^\\d+\\.\\d+\\.\\d+-h${release.version}$`));
  expect(info.files.map((f) => f.path).sort()).toEqual(
    ['loader.d.ts', 'loader.js', 'package.json', 'style.css', 'widget.js', 'widget_bg.wasm']);
  // A dealer's project with the package installed: its types resolve by the package's name.
  const project = fs.mkdtempSync(path.join(require('os').tmpdir(), 'dealer-project-'));
  fs.mkdirSync(path.join(project, 'node_modules'));
  fs.symlinkSync(folder, path.join(project, 'node_modules', 'su7-upgrade-embed'));
  fs.writeFileSync(path.join(project, 'page.ts'), [
    "import { purchaseTax } from 'su7-upgrade-embed';",
    "void purchaseTax('229900', '2026-01-01').then((r) => r.ok && r.value.payable);",
    '// @ts-expect-error the price is a decimal string',
    "void purchaseTax(229900, '2026-01-01');",
  ].join('\n'));
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '--noEmit', '--strict', '--module', 'esnext',
    '--moduleResolution', 'bundler', '--target', 'es2022', '--lib', 'es2022,dom', 'page.ts'], { cwd: project, encoding: 'utf8' });
  fs.rmSync(project, { recursive: true, force: true });
  expect(tsc.stdout + tsc.stderr).toBe('');
  expect(tsc.status).toBe(0);
});
