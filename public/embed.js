// Urdu story map: the host page's script. Add it once to a page that embeds the map:
//   <iframe data-urdu-story-map src="https://…/?embed=1&height=520" title="…" …></iframe>
//   <script src="https://…/embed.js" async></script>
// It sizes every such iframe to the height the map posts (the AMP convention,
// {sentinel: "amp", type: "embed-size", height}): one height per width, which the map never grows
// with its content, so the page's text below it stays put. It accepts a message only from that
// iframe's own window and origin. Loaded after the map (async, or added later), it says so
// ({sentinel: "amp", type: "frames-init"}) and the map posts its height again. No dependencies,
// nothing evaluated, nothing inserted into the page.
(function () {
  'use strict';
  if (window.urduStoryMapEmbed) return;
  window.urduStoryMapEmbed = true;
  var MAX_HEIGHT = 20000;

  function originOf(frame) {
    try {
      return new URL(frame.src, window.location.href).origin;
    } catch {
      return null;
    }
  }

  function frameOf(event) {
    var frames = document.querySelectorAll('iframe[data-urdu-story-map]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      return originOf(frame) === event.origin ? frame : null;
    }
    return null;
  }

  // Asks a frame for its height, at its own origin only.
  function hello(frame) {
    var origin = originOf(frame);
    if (!origin || origin === 'null' || !frame.contentWindow) return;
    try {
      frame.contentWindow.postMessage({ sentinel: 'amp', type: 'frames-init' }, origin);
    } catch {
      // A frame still loading another page: its own load says hello again.
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (data === null || typeof data !== 'object' || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
    var frame = frameOf(event);
    if (frame) frame.style.height = Math.ceil(height) + 'px';
  });

  // The frames already there (a map that loaded before this script did), and each one that loads later.
  var frames = document.querySelectorAll('iframe[data-urdu-story-map]');
  for (var i = 0; i < frames.length; i++) hello(frames[i]);
  document.addEventListener(
    'load',
    function (event) {
      var target = event.target;
      if (target && target.tagName === 'IFRAME' && target.hasAttribute('data-urdu-story-map')) hello(target);
    },
    true,
  );
})();
