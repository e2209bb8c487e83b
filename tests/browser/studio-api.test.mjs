// The studio page's wasm API (the checker build, pkg/ipo_lens_cli.js) under Node on the
// Biren article: every export answers in the shape of /work/notes/contract-12.md, and a
// draft with the guesses accepted builds a dataset the widget can draw.
// Needs `make build` (pkg/).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TEXT = readFileSync(new URL('data/article.zh.txt', `file://${ROOT}`), 'utf8');
let api;

before(async () => {
  api = await import(new URL('pkg/ipo_lens_cli.js', `file://${ROOT}`).href);
  api.initSync({ module: readFileSync(new URL('pkg/ipo_lens_cli_bg.wasm', `file://${ROOT}`)) });
});

test('studioExtract: every number with UTF-16 offsets into the text and a guess', () => {
  const c = api.studioExtract(TEXT);
  assert.ok(c.length > 150, `${c.length} numbers`);
  c.forEach((n, i) => {
    assert.equal(n.id, `n${i + 1}`);
    assert.equal(TEXT.slice(n.start, n.end), n.asWritten, n.id);
    assert.ok(n.sentence.includes(n.asWritten));
    assert.ok(['figure', 'date', 'period', 'ordinal', 'label'].includes(n.role));
    assert.equal(typeof n.guess.why, 'string');
  });
  const price = c.find((n) => n.asWritten === '19.6港元');
  assert.equal(price.unit, 'price_per_share');
  assert.equal(price.currency, 'HKD');
  assert.equal(price.qualifier, 'exact');
  assert.equal(price.periodKind, 'date');
  assert.equal(price.guess.metric, 'offer_price');
  assert.equal(price.guess.why, '发行价');
  const gain = c.find((n) => n.asWritten === '112.55%');
  assert.deepEqual([gain.qualifier, gain.guess.metric], ['over', 'gain_first_day_high']);
});

test('studioEntities: the names the article repeats', () => {
  const e = api.studioEntities(TEXT);
  const biren = e.find((x) => x.name === '壁仞科技');
  assert.ok(biren && biren.kind === 'company' && biren.count > 20, JSON.stringify(e));
  assert.ok(e.some((x) => x.kind === 'market' && x.name === '中国智能计算芯片市场'));
  assert.ok(e.every((x) => /^[a-z0-9_]+$/.test(x.id)));
  const c = api.studioExtract(TEXT);
  assert.equal(c.find((n) => n.asWritten === '3.379亿元').guess.entity, biren.id);
});

test('studioMetrics: the vocabulary, labelled in each language', () => {
  for (const lang of ['zh', 'zh-Hant', 'en']) {
    const m = api.studioMetrics(lang);
    assert.ok(m.length > 50);
    const revenue = m.find((x) => x.name === 'revenue');
    assert.equal(revenue.unit, 'money');
    assert.ok(revenue.label.length > 0);
    assert.equal(m.find((x) => x.name === 'net_profit').signed, true);
  }
  assert.notEqual(api.studioMetrics('en').find((x) => x.name === 'revenue').label,
    api.studioMetrics('zh').find((x) => x.name === 'revenue').label);
  assert.throws(() => api.studioMetrics('xx'));
});

test('studioBuild: the guesses accepted give a dataset; problems map back to rows', () => {
  const c = api.studioExtract(TEXT);
  const proposed = api.studioEntities(TEXT);
  const rows = c.map((n) => ({
    candidate: n.id,
    use: n.role === 'figure' && !!n.guess.metric && !!n.guess.entity,
    entity: n.guess.entity, metric: n.guess.metric, key: n.guess.key,
    // the editor picks "undated" where the article gives no date (the studio does not)
    period: n.period ?? 'undated',
  }));
  const draft = {
    lang: 'en',
    story: { id: 'biren-studio', title: { zh: '壁仞科技登陆港交所' }, focus: [] },
    source: { id: 'article', title: { zh: '文章' }, publisher: { zh: '网易号' }, language: 'zh' },
    text: TEXT,
    entities: proposed.map((p) => ({ id: p.id, kind: p.kind, name: { zh: p.name } })),
    listings: [],
    rows,
  };
  const built = api.studioBuild(draft);
  assert.equal(typeof built.json, 'string');
  const data = JSON.parse(built.json);
  assert.equal(data.format, 'ipo-lens/1');
  assert.equal(data.figures.length, rows.filter((r) => r.use).length);
  assert.deepEqual(built.problems.filter((p) => p.severity === 'error'), []);
  // the dataset draws in the widget's own wasm
  const lens = new api.Lens();
  lens.setJson(built.json);
  assert.ok(lens.views().length > 0);
  // a used row without its metric: its problem's path leads back to it
  const i = rows.findIndex((r) => r.use);
  const broken = { ...draft, rows: rows.map((r, j) => (j === i ? { ...r, metric: null } : r)) };
  const b = api.studioBuild(broken);
  const p = b.problems.find((x) => x.severity === 'error');
  assert.ok(p, 'a problem');
  assert.equal(b.rowOf[p.path.split('.')[0]], rows[i].candidate, JSON.stringify(p));
  // a draft naming a number the text lacks is refused, naming the row
  assert.throws(() => api.studioBuild({ ...draft, rows: [{ candidate: 'n99999', use: true }] }), /n99999/);
  assert.throws(() => api.studioBuild({ ...draft, rows: 'nope' }), /draft\.rows/);
});

test('studioDiscover: relations found by search, with formula and line in the language', () => {
  const json = readFileSync(new URL('data/biren-2026.json', `file://${ROOT}`), 'utf8');
  const d = api.studioDiscover(json, 'en');
  assert.ok(d.length >= 10, `${d.length} relations`);
  for (const r of d) {
    assert.equal(typeof r.figure, 'string');
    assert.ok(Array.isArray(r.inputs) && r.inputs.length > 0);
    assert.ok(['consistent', 'consistent_if_truncated', 'inconsistent'].includes(r.verdict), r.verdict);
    assert.equal(r.stated.length, 2);
    assert.equal(r.recomputed.length, 2);
    assert.ok(r.formula.length > 0 && r.text.length > 0);
  }
  const gain = d.find((r) => r.figure === 'biren.gain_first_day_high.2026-01-02');
  assert.deepEqual([gain.kind, gain.verdict], ['gain', 'inconsistent']);
  const zh = api.studioDiscover(json, 'zh');
  assert.notEqual(zh[0].text, d[0].text);
  assert.deepEqual(api.studioDiscover('{"format": 1}', 'en'), []);
  assert.throws(() => api.studioDiscover(json, 'xx'));
});
