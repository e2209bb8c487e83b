// The studio: from an article's text to a checked, published dataset, in the browser.
// It calls the checker build of the package (pkg/ipo_lens_cli.js: studioExtract,
// studioEntities, studioMetrics, studioBuild, studioDiscover, Lens, checkReport; the
// contract is /work/notes/contract-12.md) and shows the result in the widget itself
// (pkg/ipo-lens.js). Text enters the DOM only through textContent / setAttribute and
// styles only through studio.css, so the page runs under the same strict CSP as the rest
// of www/ (script-src 'self' 'wasm-unsafe-eval'; style-src 'self').
//
// The studio's own words live in the table WORDS below (zh, en) for now; the widget's and
// the checker's words come from the core (src/i18n).
import init, * as core from './pkg/ipo_lens_cli.js';

// ---------------------------------------------------------------------------------------
// Words

const WORDS = {
  zh: {
    skip: '跳到数字表', title: '图表工作室', toolbar: '工作室', undo: '撤销', exportDraft: '导出草稿', importDraft: '导入草稿',
    openDataset: '打开数据集 JSON', newDraft: '新草稿', hArticle: '文章与报道', text: '粘贴文章全文（中文或英文）', find: '找出数字',
    story: '报道', storyId: '报道 id', titleZh: '标题（简体）', titleHant: '标题（繁體）', titleEn: '标题（英文）', source: '来源',
    sourceTitle: '来源标题', publisher: '发布者', url: '网址（可不填）', language: '原文语言',
    hEntities: '主体与上市', entitiesHelp: '文章反复出现的名称作为主体提出：请确认、改名或添加。“重点”的主体是图表的主角。',
    colId: 'id', colKind: '类型', colNameZh: '名称（简体）', colNameHant: '名称（繁體）', colNameEn: '名称（英文）', colFocus: '重点', colCount: '出现次数',
    addEntity: '添加主体', hListings: '上市', addListing: '添加上市', removeListing: '删除这条上市',
    company: '公司', exchangeZh: '交易所（中文）', exchangeEn: '交易所（英文）', currency: '交易货币', date: '上市日期', dateSentence: '写明日期的句子',
    noSentence: '（不引用）',
    hNumbers: '逐个确认数字', numbersEmpty: '粘贴文章并点“找出数字”。',
    othersHelp: '日期、期间、序号和名称中的数字：默认不用，但都保留在这里，需要时勾选“使用”。',
    others: (n) => `其他数字（${n} 个：日期、期间、序号、名称）`,
    colUse: '使用', colNumber: '数字', colSentence: '原句', colEntity: '主体', colMetric: '指标', colPeriod: '期间', colProblems: '问题', colKey: '细分', keyHint: '可不填：分部、股东……',
    choose: '— 请选择 —', otherUnits: '其他单位的指标', why: (w) => `依据：「${w}」`, noGuess: '没有猜测',
    periodBad: (p) => `“${p}”不是期间代码（例：FY2024、H1-2025、2026-01-02、writing、undated）`,
    found: (f, o) => `找到 ${f} 个数值、${o} 个其他数字`,
    problems: (n) => `${n} 个问题`, ready: '可以发布：没有错误', warnings: (n) => `${n} 个提醒`, notBuilt: '还没有数据集',
    used: (u, n) => `使用 ${u} / ${n} 个数字`,
    hRelations: '自动发现的推算关系',
    relationsHelp: '工作室在数字之间找出的关系（涨幅、比例、占比、合计、复合增长率……）及其结论，请逐条接受或拒绝。标着“导出后照样核对”的关系，npx ipo-lens check 单凭导出 JSON 里的指标就会再算一遍；其余的关系，数据集格式没有地方记录，接受后只作为备注留在草稿里，不写进导出的 JSON。',
    rechecked: '导出后照样核对', draftOnly: '只留在草稿里',
    decided: (a, r, n, k) => `已接受 ${a} 条、拒绝 ${r} 条、未决定 ${n - a - r} 条；接受的关系中有 ${k} 条导出后照样核对`,
    paren: (x) => `（${x}）`,
    noRelations: '没有找到关系。', accept: '接受', reject: '拒绝', verdict: { consistent: '一致', consistent_if_truncated: '截断后一致', inconsistent: '矛盾' },
    stated: '文中', recomputed: '重算',
    hPreview: '预览', previewView: '视图', previewLang: '图表语言', phone: '手机 360 px', desktop: '桌面 960 px',
    previewStale: '数据集有错误：预览显示上一个有效版本。', previewWait: '数据集没有错误时，这里显示图表。', viewsFailed: (l) => `组件列出但画不出的视图：${l.join('；')}`,
    relationsWait: '数据集没有错误后，才能在数字之间寻找关系。', previewNone: '数据集还没有可画的视图。',
    hPublish: '发布', hDataset: '数据集', fileName: '文件名', downloadJson: '下载数据集 JSON', hEmbed: '嵌入代码',
    baseUrl: 'ipo-lens 文件夹的网址', snippetElement: '组件代码（数据文件放在页面旁）', snippetIframe: 'iframe 代码', copy: '复制', copied: '已复制',
    embedHelp: '把数据集 JSON 放在页面旁（组件）或 embed.html 旁（iframe），文件名与上面一致。组件只读取同一网站的文件。',
    hStatic: '静态图与离线文件', makeStatic: '生成静态 SVG（每个视图 × 三种语言）', downloadAll: '全部下载',
    downloadOffline: '下载离线单文件', offlineMaking: '正在生成……', offlineDone: (n) => `已生成（${Math.round(n / 1024)} KB）`,
    offlineFailed: (m) => `无法在浏览器中生成：${m}。请用命令 npx ipo-lens offline story.json`,
    publishBad: (n) => `数据集还有 ${n} 个错误：可以下载，但组件会拒绝它。`, publishOk: '数据集没有错误。',
    footer: '全部在您的浏览器中完成，不上传任何内容。草稿自动保存在本浏览器里。',
    saved: '草稿已自动保存', restored: '已恢复上次的草稿', undone: '已撤销', nothingToUndo: '没有可撤销的操作',
    confirmNew: '清空当前草稿？（先导出草稿可以保留一份）', opened: (f, m) => `已打开：${f} 个数字对应到原句` + (m ? `，${m} 个对不上（保留在导出中，未在表内）` : ''),
    badFile: (m) => `无法读取这个文件：${m}`, noStudio: '这个版本的包没有工作室功能（studioExtract 等）：请在包含 issue 12 核心的分支上运行 make build。',
    bootFailed: (m) => `工作室无法启动：${m}`, kinds: { company: '公司', market: '市场', product: '产品', group: '群体', person: '人物' },
    newEntity: '新主体', remove: '删除', rowNotUsed: '不使用', extras: (n) => `打开的文件中另有 ${n} 项（事实、输入、序列或对不上的数字）原样保留在导出中。`,
    qualifiers: { exact: '', over: '超过', at_least: '至少', nearly: '接近', about: '约', up_to: '至多', range: '区间' },
    general: '不属于某一行的问题', textChanged: '文章在找出数字之后改过了：表格仍是旧文本的数字，请再点“找出数字”（已做的选择会保留）。', numberLabel: (a) => `数字 ${a}`,
  },
  en: {
    skip: 'Skip to the numbers', title: 'Chart studio', toolbar: 'Studio', undo: 'Undo', exportDraft: 'Export draft', importDraft: 'Import draft',
    openDataset: 'Open dataset JSON', newDraft: 'New draft', hArticle: 'Article and story', text: 'Paste the article’s full text (Chinese or English)', find: 'Find numbers',
    story: 'Story', storyId: 'Story id', titleZh: 'Title (Simplified)', titleHant: 'Title (Traditional)', titleEn: 'Title (English)', source: 'Source',
    sourceTitle: 'Source title', publisher: 'Publisher', url: 'URL (optional)', language: 'Language of the article',
    hEntities: 'Entities and listings', entitiesHelp: 'Names the article repeats, proposed as entities: confirm, rename or add. “Focus” entities are the charts’ protagonists.',
    colId: 'id', colKind: 'Kind', colNameZh: 'Name (Simplified)', colNameHant: 'Name (Traditional)', colNameEn: 'Name (English)', colFocus: 'Focus', colCount: 'Mentions',
    addEntity: 'Add entity', hListings: 'Listings', addListing: 'Add listing', removeListing: 'Remove this listing',
    company: 'Company', exchangeZh: 'Exchange (Chinese)', exchangeEn: 'Exchange (English)', currency: 'Trading currency', date: 'Listing date', dateSentence: 'Sentence giving the date',
    noSentence: '(no quote)',
    hNumbers: 'Assign the numbers', numbersEmpty: 'Paste an article and press “Find numbers”.',
    othersHelp: 'Numbers in dates, periods, ordinals and names: not used by default, but all kept here; tick “use” where one is a figure.',
    others: (n) => `Other numbers (${n}: dates, periods, ordinals, names)`,
    colUse: 'Use', colNumber: 'Number', colSentence: 'Sentence', colEntity: 'Entity', colMetric: 'Metric', colPeriod: 'Period', colProblems: 'Problems', colKey: 'Key', keyHint: 'optional: segment, holder…',
    choose: '— choose —', otherUnits: 'metrics of other units', why: (w) => `from “${w}”`, noGuess: 'no guess',
    periodBad: (p) => `“${p}” is not a period code (e.g. FY2024, H1-2025, 2026-01-02, writing, undated)`,
    found: (f, o) => `found ${f} figures and ${o} other numbers`,
    problems: (n) => (n === 1 ? '1 problem' : `${n} problems`), ready: 'ready: no errors', warnings: (n) => (n === 1 ? '1 warning' : `${n} warnings`), notBuilt: 'no dataset yet',
    used: (u, n) => `using ${u} of ${n} numbers`,
    hRelations: 'Derived figures the studio found',
    relationsHelp: 'Relations the studio found between the numbers (gains, ratios, shares, sums, growth rates…) with their verdicts: accept or reject each. Those marked “re-checked after export” are recomputed by npx ipo-lens check from the exported JSON on their metrics alone; the format has no place to record the others, so an accepted one is kept as a note in the draft, not in the exported JSON.',
    rechecked: 're-checked after export', draftOnly: 'kept in the draft only',
    decided: (a, r, n, k) => `${a} accepted, ${r} rejected, ${n - a - r} undecided; ${k} of the accepted are re-checked after export`,
    paren: (x) => ` (${x})`,
    noRelations: 'No relations found.', accept: 'Accept', reject: 'Reject', verdict: { consistent: 'consistent', consistent_if_truncated: 'consistent if truncated', inconsistent: 'contradiction' },
    stated: 'stated', recomputed: 'recomputed',
    hPreview: 'Preview', previewView: 'View', previewLang: 'Chart language', phone: 'Phone 360 px', desktop: 'Desktop 960 px',
    previewStale: 'The dataset has errors: the preview shows the last valid version.', previewWait: 'The charts show here once the dataset has no errors.', viewsFailed: (l) => `views the core lists but cannot draw: ${l.join('; ')}`,
    relationsWait: 'Relations between the numbers are searched once the dataset has no errors.', previewNone: 'The dataset fills no view yet.',
    hPublish: 'Publish', hDataset: 'Dataset', fileName: 'File name', downloadJson: 'Download dataset JSON', hEmbed: 'Embed code',
    baseUrl: 'URL of the ipo-lens folder', snippetElement: 'Element (the data file next to the page)', snippetIframe: 'iframe', copy: 'Copy', copied: 'Copied',
    embedHelp: 'Put the dataset JSON next to the page (element) or next to embed.html (iframe), under the file name above. The element reads files of its own site only.',
    hStatic: 'Static pictures and offline file', makeStatic: 'Make static SVGs (every view × three languages)', downloadAll: 'Download all',
    downloadOffline: 'Download the offline single file', offlineMaking: 'making…', offlineDone: (n) => `made (${Math.round(n / 1024)} KB)`,
    offlineFailed: (m) => `cannot be made in the browser: ${m}. Use npx ipo-lens offline story.json`,
    publishBad: (n) => `The dataset still has ${n === 1 ? '1 error' : `${n} errors`}: you can download it, but the widget will refuse it.`, publishOk: 'The dataset has no errors.',
    footer: 'Everything happens in your browser; nothing is uploaded. The draft saves itself in this browser.',
    saved: 'draft saved', restored: 'restored your last draft', undone: 'undone', nothingToUndo: 'nothing to undo',
    confirmNew: 'Clear the current draft? (Export it first to keep a copy.)', opened: (f, m) => `opened: ${f} numbers matched to their sentence` + (m ? `, ${m} not matched (kept in the export, not in the table)` : ''),
    badFile: (m) => `cannot read this file: ${m}`, noStudio: 'This build of the package has no studio exports (studioExtract …): run make build on a branch with issue 12’s core.',
    bootFailed: (m) => `the studio could not start: ${m}`, kinds: { company: 'company', market: 'market', product: 'product', group: 'group', person: 'person' },
    newEntity: 'new entity', remove: 'Remove', rowNotUsed: 'not used', extras: (n) => `The opened file has ${n} more items (facts, inputs, series or unmatched figures), kept as they are in the export.`,
    qualifiers: { exact: '', over: 'over', at_least: 'at least', nearly: 'nearly', about: 'about', up_to: 'up to', range: 'range' },
    general: 'problems not tied to one row', textChanged: 'the article changed after the numbers were found: the table still holds the old text’s numbers; press “Find numbers” again (your choices are kept).', numberLabel: (a) => `number ${a}`,
  },
};

