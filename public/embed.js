// Urdu story map: the host page's script. Add it once to a page that embeds the map:
//   <iframe data-urdu-story-map src="https://…/?embed=1" title="…" …></iframe>
//   <script src="https://…/embed.js" async></script>
// It sizes every such iframe to the height its content posts (the AMP convention,
// {sentinel: "amp", type: "embed-size", height}), and accepts a message only from that iframe's own
// window and origin. No dependencies, nothing evaluated, nothing inserted into the page.
(function () {
  'use strict';
  if (window.urduStoryMapEmbed) return;
  window.urduStoryMapEmbed = true;
  var MAX_HEIGHT = 20000;

  function frameOf(event) {
    var frames = document.querySelectorAll('iframe[data-urdu-story-map]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, window.location.href).origin;
      } catch {
        return null;
      }
      return origin === event.origin ? frame : null;
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (data === null || typeof data !== 'object' || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
    var frame = frameOf(event);
    if (frame) frame.style.height = Math.ceil(height) + 'px';
  });
})();
