// The dealer's own tools (dealers/tools.html): check a dealer table with the widget's own
// parser, preview the widget with the dealer's colours and table, and build the snippet of
// the current pinned release (embed/release.json). Only translates: every check is the wasm's.
import { parseDealer } from '../embed/loader.js';

const $ = (id) => document.getElementById(id);
const site = new URL('../', import.meta.url);
let release = null;
// The last table that checked: given to the preview again each time it mounts (a colour
// change mounts it afresh, and a table given while it mounts would find it not ready).
let checked = null;

/** The table text as given: pasted, or read from the chosen file. */
async function tableText() {
  const file = $('table-file').files[0];
  if (file && !$('table-text').value.trim()) $('table-text').value = await file.text();
  return $('table-text').value;
}

/** Checks the table; a good one goes into the preview. */
async function check() {
  const out = $('check-result');
  const result = await parseDealer(await tableText());
  out.replaceChildren();
  const p = document.createElement('p');
  if (result.ok) {
    const t = result.value;
    p.className = 'ok';
    const [fees, accessories, discounts] = [t.fees, t.accessories, t.discounts].map((l) => (l || []).length);
    p.textContent = `✓ 可以使用 Usable: ${t.name} — 费用 ${fees} fees, 精品 ${accessories} accessories, 优惠 ${discounts} discounts`;
    checked = t;
    $('preview').setDealer(t);
  } else {
    const { code, path, message } = result.error;
    p.className = 'problem';
    p.dataset.code = code;
    p.textContent = `✗ ${path && path !== '.' ? `${path}: ` : ''}${message} (${code})`;
  }
  out.append(p);
}

/** The snippet for the pinned release, the chosen language and the table's URL. */
function snippet() {
  if (!release) return;
  const lang = $('lang').value;
  const dealer = $('table-url').value.trim();
  const vars = [...document.querySelectorAll('[data-var]')].map((el) => `${el.dataset.var}: ${el.value};`).join(' ');
  $('snippet').textContent = [
    `<script type="module" src="${new URL(release.loader, site).href}"`,
    `        integrity="${release.integrity}" crossorigin="anonymous"></script>`,
    `<su7-upgrade lang="${lang}"${dealer ? ` dealer="${dealer.replace(/"/g, '&quot;')}"` : ''}></su7-upgrade>`,
    `<style>su7-upgrade { ${vars} }</style>`,
  ].join('\n');
}

function theme() {
  for (const el of document.querySelectorAll('[data-var]')) $('preview').style.setProperty(el.dataset.var, el.value);
  $('theme-warning').textContent = '';
  // The element checks its contrast when it mounts: mount it again with the new colours.
  const preview = $('preview');
  preview.replaceWith(preview);
  snippet();
}

$('check').addEventListener('click', check);
$('load-demo').addEventListener('click', async () => {
  $('table-text').value = await (await fetch(new URL('dealers/demo-dealer.json', site))).text();
  await check();
});
$('table-file').addEventListener('change', () => { $('table-text').value = ''; check(); });
for (const el of document.querySelectorAll('[data-var]')) el.addEventListener('change', theme);
$('lang').addEventListener('change', () => { $('preview').setAttribute('lang', $('lang').value); snippet(); });
$('table-url').addEventListener('input', snippet);
$('preview').addEventListener('ready', () => { if (checked) $('preview').setDealer(checked); });
$('preview').addEventListener('themewarning', (e) => {
  $('theme-warning').textContent = `⚠ 主色上的文字对比度 ${e.detail.ratio}:1，低于 4.5:1。Text on the accent: ${e.detail.ratio}:1, below 4.5:1.`;
});
$('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText($('snippet').textContent);
    $('copy-status').textContent = '已复制 Copied';
  } catch {
    getSelection().selectAllChildren($('snippet'));
    $('copy-status').textContent = '请手动复制 Select and copy';
  }
});
try {
  const answer = await fetch(new URL('embed/release.json', site));
  if (!answer.ok) throw new Error(`HTTP ${answer.status}`);
  release = await answer.json();
  snippet();
} catch (e) {
  $('snippet').textContent = `embed/release.json 无法读取，无法生成固定版本的代码。Could not read embed/release.json (${e.message}): deploy the whole build.`;
}