const STORE = 'ipo-lens-studio/draft';
const UNDO_MAX = 20;
const LANGS = ['zh', 'zh-Hant', 'en'];
const KINDS = ['company', 'market', 'product', 'group', 'person'];
const PERIOD = /^(?:(?:FY\d{4}(?:-\d{2})?|[HQ][1-4]-\d{4}|9M-\d{4}|\d{1,2}M-\d{4}-\d{2}|\d{4}-\d{2}(?:-\d{2})?)(?:\.\.(?:FY\d{4}(?:-\d{2})?|[HQ][1-4]-\d{4}|9M-\d{4}|\d{1,2}M-\d{4}-\d{2}|\d{4}-\d{2}(?:-\d{2})?))?|writing|undated)$/;

// ---------------------------------------------------------------------------------------
// State: the whole draft, saved on every change

function emptyState(ui = 'zh') {
  return {
    v: 1, ui, text: '',
    story: { id: 'story', title: { zh: '', 'zh-Hant': '', en: '' } },
    focus: [],
    source: { id: 'article', title: '', publisher: '', url: '', language: 'zh' },
    entities: [], // {id, kind, name: {zh, zh-Hant, en}, count}
    listings: [], // {company, exchange: {zh, en}, currency, date, candidate}
    candidates: [], // studioExtract's answer, kept so that a reload needs no re-extraction
    extractedFrom: '', // the text the candidates were found in (their offsets point into it)
    rows: {}, // candidate id → {use, entity, metric, period, currency?, note?}
    relations: {}, // relation key → {decision: 'accepted'|'rejected', text}
    extras: null, // {facts, inputs, series, figures} of an opened dataset the table does not edit
    preview: { lang: 'zh', view: '' },
    fileName: 'story.json', baseUrl: 'https://example.org/ipo-lens/',
  };
}

let state = emptyState(navigator.language?.startsWith('zh') ? 'zh' : 'en');
let metrics = { zh: [], en: [] };
let built = null; // {json, problems, rowOf, errors, views}
let lens = null;
const undoStack = [];
let committed = '';
let burst = 0;

