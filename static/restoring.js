// Runs before the first paint. The page arrives with the default quote pre-rendered; an owner
// with a saved configuration, or opening a share link, must not take it for theirs, so its
// figures stay hidden (class cuc-restoring, static/style.css) until the app has rendered their
// own and removes the class. Must match SAVED_KEY in src/ui/browser.rs.
(function () {
  var saved = null;
  try { saved = window.localStorage.getItem('su7-upgrade-configurator.draft'); } catch (e) { /* storage off */ }
  if (saved !== null || window.location.hash.length > 1) {
    document.documentElement.classList.add('cuc-restoring');
  }
})();
