// <ipo-lens> in React 19's JSX with `import 'ipo-lens/react'` (checked with tsc --strict).
import 'ipo-lens/react';
import type { IpoLensDataset, IpoLensReadyEvent } from 'ipo-lens/react';

declare const story: IpoLensDataset;

export const ok = (
  <>
    <ipo-lens view="financials" metric="revenue" lang="en" data={story} onipo-lens-ready={(e: IpoLensReadyEvent) => console.log(e.detail.ms)} />
    <ipo-lens lang="zh-Hant" currency="HKD" fx={0.92} annualise className="wide">
      <img slot="fallback" src="financials.zh-Hant.svg" alt="" />
    </ipo-lens>
    <ipo-lens onipo-lens-error={(e) => console.log(e.detail.problems?.length)} />
  </>
);

// @ts-expect-error: `caps` is not a financials metric
export const badMetric = <ipo-lens view="financials" metric="caps" />;
// @ts-expect-error: no such language
export const badLang = <ipo-lens lang="fr" />;
// @ts-expect-error: `data` takes a dataset, not any object
export const badData = <ipo-lens data={{ figures: [] }} />;
// @ts-expect-error: the ready event's detail has no `problems`
export const badEvent = <ipo-lens onipo-lens-ready={(e) => e.detail.problems} />;
