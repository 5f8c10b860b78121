// Runs before the first paint. The page arrives with the default quote pre-rendered; an owner
// with a saved configuration, or opening a share link, must not take it for theirs, so its
// figures stay hidden (class cuc-restoring, static/style.css) until the app has rendered their
// own and removes the class. Must match SAVED_KEY and RESTORING in src/ui/browser.rs.
(function () {
  var root = document.documentElement;
  var saved = null;
  try { saved = window.localStorage.getItem('su7-upgrade-configurator.draft'); } catch (e) { /* storage off */ }
  if (saved !== null || window.location.hash.length > 1) root.classList.add('cuc-restoring');
  // If the app never takes the page over (its download failed, the browser is too old), say so
  // instead of a placeholder that waits forever or buttons that do nothing.
  window.setTimeout(function () {
    if (!root.hasAttribute('data-app-ready')) {
      root.classList.remove('cuc-restoring');
      root.classList.add('cuc-failed');
    }
  }, 20000);
})();
