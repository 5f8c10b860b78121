// Runs before the first paint. The page arrives with the default quote pre-rendered; an owner
// with a saved configuration, opening a share link, or reading English, must not take it for theirs, so its
// figures stay hidden (class cuc-restoring, static/style.css) until the app has rendered their
// own and removes the class. Must match SAVED_KEY and RESTORING in src/ui/browser.rs.
(function () {
  var root = document.documentElement;
  var saved = null;
  try { saved = window.localStorage.getItem('su7-upgrade-configurator.draft'); } catch (e) { /* storage off */ }
  // The page is pre-rendered in Chinese; a first visit from a browser preferring another
  // language waits for the app to render it in English (Lang::for_browser).
  var foreign = !/^zh(-|$)/i.test(navigator.language || '');
  if (saved !== null || window.location.hash.length > 1 || foreign) root.classList.add('cuc-restoring');
  // If the app never takes the page over (its download failed, the browser is too old), say so
  // instead of a placeholder that waits forever or buttons that do nothing.
  window.setTimeout(function () {
    if (!root.hasAttribute('data-app-ready')) {
      root.classList.remove('cuc-restoring');
      root.classList.add('cuc-failed');
    }
  }, 20000);
})();
