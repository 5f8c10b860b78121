// Renders static/icon.svg to the PNG icons that systems without SVG icons need: iOS's
// home-screen icon (apple-touch-icon, 180 px: iOS ignores SVG and manifest icons) and the
// manifest's 192 / 512 px icons (Android's launcher and splash screen). Run after editing the
// SVG: `node tools/render-icons.js` (uses e2e/'s Playwright and Debian's chromium); the e2e
// suite fails while a PNG is out of step with the SVG.
const path = require('path');
const fs = require('fs');
const { chromium } = require(path.join(__dirname, '..', 'e2e', 'node_modules', 'playwright-core'));

const STATIC = path.join(__dirname, '..', 'static');
// iOS rounds the corners itself and shows transparent ones black: its icon is square, on the
// icon's own background colour (the SVG's first fill). The manifest's keep the SVG's shape.
const ICONS = [
  { file: 'apple-touch-icon.png', size: 180, square: true },
  { file: 'icon-192.png', size: 192, square: false },
  { file: 'icon-512.png', size: 512, square: false },
];

// The page both this tool and the e2e check render the SVG in, so the two agree pixel for pixel.
function iconPage(svg, { size, square }) {
  const fill = square ? (svg.match(/fill="(#[0-9a-fA-F]{3,8})"/) || [])[1] : null;
  const background = fill ? `background:${fill};` : '';
  return `<!doctype html><html><body style="margin:0;${background}"><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${size}" height="${size}" style="display:block"></body></html>`;
}

async function render(browser, svg, icon) {
  const size = icon.size;
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(iconPage(svg, icon));
  await page.locator('img').evaluate((img) => img.decode());
  const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  await page.close();
  return png;
}

async function main() {
  const svg = fs.readFileSync(path.join(STATIC, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    for (const icon of ICONS) {
      const file = path.join(STATIC, icon.file);
      fs.writeFileSync(file, await render(browser, svg, icon));
      console.log(`${path.relative(process.cwd(), file)}: ${fs.statSync(file).size} bytes`);
    }
  } finally {
    await browser.close();
  }
}

module.exports = { ICONS, render };
if (require.main === module) main().catch((e) => { console.error(e); process.exit(1); });
