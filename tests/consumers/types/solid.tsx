/** @jsxImportSource solid-js */
// <ipo-lens> in Solid's JSX with `import 'ipo-lens/solid'` (checked with tsc --strict).
import 'ipo-lens/solid';
import type { IpoLensDataset } from 'ipo-lens/solid';

declare const story: IpoLensDataset;

export const ok = <ipo-lens view="company" metric="team" lang="zh" prop:data={story} on:ipo-lens-ready={(e) => console.log(e.detail.lang)} />;
// @ts-expect-error: `team` is not a demand metric
export const badMetric = <ipo-lens view="demand" metric="team" />;
