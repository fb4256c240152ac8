// The example publisher's page (embed-example.html): sends the map the commands its buttons hold, and
// lists the events the map posts back. A real page would use its own origin check the same way.
(function () {
  'use strict';
  var frame = document.querySelector('iframe[data-urdu-story-map]');
  var log = document.getElementById('log');
  var target = new URL(frame.src, window.location.href).origin;

  document.querySelectorAll('button[data-command]').forEach(function (button) {
    button.addEventListener('click', function () {
      var command = JSON.parse(button.getAttribute('data-command'));
      command.app = 'urdu-story-map';
      frame.contentWindow.postMessage(command, target);
    });
  });

  window.addEventListener('message', function (event) {
    // Only the map's own window, from the map's origin, and only this app's messages.
    if (event.source !== frame.contentWindow || event.origin !== target) return;
    var data = event.data;
    if (!data || data.app !== 'urdu-story-map') return;
    // textContent, never innerHTML: what arrives is shown, not run.
    log.textContent += JSON.stringify(data) + '\n';
    log.scrollTop = log.scrollHeight;
  });
})();
