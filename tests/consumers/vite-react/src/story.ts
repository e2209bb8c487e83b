import type { IpoLensDataset } from 'ipo-lens/react';

// A page's own story, typed: a misspelt field or a wrong unit does not compile.
export const story: IpoLensDataset = {
  format: 'ipo-lens/1',
  story: { id: 'example-react', title: { en: 'EXAMPLE: a made-up company, not real figures' } },
  sources: [{ id: 'example', title: { en: 'a made-up example' }, publisher: { en: 'ipo-lens example' }, language: 'en' }],
  entities: [{ id: 'alpha', kind: 'company', name: { en: 'Alpha Example' } }],
  figures: [
    { id: 'alpha.revenue.2024', entity: 'alpha', metric: 'revenue', period: 'FY2024', period_kind: 'full_year', value: 120000000, unit: 'money', currency: 'EUR',
      as_written: '€120 million', source: 'example', quote: 'Example: revenue was €120 million in 2024 and €150 million in 2025.' },
    { id: 'alpha.revenue.2025', entity: 'alpha', metric: 'revenue', period: 'FY2025', period_kind: 'full_year', value: 150000000, unit: 'money', currency: 'EUR',
      as_written: '€150 million', source: 'example', quote: 'Example: revenue was €120 million in 2024 and €150 million in 2025.' },
  ],
};
