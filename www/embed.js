// The iframe embed page: options from the query string, and the page's height posted to
// the parent ({ source: "ipo-lens", type: "height", height }) whenever it changes, so the
// snippet's embed-resize.js can fit the iframe to it (growing and shrinking).
//
// The query string is anyone's to write: a value the widget does not take would come back
// in its alert, on the publisher's page. So each parameter is checked here first; a bad
// one is left out and named in a fixed sentence, never quoted.
const params = new URLSearchParams(location.search);
const el = document.querySelector('ipo-lens');
// the package's registry (src/web/ipo-lens.d.ts; tests/browser/embed.test.mjs compares them)
const VIEWS = ['listing-day', 'demand', 'valuation', 'financials', 'chips', 'market', 'customers', 'specs', 'company', 'fact-check', 'price-path'];
const METRICS = [
  'first-day-high', 'first-day-close', 'later-high', 'latest', 'lot-profit', 'first-day', 'subscription', 'proceeds', 'caps',
  'revenue', 'loss', 'rnd', 'cumulative', 'net-profit', 'operating-profit', 'gross-profit', 'ebitda', 'units', 'size', 'shares',
  'top5', 'int8', 'profile', 'milestones', 'team', 'ownership', 'all', 'prices',
];
const LANGS = ['zh', 'zh-Hans', 'zh-CN', 'zh-SG', 'zh-Hant', 'zh-HK', 'zh-TW', 'zh-MO', 'zh-Hant-HK', 'zh-Hant-TW', 'en'];
const NUMBER = /^[0-9]{1,9}(\.[0-9]{1,9})?$/;
const TAKES = {
  view: (v) => VIEWS.includes(v),
  lang: (v) => LANGS.some((l) => l.toLowerCase() === v.toLowerCase()) || /^en(-[A-Za-z0-9]{1,8}){1,3}$/i.test(v),
  metric: (v) => METRICS.includes(v),
  currency: (v) => /^(native|[A-Za-z]{3})$/i.test(v),
  fx: (v) => NUMBER.test(v),
  lot: (v) => NUMBER.test(v),
  scale: (v) => v === 'linear' || v === 'log',
  // a data file beside the page: a relative path of plain characters, ending in .json
  src: (v) => /^[A-Za-z0-9_][A-Za-z0-9_./-]{0,199}\.json$/.test(v) && !v.includes('..') && !v.includes('//'),
};
const bad = [];
for (const [name, takes] of Object.entries(TAKES)) {
  const v = params.get(name);
  if (!v) continue;
  if (takes(v)) el.setAttribute(name, v);
  else bad.push(name);
}
const view = el.getAttribute('view') ?? 'listing-day';
// The static picture shown until the widget is ready exists in the three languages the
// widget draws (static/<view>.<zh|zh-Hant|en>.svg); the widget itself reads any tag.
const asked = params.get('lang') ?? '';
const lang = ['zh', 'zh-Hant', 'en'].find((t) => t.toLowerCase() === asked.toLowerCase()) ?? (/^en\b/i.test(asked) ? 'en' : 'zh');
document.documentElement.lang = lang;
const picture = el.querySelector('[slot="fallback"]');
// the static picture is the built-in story's: an embed of its own data (src) shows the
// loading state instead, and its own error if the data fails, never another story
if (picture && params.get('src')) picture.remove();
else if (picture) {
  // the phone's (360 px) and the 640 px one, each with its hit boxes: a tap on a bar is
  // answered before the wasm arrives, from the boxes of the picture shown
  const source = picture.querySelector('source');
  source.srcset = `static/${view}.${lang}.360.svg`;
  source.setAttribute('data-marks', `static/${view}.${lang}.360.marks.json`);
  const img = picture.querySelector('img');
  img.src = `static/${view}.${lang}.svg`;
  img.setAttribute('data-marks', `static/${view}.${lang}.marks.json`);
  img.alt = { zh: '图表(静态版)', 'zh-Hant': '圖表(靜態版)', en: 'Chart (static version)' }[lang];
}

if (bad.length) {
  const says = {
    zh: (n) => `嵌入地址中的参数 ${n} 不是本页可用的值，已忽略。`,
    'zh-Hant': (n) => `嵌入地址中的參數 ${n} 不是本頁可用的值，已忽略。`,
    en: (n) => `The embed address has a ${n} parameter this page cannot use; it was ignored.`,
  }[lang];
  const box = document.createElement('p');
  box.className = 'embed-alert';
  box.setAttribute('role', 'alert');
  box.textContent = bad.map(says).join(' ');
  el.before(box);
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
