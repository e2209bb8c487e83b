// What the package's types allow and refuse (checked with tsc --strict by
// tests/browser/frameworks.test.mjs): every `@ts-expect-error` line must fail to compile.
import type { IpoLensAttributes, IpoLensDataset, IpoLensFigure, IpoLensProps } from 'ipo-lens';
import { IpoLensElement } from 'ipo-lens';

const el = document.createElement('ipo-lens');
const typed: IpoLensElement = el;
el.addEventListener('ipo-lens-ready', (e) => {
  const view: 'listing-day' | 'financials' | string = e.detail.view;
  const ms: number = e.detail.ms;
  // @ts-expect-error: the ready event has no `problems`
  void e.detail.problems;
  void [view, ms, typed];
});
document.addEventListener('ipo-lens-error', (e) => {
  for (const p of e.detail.problems ?? []) {
    const severity: 'error' | 'warning' = p.severity;
    void [severity, p.path, p.line];
  }
});

// view and metric: a view allows only its own metrics
const ok1: IpoLensAttributes = { view: 'financials', metric: 'revenue', lang: 'en' };
const ok2: IpoLensAttributes = { metric: 'caps' }; // no view: tabs over all; any metric
const ok3: IpoLensAttributes = { view: 'market', metric: 'shares', currency: 'EUR', fx: '0.92' };
// @ts-expect-error: `caps` is valuation's metric, not financials'
const bad1: IpoLensAttributes = { view: 'financials', metric: 'caps' };
// @ts-expect-error: no such view
const bad2: IpoLensAttributes = { view: 'financial' };
// @ts-expect-error: no such language
const bad3: IpoLensAttributes = { lang: 'fr' };
// @ts-expect-error: not an ISO 4217 code (CNY is)
const bad4: IpoLensAttributes = { currency: 'RMB' };
const props: IpoLensProps = { view: 'demand', metric: 'proceeds', fx: 0.92, annualise: true };
// @ts-expect-error: demand's metrics are subscription and proceeds
const badProps: IpoLensProps = { view: 'demand', metric: 'revenue' };
void [ok1, ok2, ok3, bad1, bad2, bad3, bad4, props, badProps];

const story: IpoLensDataset = {
  format: 'ipo-lens/1',
  story: { id: 'example', title: { en: 'An example' } },
  sources: [{ id: 's', title: { en: 'A source' }, publisher: { en: 'A paper' }, language: 'en', text: 'article.en.txt' }],
  entities: [{ id: 'a', kind: 'company', name: { en: 'Alpha' } }],
  figures: [
    { id: 'a.rev', entity: 'a', metric: 'revenue', period: 'FY2024', period_kind: 'full_year', value: 1e9, unit: 'money', currency: 'EUR', source: 's', quote: 'Revenue was €1 billion.' },
    { id: 'a.rev9', entity: 'a', metric: 'revenue', period: '9M-2025', period_kind: 'nine_months', value: 8e8, unit: 'money', currency: 'EUR', source: 's', quote: '€800 million.' },
    { id: 'a.offer', entity: 'a', metric: 'offer_price', period: '2026-01-02', period_kind: 'date', value: 47, value_high: 51, qualifier: 'range', unit: 'price_per_share', currency: 'USD', source: 's', quote: 'US$47–51' },
    { id: 'a.margin', entity: 'a', metric: 'gross_margin', period: 'Q3-2025', period_kind: 'quarter', value: 53.2, unit: 'percent', source: 's', quote: '53.2%' },
  ],
  series: [{ id: 'a.close', entity: 'a', currency: 'USD', source: 's', points: [['2026-01-02', 50.5], ['2026-01-05', 52]] }],
};
void story;

const base = { id: 'f', entity: 'a', period: 'FY2024', period_kind: 'full_year', value: 1, source: 's', quote: 'q' } as const;
// @ts-expect-error: money needs its currency
const noCurrency: IpoLensFigure = { ...base, metric: 'revenue', unit: 'money' };
// @ts-expect-error: a percentage has no currency
const percentCurrency: IpoLensFigure = { ...base, metric: 'gross_margin', unit: 'percent', currency: 'USD' };
// @ts-expect-error: revenue is money, not a percentage (each metric fixes its unit)
const wrongUnit: IpoLensFigure = { ...base, metric: 'revenue', unit: 'percent' };
// @ts-expect-error: no such metric
const unknownMetric: IpoLensFigure = { ...base, metric: 'revenues', unit: 'money', currency: 'USD' };
// @ts-expect-error: value_high only with qualifier "range"
const highWithoutRange: IpoLensFigure = { ...base, metric: 'revenue', unit: 'money', currency: 'USD', value_high: 2 };
// @ts-expect-error: "range" needs value_high
const rangeWithoutHigh: IpoLensFigure = { ...base, metric: 'revenue', unit: 'money', currency: 'USD', qualifier: 'range' };
// @ts-expect-error: a misspelt field (`valeu`)
const misspelt: IpoLensFigure = { ...base, metric: 'revenue', unit: 'money', currency: 'USD', valeu: 3 };
// @ts-expect-error: not a period code (a year has two halves)
const badPeriod: IpoLensFigure = { ...base, period: 'H3-2025', metric: 'revenue', unit: 'money', currency: 'USD' };
// @ts-expect-error: month 13
const badMonth: IpoLensFigure = { ...base, period: '2025-13', period_kind: 'month', metric: 'revenue', unit: 'money', currency: 'USD' };
void [noCurrency, percentCurrency, wrongUnit, unknownMetric, highWithoutRange, rangeWithoutHigh, misspelt, badPeriod, badMonth];

const bad5: IpoLensDataset = {
  format: 'ipo-lens/1',
  story: { id: 'x', title: { en: 'x' } },
  // @ts-expect-error: a misspelt dataset field (`source` for `sources`)
  source: [],
  entities: [],
  figures: [],
};
// @ts-expect-error: a text needs at least one language
const noText: IpoLensDataset['story'] = { id: 'x', title: {} };
void [bad5, noText];

el.data = story;
void el.setData(Promise.resolve(story));
// @ts-expect-error: no `| object` escape hatch: an object that is not a dataset is refused
void el.setData({ figures: [] });
void el.setSeries({ id: 'p', entity: 'a', currency: 'HKD', x: new Float64Array(2), y: [1, 2] });
