/*
 * Breakeven embed helper: resizes <iframe data-breakeven-embed> frames to their content. It listens only to
 * messages from the origin this script was loaded from, with the exact shape the embed page sends
 * ({ type: 'breakeven:embed-height', height: <pixels> }), and only for frames that origin serves.
 * It sends nothing and reads nothing else. Source: src/lib/tool-kit/embed.ts describes the message.
 */
(function () {
  var script = document.currentScript;
  if (!script || window.__breakevenEmbed) return;
  window.__breakevenEmbed = true;
  var origin = new URL(script.src, location.href).origin;
  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'breakeven:embed-height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0 || height > 50000) return;
    var frames = document.querySelectorAll('iframe[data-breakeven-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow === event.source && new URL(frame.src, location.href).origin === origin) {
        frame.style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });
})();
