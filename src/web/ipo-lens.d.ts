// Public API of the <ipo-lens> element. Importing the package registers the element.

/** The views. Without a `view` attribute the element shows a tab bar over all of them. */
export type IpoLensView =
  | 'listing-day'
  | 'demand'
  | 'valuation'
  | 'financials'
  | 'chips'
  | 'market'
  | 'customers'
  | 'specs'
  | 'company'
  | 'fact-check'
  | 'price-path';
export type IpoLensLang = 'zh' | 'en';
/** Metrics per view (the `metric` attribute); each view's first is its default. */
export interface IpoLensMetrics {
  'listing-day': 'first-day-high' | 'first-day-close' | 'later-high' | 'latest' | 'lot-profit';
  demand: 'subscription' | 'proceeds';
  financials: 'revenue' | 'loss' | 'rnd' | 'cumulative';
  market: 'size' | 'shares';
  company: 'profile' | 'milestones' | 'team' | 'ownership';
}
export type IpoLensMetric = IpoLensMetrics[keyof IpoLensMetrics];
/** `native` keeps every value in its own currency; CNY/HKD convert only through a rate. */
export type IpoLensCurrency = 'native' | 'CNY' | 'HKD';
export type IpoLensScale = 'linear' | 'log';
/** `loading` until the wasm is ready and the first chart is drawn. */
export type IpoLensState = 'loading' | 'ready' | 'error';

/** The attributes the element reads (all strings in HTML). */
export interface IpoLensAttributes {
  view?: IpoLensView;
  lang?: IpoLensLang;
  metric?: IpoLensMetric;
  currency?: IpoLensCurrency;
  /** A reader-entered rate: 1 HKD = `fx` CNY. Used only where the dataset has no rate. */
  fx?: `${number}`;
  /** Shares per lot for listings whose lot the dataset does not give. */
  lot?: `${number}`;
  /** Present: half years are shown doubled as a marked estimate. */
  annualise?: '';
  scale?: IpoLensScale;
  /** A same-origin URL of a dataset in the ipo-lens/1 format. */
  src?: string;
}

/** `ms`: main-thread time this drawing took (layout in wasm, DOM update). */
export interface IpoLensReadyDetail { view: IpoLensView; lang: IpoLensLang; ms: number }
export interface IpoLensErrorDetail { message: string }

/** A dataset in the ipo-lens/1 format (see data/README.md in the repository). */
export interface IpoLensDataset {
  format: 'ipo-lens/1';
  story: { id: string; title: IpoLensText };
  sources: { id: string; title: IpoLensText; publisher: IpoLensText; language: string; url?: string; note?: string }[];
  entities: { id: string; kind: 'company' | 'market' | 'product' | 'group' | 'person'; name: IpoLensText }[];
  listings?: {
    company: string;
    exchange: IpoLensText;
    currency: 'CNY' | 'HKD' | 'USD';
    /** `YYYY-MM-DD`, or `YYYY-MM` where only the month is known. */
    date: string;
    date_as_written?: string;
    source: string;
    quote: string;
    note?: string;
  }[];
  figures: IpoLensFigure[];
  facts?: { id: string; entity: string; topic: string; period?: string; text: IpoLensText; source: string; quote: string }[];
  inputs?: { id: string; kind: 'fx_rate'; from: 'CNY' | 'HKD' | 'USD'; to: 'CNY' | 'HKD' | 'USD'; rate: number; as_of: string; source: IpoLensText }[];
}
export interface IpoLensText { zh?: string; en?: string }
export interface IpoLensFigure {
  id: string;
  entity: string;
  metric: string;
  key?: string;
  /** `FY2024`, `H1-2025`, `2025-12`, `2026-01-02`, `FY2022..H1-2025` or `writing`. */
  period: string;
  period_kind: 'full_year' | 'half_year' | 'month' | 'date' | 'span' | 'as_of_writing';
  value: number;
  unit: 'money' | 'price_per_share' | 'percent' | 'times' | 'people' | 'chips' | 'shares' | 'investors' | 'rounds' | 'companies' | 'tops' | 'nanometres';
  currency?: 'CNY' | 'HKD' | 'USD' | null;
  basis?: 'stated' | 'forecast';
  qualifier?: 'exact' | 'over' | 'at_least' | 'nearly' | 'about';
  as_written?: string;
  source: string;
  quote: string;
  note?: string;
}

export declare class IpoLensElement extends HTMLElement {
  static readonly observedAttributes: readonly (keyof IpoLensAttributes)[];
  /**
   * Replaces the dataset. Rejects with an Error whose message names the JSON path of the
   * first problem, e.g. `figures[3].value: must be a positive number, got -3`; the last
   * good data stays shown and the message is shown in the widget (role="alert").
   */
  setData(data: IpoLensDataset | object): Promise<void>;
  /**
   * Adds or replaces a price series for the `price-path` view. `x`: times in milliseconds
   * since 1970 (as `Date.getTime()`), increasing; `y`: prices in `currency`. Millions of
   * points are fine: the view draws each pixel column's first, last, lowest and highest.
   */
  setSeries(series: { id: string; entity: string; currency: 'CNY' | 'HKD' | 'USD'; x: Float64Array | number[]; y: Float64Array | number[] }): Promise<void>;
  /** The SVG of the chart currently shown. */
  readonly svg: string;
  /** The current view's data as CSV, with the source line. */
  readonly csv: string;
  /** The chart as a PNG at `scale` × its CSS size (default 2). */
  png(scale?: number): Promise<Blob>;
  addEventListener(type: 'ipo-lens-ready', listener: (ev: CustomEvent<IpoLensReadyDetail>) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: 'ipo-lens-error', listener: (ev: CustomEvent<IpoLensErrorDetail>) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'ipo-lens': IpoLensElement;
  }
  interface HTMLElementEventMap {
    'ipo-lens-ready': CustomEvent<IpoLensReadyDetail>;
    'ipo-lens-error': CustomEvent<IpoLensErrorDetail>;
  }
}
