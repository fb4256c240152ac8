// The page shell in index.html carries the default story's title and summary, in English and in
// Urdu, so the first text paints before the app's JavaScript arrives. Both start hidden; this shows
// the one in the reader's language (the address's `lang`, else their last choice here, else the
// browser's, as the app itself decides, see src/app/initialLang.ts), in a classic script from our own
// origin (no inline script: the page's Content-Security-Policy forbids it), and only when the address
// asks for that story: another story's reader never sees the wrong title.
(function () {
  var params;
  try {
    params = new URLSearchParams(window.location.search);
  } catch {
    params = new URLSearchParams();
  }
  var wanted = params.get('story');
  var asked = params.get('lang');
  var lang;
  if (asked !== null) {
    // A `lang` we do not speak opens the page in English, with a notice (as the app does).
    lang = asked.trim().toLowerCase() === 'ur' ? 'ur' : 'en';
  } else {
    try {
      lang = window.localStorage.getItem('urdu-story-map:lang') || '';
    } catch {
      // Storage blocked (a sandboxed or third-party frame): the browser's language decides.
      lang = '';
    }
  }
  if (lang !== 'en' && lang !== 'ur') {
    lang = 'en';
    var languages = navigator.languages || [];
    for (var i = 0; i < languages.length; i++) {
      var primary = String(languages[i]).split('-')[0].toLowerCase();
      if (primary === 'ur' || primary === 'en') {
        lang = primary;
        break;
      }
    }
  }
  var shell = document.querySelector('[data-boot-lang="' + lang + '"]');
  if (!shell) return;
  // In a frame sandboxed without allow-same-origin the page's origin is opaque ("null"): the app's
  // module scripts, its worker and its data cannot load there, and the page would wait for ever.
  // It says so instead, with what the embedding page must add (whatever story the address asks for).
  var sandboxed = window.origin === 'null';
  if (sandboxed || wanted === null || wanted.trim().toLowerCase() === shell.getAttribute('data-boot-story')) {
    shell.hidden = false;
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ur' ? 'rtl' : 'ltr';
  }
  if (sandboxed) {
    var note = shell.querySelector('.boot-sandboxed');
    var loading = shell.querySelector('.boot-loading');
    if (note) note.hidden = false;
    if (loading) loading.hidden = true;
  }
})();
