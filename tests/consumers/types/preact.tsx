/** @jsxImportSource preact */
// <ipo-lens> in Preact's JSX with `import 'ipo-lens/preact'` (checked with tsc --strict).
import 'ipo-lens/preact';
import type { IpoLensDataset } from 'ipo-lens/preact';

declare const story: IpoLensDataset;

export const ok = <ipo-lens view="listing-day" metric="first-day-close" lang="en" data={story} onipo-lens-ready={(e) => console.log(e.detail.view)} />;
// @ts-expect-error: `revenue` is not a listing-day metric
export const badMetric = <ipo-lens view="listing-day" metric="revenue" />;