const $ = (id) => document.getElementById(id);
const w = () => WORDS[state.ui];
function h(tag, attrs = {}, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (v === true) e.setAttribute(k, '');
    else e.setAttribute(k, v);
  }
  e.append(...kids.flat().filter((k) => k !== null && k !== undefined && k !== false));
  return e;
}

function save() {
  try {
    localStorage.setItem(STORE, JSON.stringify(state));
    $('saved').textContent = w().saved;
  } catch (e) {
    $('saved').textContent = String(e?.message ?? e);
  }
}

/** Every change goes through here: saved at once, one undo step per burst of changes
 *  (300 ms quiet), then checked. */
function changed({ rerender = false } = {}) {
  if (!burst) {
    undoStack.push(committed);
    if (undoStack.length > UNDO_MAX) undoStack.shift();
  }
  clearTimeout(burst);
  burst = setTimeout(() => {
    burst = 0;
    committed = JSON.stringify(state);
  }, 300);
  $('undo').disabled = false;
  save();
  if (rerender) renderAll();
  scheduleCheck();
}

function undo() {
  if (burst) {
    clearTimeout(burst);
    burst = 0;
  }
  const prev = undoStack.pop();
  if (prev === undefined) {
    announce(w().nothingToUndo);
    return;
  }
  const focus = document.activeElement?.id;
  state = JSON.parse(prev);
  committed = prev;
  $('undo').disabled = undoStack.length === 0;
  save();
  renderAll();
  if (focus && $(focus)) $(focus).focus();
  announce(w().undone);
  scheduleCheck(0);
}

let lastAnnounced = '';
function announce(text) {
  if (text === lastAnnounced) return;
  lastAnnounced = text;
  $('live').textContent = text;
}

// ---------------------------------------------------------------------------------------
// Words on the page

function renderWords() {
  const words = w();
  document.documentElement.lang = state.ui;
  for (const e of document.querySelectorAll('[data-w]')) {
    const v = words[e.dataset.w];
    if (typeof v === 'string') e.textContent = v;
  }
  for (const e of document.querySelectorAll('[data-w-label]')) e.setAttribute('aria-label', words[e.dataset.wLabel]);
  for (const b of document.querySelectorAll('[data-ui]')) b.setAttribute('aria-pressed', String(b.dataset.ui === state.ui));
  document.title = `ipo-lens · ${words.title}`;
}

// ---------------------------------------------------------------------------------------
// Story fields

const FIELDS = [
  ['story-id', () => state.story.id, (v) => { state.story.id = v; }],
  ['title-zh', () => state.story.title.zh, (v) => { state.story.title.zh = v; }],
  ['title-hant', () => state.story.title['zh-Hant'], (v) => { state.story.title['zh-Hant'] = v; }],
  ['title-en', () => state.story.title.en, (v) => { state.story.title.en = v; }],
  ['source-title', () => state.source.title, (v) => { state.source.title = v; }],
  ['source-publisher', () => state.source.publisher, (v) => { state.source.publisher = v; }],
  ['source-url', () => state.source.url, (v) => { state.source.url = v; }],
  ['source-language', () => state.source.language, (v) => { state.source.language = v; }],
  ['text', () => state.text, (v) => { state.text = v; }],
  ['file-name', () => state.fileName, (v) => { state.fileName = v; }],
  ['base-url', () => state.baseUrl, (v) => { state.baseUrl = v; }],
];

function renderFields() {
  for (const [id, get] of FIELDS) $(id).value = get() ?? '';
}

// ---------------------------------------------------------------------------------------
// Entities and listings

function entityOptions(select, value, { kind = null, empty = true } = {}) {
  const opts = [];
  if (empty) opts.push(['', w().choose]);
  const names = state.entities.map(entityName);
  state.entities.forEach((e, i) => {
    if (kind && e.kind !== kind) return;
    // the name alone (the id is in the entities table); the id too where two share a name
    const twin = names.some((n, j) => j !== i && n === names[i]);
    opts.push([e.id, twin ? names[i] + w().paren(e.id) : names[i]]);
  });
  // a menu with as many options already (a name or id edited) is written over in place:
  // new option elements in every row's menu would have the whole page laid out again
  const have = select.options;
  if (have.length === opts.length) {
    opts.forEach(([v, text], i) => {
      if (have[i].value !== v) have[i].value = v;
      if (have[i].text !== text) have[i].text = text;
    });
  } else select.replaceChildren(...opts.map(([v, text]) => h('option', { value: v, text })));
  select.value = value ?? '';
  if (select.value !== (value ?? '') && value) {
    // a row names an entity the list no longer has: keep it visible, not silently changed
    select.append(h('option', { value, text: `${value} ?` }));
    select.value = value;
  }
}

function entityName(e) {
  return (state.ui === 'en' ? e.name.en || e.name.zh || e.name['zh-Hant'] : e.name.zh || e.name['zh-Hant'] || e.name.en) || e.id;
}

function renderEntities() {
  const words = w();
  const body = $('entities').tBodies[0];
  body.replaceChildren(...state.entities.map((e, i) => {
    const input = (field, get, set, attrs = {}) => h('input', {
      id: `ent-${i}-${field}`, value: get() ?? '', autocomplete: 'off', 'aria-label': `${attrs.label} ${e.id}`, lang: attrs.lang,
      onchange: (ev) => {
        const shown = menus();
        set(ev.target.value.trim());
        changed();
        if (menus() !== shown) refreshEntitySelects();
      },
    });
    const kind = h('select', { id: `ent-${i}-kind`, 'aria-label': `${words.colKind} ${e.id}`,
      onchange: (ev) => { e.kind = ev.target.value; changed(); refreshEntitySelects(); } },
    KINDS.map((k) => h('option', { value: k, text: words.kinds[k] })));
    kind.value = e.kind;
    const focus = h('input', { type: 'checkbox', id: `ent-${i}-focus`, 'aria-label': `${words.colFocus} ${e.id}`,
      onchange: (ev) => {
        state.focus = ev.target.checked ? [...new Set([...state.focus, e.id])] : state.focus.filter((f) => f !== e.id);
        changed();
      } });
    focus.checked = state.focus.includes(e.id);
    return h('tr', {},
      h('td', { 'data-label': words.colId }, input('id', () => e.id, (v) => renameEntity(e, v), { label: words.colId })),
      h('td', { 'data-label': words.colKind }, kind),
      h('td', { 'data-label': words.colNameZh }, input('zh', () => e.name.zh, (v) => { e.name.zh = v; }, { label: words.colNameZh, lang: 'zh-Hans' })),
      h('td', { 'data-label': words.colNameHant }, input('hant', () => e.name['zh-Hant'], (v) => { e.name['zh-Hant'] = v; }, { label: words.colNameHant, lang: 'zh-Hant' })),
      h('td', { 'data-label': words.colNameEn }, input('en', () => e.name.en, (v) => { e.name.en = v; }, { label: words.colNameEn, lang: 'en' })),
      h('td', { 'data-label': words.colFocus }, focus),
      h('td', { 'data-label': words.colCount, class: 'num', text: e.count ? String(e.count) : '' }));
  }));
}

/** A new id for an entity: every row, listing and focus naming the old one follows. */
function renameEntity(e, id) {
  const old = e.id;
  if (!id || id === old) return;
  let unique = id;
  for (let n = 2; state.entities.some((x) => x !== e && x.id === unique); n++) unique = `${id}_${n}`;
  e.id = unique;
  for (const r of Object.values(state.rows)) if (r.entity === old) r.entity = unique;
  for (const l of state.listings) if (l.company === old) l.company = unique;
  state.focus = state.focus.map((f) => (f === old ? unique : f));
  renderEntities();
}

