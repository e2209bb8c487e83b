// The demo page's language switch: sets `lang` on the page and on every <ipo-lens>.
const buttons = document.querySelectorAll('.langs button');
function setLang(lang) {
  document.documentElement.lang = lang;
  for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  for (const e of document.querySelectorAll(`[data-${lang}]`)) e.textContent = e.dataset[lang];
  for (const w of document.querySelectorAll('ipo-lens')) w.setAttribute('lang', lang);
  const frame = document.getElementById('embed');
  if (frame) frame.src = `embed.html?view=financials&lang=${lang}`;
}
for (const b of buttons) b.addEventListener('click', () => setLang(b.dataset.lang));
const wanted = new URLSearchParams(location.search).get('lang');
if (wanted === 'en' || wanted === 'zh') setLang(wanted);
