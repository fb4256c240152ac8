// The page shell in index.html carries the default story's title and summary, so the first text
// paints before the app's JavaScript arrives. It starts hidden and is shown here, in a classic
// script from our own origin (no inline script: the page's Content-Security-Policy forbids it),
// only when the address asks for that story: another story's reader never sees the wrong title.
(function () {
  var shell = document.querySelector('[data-boot-story]');
  if (!shell) return;
  var wanted;
  try {
    wanted = new URLSearchParams(window.location.search).get('story');
  } catch {
    return;
  }
  if (wanted === null || wanted.trim().toLowerCase() === shell.getAttribute('data-boot-story')) shell.hidden = false;
})();