/** What the entity menus show (each entity's id, kind and name as written in them): an
 *  edit that leaves it as it was (a name in another language) leaves the menus alone. */
const menus = () => JSON.stringify(state.entities.map((e) => [e.id, e.kind, entityName(e)]));

function refreshEntitySelects() {
  for (const s of document.querySelectorAll('select[data-entity]')) entityOptions(s, state.rows[s.dataset.entity]?.entity);
  state.listings.forEach((l, i) => entityOptions($(`lst-${i}-company`), l.company, { kind: 'company' }));
}

function renderListings() {
  const words = w();
  const dates = state.candidates.filter((c) => c.role === 'date' || c.role === 'period');
  $('listings').replaceChildren(...state.listings.map((l, i) => {
    const set = (k) => (ev) => { l[k] = ev.target.value.trim(); changed(); };
    const company = h('select', { id: `lst-${i}-company`, onchange: set('company') });
    entityOptions(company, l.company, { kind: 'company' });
    const sentence = h('select', { id: `lst-${i}-candidate`, onchange: set('candidate') },
      h('option', { value: '', text: words.noSentence }),
      dates.map((c) => h('option', { value: c.id, text: `${c.asWritten} · ${clip(c.sentence, c, 14)}` })));
    sentence.value = l.candidate ?? '';
    const field = (k, label, input) => h('label', {}, h('span', { text: label }), input);
    const text = (k, get, setter, attrs = {}) => h('input', { id: `lst-${i}-${k}`, value: get() ?? '', autocomplete: 'off', ...attrs,
      onchange: (ev) => { setter(ev.target.value.trim()); changed(); } });
    return h('fieldset', { class: 'listing' },
      h('legend', { text: `${words.hListings} ${i + 1}` }),
      field('company', words.company, company),
      field('exz', words.exchangeZh, text('exz', () => l.exchange.zh, (v) => { l.exchange.zh = v; }, { lang: 'zh' })),
      field('exe', words.exchangeEn, text('exe', () => l.exchange.en, (v) => { l.exchange.en = v; }, { lang: 'en' })),
      field('cur', words.currency, text('currency', () => l.currency, (v) => { l.currency = v.toUpperCase(); }, { size: 5, placeholder: 'HKD' })),
      field('date', words.date, text('date', () => l.date, (v) => { l.date = v; }, { placeholder: '2026-01-02' })),
      field('sentence', words.dateSentence, sentence),
      h('ul', { id: `lst-${i}-problems`, class: 'problems' }),
      h('button', { type: 'button', class: 'quiet', text: words.removeListing, onclick: () => { state.listings.splice(i, 1); changed({ rerender: true }); } }));
  }));
}

// ---------------------------------------------------------------------------------------
// The numbers table

/** The sentence around a candidate, at most `room` characters each side of it. */
function clip(sentence, c, room = 40) {
  const [a, b] = span(sentence, c);
  const pre = sentence.slice(Math.max(0, a - room), a);
  const post = sentence.slice(b, b + room);
  return `${a > room ? '…' : ''}${pre}${sentence.slice(a, b)}${post}${b + room < sentence.length ? '…' : ''}`;
}

/** Where the candidate's number stands in its sentence (UTF-16 offsets). */
function span(sentence, c) {
  const at = (state.extractedFrom ?? state.text).lastIndexOf(sentence, c.start);
  if (at >= 0 && c.end <= at + sentence.length) return [c.start - at, c.end - at];
  const i = sentence.indexOf(c.asWritten);
  return i >= 0 ? [i, i + c.asWritten.length] : [0, 0];
}

function sentenceCell(c) {
  const s = c.sentence;
  const [a, b] = span(s, c);
  const room = 48;
  const from = Math.max(0, a - room);
  const to = Math.min(s.length, b + room);
  return h('span', { class: 'sentence' },
    from > 0 ? '…' : '', s.slice(from, a), h('mark', { text: s.slice(a, b) }), s.slice(b, to), to < s.length ? '…' : '');
}

function valueText(c) {
  const words = w();
  const q = words.qualifiers[c.qualifier] ?? c.qualifier;
  const n = (v) => v.toLocaleString(state.ui === 'en' ? 'en' : 'zh', { maximumFractionDigits: 6 });
  const v = c.valueHigh !== undefined && c.valueHigh !== null ? `${n(c.value)}–${n(c.valueHigh)}` : n(c.value);
  return [q, v, c.currency ?? '', c.unit ? `· ${c.unit}` : ''].filter(Boolean).join(' ');
}

function metricSelect(c, row) {
  const list = metrics[state.ui] ?? [];
  const same = list.filter((m) => !c.unit || m.unit === c.unit);
  const rest = c.unit ? list.filter((m) => m.unit !== c.unit) : [];
  const sel = h('select', { id: `metric-${c.id}`, 'data-metric': c.id, 'aria-labelledby': `col-metric ${c.id}-num`, 'aria-describedby': `${c.id}-why ${c.id}-problems` },
    h('option', { value: '', text: w().choose }),
    same.map((m) => h('option', { value: m.name, text: `${m.label} · ${m.name}` })),
    rest.length ? h('optgroup', { label: w().otherUnits }, rest.map((m) => h('option', { value: m.name, text: `${m.label} · ${m.name}${w().paren(m.unit)}` }))) : null);
  sel.value = row.metric ?? '';
  if (row.metric && sel.value !== row.metric) {
    sel.append(h('option', { value: row.metric, text: `${row.metric} ?` }));
    sel.value = row.metric;
  }
  return sel;
}

function numberRow(c) {
  const words = w();
  const row = state.rows[c.id];
  const use = h('input', { type: 'checkbox', id: `use-${c.id}`, 'data-use': c.id, 'aria-labelledby': `col-use ${c.id}-num` });
  use.checked = !!row.use;
  const entity = h('select', { id: `entity-${c.id}`, 'data-entity': c.id, 'aria-labelledby': `col-entity ${c.id}-num`, 'aria-describedby': `${c.id}-problems` });
  entityOptions(entity, row.entity);
  const period = h('input', { id: `period-${c.id}`, 'data-period': c.id, value: row.period ?? '', autocomplete: 'off', spellcheck: 'false', size: 12, list: 'period-codes',
    'aria-labelledby': `col-period ${c.id}-num`, 'aria-describedby': `${c.id}-period-msg ${c.id}-problems` });
  const why = c.guess?.why ? words.why(c.guess.why) : words.noGuess;
  return h('tr', { id: `row-${c.id}`, 'data-row': c.id, class: row.use ? 'used' : 'unused' },
    h('td', { class: 'use', 'data-label': words.colUse }, use),
    h('th', { scope: 'row', class: 'number', 'data-label': words.colNumber },
      h('span', { id: `${c.id}-num`, class: 'as-written', text: c.asWritten, 'aria-label': words.numberLabel(c.asWritten) }),
      h('span', { class: 'value', text: valueText(c) })),
    h('td', { class: 'sentence-cell', 'data-label': words.colSentence }, sentenceCell(c)),
    h('td', { 'data-label': words.colEntity }, entity),
    h('td', { 'data-label': words.colMetric }, metricSelect(c, row), h('small', { id: `${c.id}-why`, class: 'why', text: why }),
      // the key tells apart two figures of one entity, metric and period (a segment, a holder)
      h('label', { class: 'key' }, h('span', { id: `${c.id}-keylbl`, text: words.colKey }),
        h('input', { id: `key-${c.id}`, 'data-key': c.id, value: row.key ?? '', autocomplete: 'off', spellcheck: 'false', placeholder: words.keyHint,
          'aria-labelledby': `${c.id}-keylbl ${c.id}-num`, 'aria-describedby': `${c.id}-problems` }))),
    h('td', { 'data-label': words.colPeriod }, period, h('small', { id: `${c.id}-period-msg`, class: 'bad', 'aria-live': 'off' })),
    h('td', { class: 'problems-cell', 'data-label': words.colProblems }, h('ul', { id: `${c.id}-problems`, class: 'problems' })));
}

