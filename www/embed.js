// The iframe embed page: options from the query string, and the page's height posted to
// the parent ({ source: "ipo-lens", type: "height", height }) whenever it changes, so the
// snippet's embed-resize.js can fit the iframe to it (growing and shrinking).
const params = new URLSearchParams(location.search);
const el = document.querySelector('ipo-lens');
for (const name of ['view', 'lang', 'metric', 'currency', 'fx', 'lot', 'scale', 'src']) {
  const v = params.get(name);
  if (v) el.setAttribute(name, v);
}
const view = /^[a-z-]+$/.test(params.get('view') ?? '') ? params.get('view') : 'listing-day';
// The static picture shown until the widget is ready exists in the three languages the
// widget draws (static/<view>.<zh|zh-Hant|en>.svg); the widget itself reads any tag.
const asked = params.get('lang') ?? '';
const lang = ['zh', 'zh-Hant', 'en'].find((t) => t.toLowerCase() === asked.toLowerCase()) ?? (/^en\b/i.test(asked) ? 'en' : 'zh');
document.documentElement.lang = lang;
const img = el.querySelector('img[slot="fallback"]');
// the static picture is the built-in story's: an embed of its own data (src) shows the
// loading state instead, and its own error if the data fails, never another story
if (img && params.get('src')) img.remove();
else if (img) {
  img.src = `static/${view}.${lang}.svg`;
  img.alt = { zh: '图表(静态版)', 'zh-Hant': '圖表(靜態版)', en: 'Chart (static version)' }[lang];
}

let last = 0;
function post() {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === last || parent === window) return;
  last = height;
  parent.postMessage({ source: 'ipo-lens', type: 'height', height }, '*');
}
new ResizeObserver(post).observe(document.body);
el.addEventListener('ipo-lens-ready', post);
