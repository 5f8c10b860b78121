// The iframe embed's height messages as csp-host/frame.js records them, and the height the
// frame's content has: shared by iframe.spec.js and scrollbars.spec.js.

/** Every resize message so far. */
const heights = (page) => page.evaluate(() => window.frameMessages.filter((m) => m.type === 'resize'));
/** The last height reported. */
const lastHeight = async (page) => (await heights(page)).at(-1).height;
/** The embed's content height as the frame itself measures it. */
const contentHeight = (page) => page.frames().find((f) => f.url().includes('embed.html'))
  .evaluate(() => Math.ceil(document.getElementById('cuc').getBoundingClientRect().height));

module.exports = { heights, lastHeight, contentHeight };