function numberTable(cands, id) {
  const words = w();
  const head = [['use', words.colUse], ['number', words.colNumber], ['sentence', words.colSentence], ['entity', words.colEntity],
    ['metric', words.colMetric], ['period', words.colPeriod], ['problems', words.colProblems]];
  return h('div', { class: 'scroll' }, h('table', { class: 'numbers', id },
    h('thead', {}, h('tr', {}, head.map(([k, t]) => h('th', { scope: 'col', id: id === 'figures-table' ? `col-${k}` : null, text: t })))),
    h('tbody', {}, cands.map(numberRow))));
}

function renderNumbers() {
  const figures = state.candidates.filter((c) => c.role === 'figure');
  const others = state.candidates.filter((c) => c.role !== 'figure');
  const box = $('numbers');
  if (!state.candidates.length) {
    box.replaceChildren(h('p', { class: 'muted', text: w().numbersEmpty }));
    $('others-box').hidden = true;
    return;
  }
  // the period codes of the text, and the two a sentence without a date may need
  const codes = [...new Set([...state.candidates.map((c) => c.period).filter(Boolean), 'writing', 'undated'])];
  box.replaceChildren(h('datalist', { id: 'period-codes' }, codes.map((p) => h('option', { value: p }))), numberTable(figures, 'figures-table'));
  $('others-box').hidden = others.length === 0;
  $('others-summary').textContent = w().others(others.length);
  $('others').replaceChildren(numberTable(others, 'others-table'));
  for (const c of state.candidates) checkPeriodInput(c.id);
}

function checkPeriodInput(id) {
  const input = $(`period-${id}`);
  const msg = $(`${id}-period-msg`);
  if (!input || !msg) return;
  const v = input.value.trim();
  const bad = v !== '' && !PERIOD.test(v);
  input.setAttribute('aria-invalid', String(bad));
  msg.textContent = bad ? w().periodBad(v) : '';
}

/** One listener for every control of the tables (they are rebuilt on undo). */
function wireNumbers(root) {
  root.addEventListener('change', (e) => {
    const t = e.target;
    const id = t.dataset.use ?? t.dataset.entity ?? t.dataset.metric ?? t.dataset.period ?? t.dataset.key;
    if (!id || !state.rows[id]) return;
    const row = state.rows[id];
    if (t.dataset.use) {
      row.use = t.checked;
      $(`row-${id}`).className = row.use ? 'used' : 'unused';
    } else if (t.dataset.entity) row.entity = t.value || undefined;
    else if (t.dataset.metric) row.metric = t.value || undefined;
    else if (t.dataset.key) row.key = t.value.trim() || undefined;
    else if (t.dataset.period) {
      row.period = t.value.trim() || undefined;
      checkPeriodInput(id);
    }
    changed();
  });
  root.addEventListener('input', (e) => {
    if (e.target.dataset.period) checkPeriodInput(e.target.dataset.period);
  });
}

// ---------------------------------------------------------------------------------------
// Extraction

function findNumbers() {
  const text = state.text;
  let cands;
  let ents;
  try {
    cands = core.studioExtract(text);
    ents = core.studioEntities(text);
  } catch (e) {
    showBoot(w().bootFailed(e?.message ?? e));
    return;
  }
  // what the editor set for a number stays with it when the text is edited and read again
  const old = new Map();
  for (const c of state.candidates) {
    const k = `${c.sentence}|${c.asWritten}`;
    if (!old.has(k)) old.set(k, []);
    old.get(k).push(state.rows[c.id]);
  }
  const rows = {};
  for (const c of cands) {
    const kept = old.get(`${c.sentence}|${c.asWritten}`)?.shift();
    rows[c.id] = kept ?? {
      use: c.role === 'figure' && !!c.guess?.metric,
      entity: c.guess?.entity || undefined,
      metric: c.guess?.metric || undefined,
      key: c.guess?.key || undefined,
      period: c.period || undefined,
    };
  }
  const lang = /[\u4e00-\u9fff]/.test(text) && (text.match(/[\u4e00-\u9fff]/g).length > text.length / 10) ? 'zh' : 'en';
  state.source.language = lang;
  // proposed entities join the list; the editor's own (renamed, added) stay
  for (const e of ents) {
    const mine = state.entities.find((x) => x.id === e.id);
    if (mine) mine.count = e.count;
    else state.entities.push({ id: e.id, kind: e.kind, name: { zh: lang === 'zh' ? e.name : '', 'zh-Hant': '', en: lang === 'en' ? e.name : '' }, count: e.count });
  }
  // the company the text names most is the story's focus and its listing's company
  const first = state.entities.filter((e) => e.kind === 'company').sort((a, b) => (b.count ?? 0) - (a.count ?? 0))[0];
  if (!state.focus.length && first) state.focus = [first.id];
  if (!state.listings.length) {
    state.listings.push({ company: first?.id ?? '', exchange: { zh: '', en: '' }, currency: '', date: '', candidate: '' });
  }
  state.candidates = cands;
  state.extractedFrom = text;
  state.rows = rows;
  changed({ rerender: true });
}

// ---------------------------------------------------------------------------------------
// Checking: studioBuild on every change (debounced), problems beside their rows

function draft() {
  const text = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v));
  const one = (s) => (s ? { [state.source.language]: s } : {});
  const source = { id: state.source.id, title: one(state.source.title), publisher: one(state.source.publisher), language: state.source.language };
  if (state.source.url) source.url = state.source.url;
  return {
    lang: state.ui,
    story: { id: state.story.id, title: text(state.story.title), focus: state.focus },
    source, text: state.extractedFrom ?? state.text,
    entities: state.entities.map((e) => ({ id: e.id, kind: e.kind, name: text(e.name) })),
    listings: state.listings.map((l) => {
      const out = { company: l.company, exchange: text(l.exchange), currency: l.currency, date: l.date };
      if (l.candidate) out.candidate = l.candidate;
      return out;
    }),
    rows: state.candidates.map((c) => {
      const r = state.rows[c.id] ?? {};
      const out = { candidate: c.id, use: !!r.use };
      for (const k of ['entity', 'metric', 'key', 'period', 'currency', 'qualifier', 'note']) if (r[k] !== undefined && r[k] !== '') out[k] = r[k];
      if (r.value !== undefined) out.value = r.value;
      return out;
    }),
  };
}

/** The built JSON with what an opened dataset held beyond the table (facts, inputs,
 *  series, figures not matched to a number), kept as they were. */
function withExtras(json) {
  const x = state.extras;
  if (!x) return json;
  const d = JSON.parse(json);
  for (const k of ['facts', 'inputs', 'series']) if (x[k]?.length) d[k] = [...(d[k] ?? []), ...x[k]];
  if (x.figures?.length) d.figures = [...(d.figures ?? []), ...x.figures];
  return JSON.stringify(d, null, 2);
}

let timer = 0;
function scheduleCheck(ms = 300) {
  clearTimeout(timer);
  document.body.dataset.checking = 'true';
  timer = setTimeout(check, ms);
}

function check() {
  try {
    checkNow();
  } finally {
    delete document.body.dataset.checking;
  }
}

