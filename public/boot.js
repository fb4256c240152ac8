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
    return;
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
  if (wanted === null || wanted.trim().toLowerCase() === shell.getAttribute('data-boot-story')) {
    shell.hidden = false;
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ur' ? 'rtl' : 'ltr';
  }
})();
