// The demo page's language switch: sets `lang` on the page and on every <ipo-lens>.
const buttons = document.querySelectorAll('.langs button');
const key = { zh: 'zh', 'zh-Hant': 'zhHant', en: 'en' };
function setLang(lang) {
  document.documentElement.lang = lang;
  for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  for (const e of document.querySelectorAll('[data-zh]')) e.textContent = e.dataset[key[lang]] ?? e.dataset.zh;
  for (const w of document.querySelectorAll('ipo-lens')) w.setAttribute('lang', lang);
  const frame = document.getElementById('embed');
  if (frame) frame.src = `embed.html?view=financials&lang=${lang}`;
}
for (const b of buttons) b.addEventListener('click', () => setLang(b.dataset.lang));
const wanted = new URLSearchParams(location.search).get('lang');
if (wanted in key) setLang(wanted);