function checkNow() {
  if (!state.candidates.length) {
    built = null;
    renderProblems();
    return;
  }
  let r;
  try {
    r = core.studioBuild(draft());
  } catch (e) {
    r = { json: '', problems: [{ path: '', severity: 'error', message: String(e?.message ?? e) }], rowOf: {} };
  }
  let json = r.json;
  let problems = r.problems;
  if (json && state.extras) {
    json = withExtras(json);
    try {
      const rep = core.checkReport(state.fileName || 'story.json', json, state.ui, { texts: [], unread: [] });
      const n = JSON.parse(r.json).figures?.length ?? 0;
      const extra = rep.problems.filter((p) => /^(facts|inputs|series)\b/.test(p.path) || Number(p.path.match(/^figures\[(\d+)\]/)?.[1] ?? -1) >= n);
      problems = [...problems, ...extra];
    } catch {
      // the built JSON's own problems stand
    }
  }
  if (state.text !== state.extractedFrom) problems = [{ path: 'text', severity: 'warning', message: w().textChanged }, ...problems];
  const errors = problems.filter((p) => p.severity === 'error').length;
  built = { json, problems, rowOf: r.rowOf ?? {}, errors, warnings: problems.length - errors };
  if (json && errors === 0) {
    try {
      lens ??= new core.Lens();
      lens.setJson(json);
      // the views the data fills; one the core lists but cannot draw is left out, named
      built.views = [];
      built.failed = [];
      for (const view of lens.views()) {
        try {
          lens.render({ view, lang: 'en', width: 360 });
          built.views.push(view);
        } catch (e) {
          built.failed.push(`${view}: ${e?.message ?? e}`);
        }
      }
    } catch (e) {
      built.views = [];
    }
  }
  renderProblems();
  discover();
  preview();
  renderPublish();
}

function rowFor(path) {
  const rowOf = built.rowOf;
  if (rowOf[path]) return rowOf[path];
  // a problem deeper in a figure (figures[3].period) belongs to that figure's row
  const m = path.match(/^figures\[\d+\]/);
  return m ? rowOf[m[0]] : undefined;
}

function renderProblems() {
  const words = w();
  for (const ul of document.querySelectorAll('ul.problems[id$="-problems"]')) ul.replaceChildren();
  for (const f of document.querySelectorAll('fieldset.has-problem')) f.classList.remove('has-problem');
  for (const tr of document.querySelectorAll('tr.has-problem')) tr.classList.remove('has-problem');
  const general = [];
  if (!built) {
    $('summary').textContent = words.notBuilt;
    $('general').replaceChildren();
    return;
  }
  for (const p of built.problems) {
    // a listing's problem beside the listing (rowOf maps it to its date's number too)
    const listing = p.path.match(/^listings\[(\d+)\]/);
    const id = listing ? undefined : rowFor(p.path);
    const ul = listing ? $(`lst-${listing[1]}-problems`) : id ? $(`${id}-problems`) : null;
    const item = h('li', { class: p.severity }, h('code', { text: p.path }), ' ', p.message);
    if (ul) {
      ul.append(item);
      (id ? $(`row-${id}`) : ul.closest('fieldset'))?.classList.add('has-problem');
    } else general.push(item);
  }
  $('general').replaceChildren(...general);
  const used = Object.values(state.rows).filter((r) => r.use).length;
  const head = built.errors ? words.problems(built.errors) : words.ready;
  const tail = built.warnings ? ` · ${words.warnings(built.warnings)}` : '';
  $('summary').replaceChildren(h('strong', { class: built.errors ? 'bad' : 'ok', text: head + tail }), ` · ${words.used(used, state.candidates.length)}`);
  $('summary').dataset.errors = String(built.errors);
  announce(head + tail);
}

// ---------------------------------------------------------------------------------------
// Relations found by studioDiscover

const relKey = (r) => `${r.figure}|${r.kind}|${[...(r.inputs ?? [])].sort().join(',')}`;

function discover() {
  const box = $('relations');
  const words = w();
  $('relations-tally').textContent = '';
  if (!built?.json) {
    box.replaceChildren();
    return;
  }
  let rels = [];
  try {
    rels = core.studioDiscover(built.json, state.ui);
  } catch (e) {
    box.replaceChildren(h('li', { class: 'muted', text: built.errors ? words.relationsWait : String(e?.message ?? e) }));
    return;
  }
  if (!rels.length) {
    box.replaceChildren(h('li', { class: 'muted', text: words.noRelations }));
    return;
  }
  const range = ([a, b]) => (a === b ? String(a) : `${a} – ${b}`);
  const tally = () => {
    const d = rels.map((r) => state.relations[relKey(r)]?.decision);
    const a = d.filter((x) => x === 'accepted').length;
    const k = rels.filter((r, i) => r.rechecked && d[i] === 'accepted').length;
    $('relations-tally').textContent = words.decided(a, d.filter((x) => x === 'rejected').length, rels.length, k);
  };
  box.replaceChildren(...rels.map((r, i) => {
    const key = relKey(r);
    const decision = state.relations[key]?.decision ?? '';
    const name = `rel-${i}`;
    const radio = (value, label) => {
      const input = h('input', { type: 'radio', name, value, id: `${name}-${value}` });
      input.checked = decision === value;
      input.addEventListener('change', () => {
        state.relations[key] = { decision: value, text: r.text, figure: r.figure, kind: r.kind, inputs: r.inputs, verdict: r.verdict, rechecked: !!r.rechecked };
        changed();
        li.dataset.decision = value;
        tally();
      });
      return h('label', { class: 'choice' }, input, label);
    };
    const li = h('li', { class: `relation ${r.verdict}`, 'data-decision': decision, 'data-figure': r.figure },
      h('p', {}, h('span', { class: `verdict ${r.verdict}`, text: words.verdict[r.verdict] ?? r.verdict }), ' ', h('span', { text: r.text })),
      h('p', { class: 'muted' }, h('code', { text: r.formula }), ` · ${words.stated} ${r.statedText ?? range(r.stated)} · ${words.recomputed} ${r.recomputedText ?? range(r.recomputed)} · `,
        h('span', { class: r.rechecked ? 'kept rechecked' : 'kept draft-only', text: r.rechecked ? words.rechecked : words.draftOnly })),
      h('fieldset', { class: 'decide' }, h('legend', { class: 'sr', text: r.text }), radio('accepted', words.accept), radio('rejected', words.reject)));
    return li;
  }));
  tally();
}

// ---------------------------------------------------------------------------------------
// Preview: the widget itself at phone and desktop width

function preview() {
  const words = w();
  const note = $('preview-note');
  const select = $('preview-view');
  if (!built?.json || built.errors) {
    note.textContent = $('preview-desktop') ? words.previewStale : words.previewWait;
    return;
  }
  const views = built.views ?? [];
  if (!views.length) {
    note.textContent = words.previewNone;
    return;
  }
  note.textContent = built.failed?.length ? words.viewsFailed(built.failed) : '';
  let labels = {};
  try {
    const r = lens.render({ view: views[0], lang: state.preview.lang, width: 640 });
    labels = Object.fromEntries((r.views ?? []).map(([id, label]) => [id, label]));
  } catch {
    // ids then
  }
  if (!views.includes(state.preview.view)) state.preview.view = views[0];
  select.replaceChildren(...views.map((v) => h('option', { value: v, text: labels[v] ? labels[v] + words.paren(v) : v })));
  select.value = state.preview.view;
  $('preview-lang').value = state.preview.lang;
  const data = JSON.parse(built.json);
  for (const id of ['phone', 'desktop']) {
    // made only once there is valid data: an <ipo-lens> without data of its own would
    // show the built-in story, which is not this draft
    let el = $(`preview-${id}`);
    if (!el) {
      el = h('ipo-lens', { id: `preview-${id}` });
      el.data = data;
      $(`screen-${id}`).replaceChildren(el);
    }
    el.setAttribute('view', state.preview.view);
    el.setAttribute('lang', state.preview.lang);
    el.data = data;
  }
}

// ---------------------------------------------------------------------------------------
// Publish

function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

const fileName = () => (state.fileName || 'story.json').replace(/[^\w.-]/g, '_');

