// ipo-lens iframe auto-height, for the page that embeds ipo-lens in an <iframe>.
// Include once per page (an external script: CMSs strip inline ones). It listens for
// { source: "ipo-lens", type: "height", height } from ipo-lens iframes and sets the
// height of the iframe that sent it. Without it the iframe keeps its height attribute.
(function () {
  if (window.__ipoLensResize) return;
  window.__ipoLensResize = true;
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.source !== 'ipo-lens' || d.type !== 'height') return;
    var h = Number(d.height);
    if (!isFinite(h) || h < 50 || h > 20000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) {
        frames[i].style.height = Math.ceil(h) + 'px';
        return;
      }
    }
  });
})();