function renderPublish() {
  const words = w();
  const name = fileName();
  const base = state.baseUrl.endsWith('/') ? state.baseUrl : `${state.baseUrl}/`;
  const lang = state.preview.lang;
  const view = state.preview.view;
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  $('snippet-element').value = `<script type="module" src="${esc(base)}pkg/ipo-lens.js"></script>\n<ipo-lens src="${esc(name)}" lang="${lang}"${view ? ` view="${view}"` : ''}></ipo-lens>`;
  const q = new URLSearchParams({ src: name, lang });
  if (view) q.set('view', view);
  $('snippet-iframe').value = `<iframe src="${esc(base)}embed.html?${esc(q.toString())}" title="ipo-lens" width="100%" height="640" style="border:0" loading="lazy"></iframe>\n<script src="${esc(base)}embed-resize.js" async></script>`;
  const state_ = $('publish-state');
  if (!built?.json) state_.textContent = words.notBuilt;
  else state_.textContent = built.errors ? words.publishBad(built.errors) : words.publishOk;
  $('download-json').disabled = !built?.json;
  $('make-static').disabled = !built?.json || !!built.errors;
  $('download-offline').disabled = !built?.json || !!built.errors;
}

function makeStatic() {
  const words = w();
  const links = [];
  for (const view of built.views ?? []) {
    for (const lang of LANGS) {
      let svg;
      try {
        svg = lens.render({ view, lang, width: 640 }).svg;
      } catch (e) {
        links.push(h('li', { class: 'bad', text: `${view}.${lang}.svg: ${e?.message ?? e}` }));
        continue;
      }
      const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
      links.push(h('li', {}, h('a', { href: url, download: `${view}.${lang}.svg`, text: `${view}.${lang}.svg` })));
    }
  }
  const all = h('li', {}, h('button', { type: 'button', text: words.downloadAll, onclick: () => {
    for (const a of $('static-links').querySelectorAll('a[download]')) a.click();
  } }));
  for (const a of $('static-links').querySelectorAll('a[href^="blob:"]')) URL.revokeObjectURL(a.href);
  $('static-links').replaceChildren(all, ...links);
}

/** The offline single file, made here the way src/web/offline.mjs makes it under Node
 *  (that module reads the package with node:fs, so the browser cannot import it): the
 *  glue and the element inlined as one module, the wasm as base64 for initSync. */
async function offlineFile(json, view, lang) {
  // the studio as one offline file carries the widget's sources (it cannot fetch on file://)
  const inlined = document.getElementById('ipo-lens-sources');
  const get = async (name, how) => {
    if (inlined) {
      if (name.endsWith('.wasm')) return Uint8Array.from(atob(document.getElementById('ipo-lens-wasm').textContent.trim()), (c) => c.charCodeAt(0)).buffer;
      return JSON.parse(inlined.textContent)[name];
    }
    const r = await fetch(new URL(`./pkg/${name}`, import.meta.url));
    if (!r.ok) throw new Error(`pkg/${name}: HTTP ${r.status}`);
    return r[how]();
  };
  const [glue, element, wasm] = await Promise.all([get('ipo_lens.js', 'text'), get('ipo-lens.js', 'text'), get('ipo_lens_bg.wasm', 'arrayBuffer')]);
  const scriptSafe = (s) => s.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  const jsonSafe = (s) => s.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
  // the glue's exports by name (`{ Lens, initSync: I }`: the minified glue exports some of
  // its functions under a shortened name), to hand over from a scope of its own
  const names = [...glue.matchAll(/^export (?:function|class|const|let) (\w+)/gm)].map((m) => m[1]);
  for (const m of glue.matchAll(/^export \{([^}]*)\};?\s*$/gm)) {
    for (const part of m[1].split(',')) {
      const [local, name = local] = part.trim().split(/\s+as\s+/);
      if (local && name !== 'default') names.push(name === local ? name : `${name}: ${local}`);
    }
  }
  const inlineGlue = glue
    .replace(/^export (function|class|const|let) /gm, '$1 ')
    .replace(/^export \{[^}]*\};?\s*$/gm, '')
    .replace(/^export default [^;]+;\s*$/gm, '');
  if (/^\s*export\s/m.test(inlineGlue) || /^\s*import\s/m.test(inlineGlue)) throw new Error('the wasm-bindgen glue has an export or import the builder does not understand');
  const start = element.indexOf('// boot:start');
  const end = element.indexOf('// boot:end');
  if (start < 0 || end < 0) throw new Error('boot markers missing from ipo-lens.js');
  const boot = `
/** The inlined glue, in a scope of its own (its names stay apart from the element's): one
 *  instance for the page. */
const glue = (() => {
${inlineGlue}
return { ${names.join(', ')} };
})();
let booting = null;
/** No static pictures and no built-in story in a file of one story's own. */
function firstPicture() {
  return null;
}
function builtInJson() {
  return Promise.reject(new Error('this offline file has no built-in story'));
}
function boot() {
  booting ??= Promise.resolve().then(() => {
    const b64 = document.getElementById('ipo-lens-wasm').textContent.trim();
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    glue.initSync({ module: bytes });
  });
  return booting;
}
`;
  const inlineElement = element.slice(0, start) + boot + element.slice(end + '// boot:end'.length);
  const bytes = new Uint8Array(wasm);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const tag = LANGS.includes(lang) ? lang : 'zh';
  const attrs = [view ? `view="${view.replace(/[^a-z-]/g, '')}"` : '', `lang="${tag}"`].filter(Boolean).join(' ');
  return `<!doctype html>
<html lang="${tag}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ipo-lens (offline)</title>
<link rel="icon" href="data:,">
<style>body { margin: 0; padding: 12px; background: #f6f7f9; } ipo-lens { max-width: 960px; margin: 0 auto; padding: 12px; border-radius: 8px; }</style>
</head>
<body>
<ipo-lens ${attrs}></ipo-lens>
<script type="application/octet-stream;base64" id="ipo-lens-wasm">${btoa(bin)}</script>
<script type="application/json" id="ipo-lens-data">${jsonSafe(JSON.stringify(JSON.parse(json)))}</script>
<script type="module">
${scriptSafe(inlineElement)}
const given = document.getElementById('ipo-lens-data');
if (given) document.querySelector('ipo-lens').setData(JSON.parse(given.textContent)).catch(() => {});
</script>
</body>
</html>
`;
}

async function downloadOffline() {
  const words = w();
  const out = $('offline-state');
  out.textContent = words.offlineMaking;
  try {
    const html = await offlineFile(built.json, state.preview.view, state.preview.lang);
    download(fileName().replace(/\.json$/i, '') + '-offline.html', html, 'text/html');
    out.textContent = words.offlineDone(html.length);
  } catch (e) {
    out.textContent = words.offlineFailed(e?.message ?? e);
  }
}

// ---------------------------------------------------------------------------------------
// Files: the draft, and an existing dataset

function readFile(input) {
  const file = input.files?.[0];
  input.value = '';
  return file ? file.text() : Promise.resolve(null);
}

async function importDraft(text) {
  const d = JSON.parse(text);
  if (d?.format !== 'ipo-lens-studio-draft/1' || typeof d.draft !== 'object') throw new Error('not a studio draft (format ipo-lens-studio-draft/1)');
  state = { ...emptyState(state.ui), ...d.draft };
  changed({ rerender: true });
}

/** An existing dataset: its figures become rows again, matched to the numbers found in
 *  the article's text (the text in the box, or the figures' quotes when it has none of them). */
function openDataset(text) {
  const d = JSON.parse(text.replace(/^\uFEFF/, ''));
  if (d?.format !== 'ipo-lens/1') throw new Error('format: expected "ipo-lens/1"');
  const figures = d.figures ?? [];
  const quotes = [...new Set([...(d.listings ?? []).map((l) => l.quote), ...figures.map((f) => f.quote)].filter(Boolean))];
  const article = quotes.every((q) => state.text.includes(q)) && state.text ? state.text : quotes.join('\n');
  const next = emptyState(state.ui);
  next.text = article;
  next.extractedFrom = article;
  next.story = { id: d.story?.id ?? 'story', title: { zh: '', 'zh-Hant': '', en: '', ...d.story?.title } };
  next.focus = d.story?.focus ?? [];
  const s = d.sources?.[0] ?? {};
  const pick = (t) => t?.[s.language] ?? t?.zh ?? t?.en ?? t?.['zh-Hant'] ?? '';
  next.source = { id: s.id ?? 'article', title: pick(s.title), publisher: pick(s.publisher), url: s.url ?? '', language: s.language ?? 'zh' };
  next.entities = (d.entities ?? []).map((e) => ({ id: e.id, kind: e.kind, name: { zh: '', 'zh-Hant': '', en: '', ...e.name }, count: 0 }));
  next.candidates = core.studioExtract(article);
  const free = new Set(next.candidates.map((c) => c.id));
  const rows = {};
  for (const c of next.candidates) rows[c.id] = { use: false, entity: c.guess?.entity || undefined, metric: c.guess?.metric || undefined, period: c.period || undefined };
  const unmatched = [];
  for (const f of figures) {
    const c = next.candidates.find((x) => free.has(x.id) && x.sentence.trim() === f.quote.trim() && (x.asWritten === f.as_written || x.value === f.value))
      ?? next.candidates.find((x) => free.has(x.id) && f.quote.includes(x.sentence.trim()) && x.asWritten === f.as_written);
    if (!c) {
      unmatched.push(f);
      continue;
    }
    free.delete(c.id);
    rows[c.id] = { use: true, entity: f.entity, metric: f.metric, period: f.period };
    if (f.key) rows[c.id].key = f.key;
    if (f.currency && f.currency !== c.currency) rows[c.id].currency = f.currency;
    if (f.value !== c.value) rows[c.id].value = f.value;
    if (f.qualifier && f.qualifier !== c.qualifier) rows[c.id].qualifier = f.qualifier;
    const note = f.note?.[state.ui] ?? f.note?.en ?? f.note?.zh;
    if (note) rows[c.id].note = note;
  }
  next.rows = rows;
  next.listings = (d.listings ?? []).map((l) => {
    const c = next.candidates.find((x) => (x.role === 'date' || x.role === 'period') && x.sentence.trim() === l.quote?.trim() && (!l.date_as_written || x.asWritten === l.date_as_written));
    return { company: l.company, exchange: { zh: l.exchange?.zh ?? '', en: l.exchange?.en ?? '' }, currency: l.currency, date: l.date, candidate: c?.id ?? '' };
  });
  const extras = { facts: d.facts ?? [], inputs: d.inputs ?? [], series: d.series ?? [], figures: unmatched };
  next.extras = Object.values(extras).some((a) => a.length) ? extras : null;
  next.preview = state.preview;
  state = next;
  changed({ rerender: true });
  $('found').textContent = w().opened(figures.length - unmatched.length, unmatched.length);
}

// ---------------------------------------------------------------------------------------
// Everything on screen from the state

function renderAll() {
  renderWords();
  renderFields();
  renderEntities();
  renderListings();
  renderNumbers();
  const n = state.extras ? Object.values(state.extras).reduce((a, b) => a + b.length, 0) : 0;
  const f = state.candidates.filter((c) => c.role === 'figure').length;
  $('found').textContent = [state.candidates.length ? w().found(f, state.candidates.length - f) : '', n ? w().extras(n) : ''].filter(Boolean).join(' · ');
  renderProblems();
  renderPublish();
  $('static-links').replaceChildren();
}

function showBoot(message) {
  $('boot').textContent = message;
  $('boot').hidden = false;
}

function wire() {
  for (const [id, , set] of FIELDS) {
    const e = $(id);
    e.addEventListener(e.tagName === 'SELECT' ? 'change' : 'input', () => {
      set(e.value);
      changed();
      if (id === 'file-name' || id === 'base-url') renderPublish();
    });
  }
  for (const b of document.querySelectorAll('[data-ui]')) {
    b.addEventListener('click', () => {
      state.ui = b.dataset.ui;
      changed({ rerender: true });
      b.focus();
    });
  }
  $('find').addEventListener('click', findNumbers);
  $('undo').addEventListener('click', undo);
  $('add-entity').addEventListener('click', () => {
    let id = 'entity';
    for (let n = 2; state.entities.some((e) => e.id === id); n++) id = `entity_${n}`;
    state.entities.push({ id, kind: 'company', name: { zh: '', 'zh-Hant': '', en: w().newEntity }, count: 0 });
    changed({ rerender: true });
    $(`ent-${state.entities.length - 1}-id`)?.focus();
  });
  $('add-listing').addEventListener('click', () => {
    state.listings.push({ company: '', exchange: { zh: '', en: '' }, currency: '', date: '', candidate: '' });
    changed({ rerender: true });
    $(`lst-${state.listings.length - 1}-company`)?.focus();
  });
  wireNumbers($('numbers'));
  wireNumbers($('others'));
  document.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z') {
      // text fields keep their own undo; everywhere else the studio's
      const t = e.target;
      if (t.tagName === 'TEXTAREA' || (t.tagName === 'INPUT' && !['checkbox', 'radio', 'file', 'button'].includes(t.type))) return;
      e.preventDefault();
      undo();
    }
  });
  $('preview-view').addEventListener('change', (e) => { state.preview.view = e.target.value; changed(); });
  $('preview-lang').addEventListener('change', (e) => { state.preview.lang = e.target.value; changed(); });
  $('download-json').addEventListener('click', () => download(fileName(), built.json, 'application/json'));
  $('export-draft').addEventListener('click', () => download(`${state.story.id || 'story'}.studio-draft.json`,
    JSON.stringify({ format: 'ipo-lens-studio-draft/1', draft: state }, null, 1), 'application/json'));
  const fileInput = (id, fn) => $(id).addEventListener('change', async (e) => {
    try {
      const text = await readFile(e.target);
      if (text !== null) fn(text);
    } catch (err) {
      announce(w().badFile(err?.message ?? err));
      $('found').textContent = w().badFile(err?.message ?? err);
    }
  });
  fileInput('import-draft', importDraft);
  fileInput('open-dataset', openDataset);
  $('new-draft').addEventListener('click', () => {
    if (!confirm(w().confirmNew)) return;
    state = emptyState(state.ui);
    changed({ rerender: true });
  });
  const copy = (id, button) => async () => {
    const area = $(id);
    area.select();
    try {
      await navigator.clipboard.writeText(area.value);
    } catch {
      document.execCommand?.('copy');
    }
    $(button).textContent = w().copied;
    setTimeout(() => { $(button).textContent = w().copy; }, 1500);
  };
  $('copy-element').addEventListener('click', copy('snippet-element', 'copy-element'));
  $('copy-iframe').addEventListener('click', copy('snippet-iframe', 'copy-iframe'));
  $('make-static').addEventListener('click', makeStatic);
  $('download-offline').addEventListener('click', downloadOffline);
  addEventListener('pagehide', save);
}

async function start() {
  try {
    const saved = localStorage.getItem(STORE);
    if (saved) state = { ...emptyState(), ...JSON.parse(saved) };
  } catch {
    // a broken save starts a new draft
  }
  committed = JSON.stringify(state);
  wire();
  renderWords();
  try {
    await init();
  } catch (e) {
    showBoot(w().bootFailed(e?.message ?? e));
    return;
  }
  if (typeof core.studioExtract !== 'function' || typeof core.studioBuild !== 'function') {
    showBoot(w().noStudio);
    return;
  }
  metrics = { zh: core.studioMetrics('zh'), en: core.studioMetrics('en') };
  renderAll();
  if (state.candidates.length) $('saved').textContent = w().restored;
  document.body.dataset.studio = 'ready';
  scheduleCheck(0);
}

start();
