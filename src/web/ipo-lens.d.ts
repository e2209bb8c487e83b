// Public API of the <ipo-lens> element. Importing the package registers the element.

/** Views of the widget. */
export type IpoLensView = 'listing-day';
export type IpoLensLang = 'zh' | 'en';
/** Prices the listing-day view measures the gain at. */
export type IpoLensMetric = 'first-day-high' | 'first-day-close' | 'later-high' | 'latest';
/** `loading` until the wasm is ready and the first chart is drawn. */
export type IpoLensState = 'loading' | 'ready' | 'error';

export interface IpoLensReadyDetail { view: IpoLensView; lang: IpoLensLang }
export interface IpoLensErrorDetail { message: string }

export declare class IpoLensElement extends HTMLElement {
  static readonly observedAttributes: readonly ['view', 'lang', 'metric'];
  /**
   * Replaces the dataset with an object in the `ipo-lens/1` format (see data/README.md).
   * Rejects with an Error whose message names the JSON path of the first problem, e.g.
   * `figures[3].value: must be a positive number, got -3`; the last good data stays shown.
   */
  setData(data: object): Promise<void>;
  /** The SVG of the chart currently shown. */
  readonly svg: string;
  addEventListener(type: 'ipo-lens-ready', listener: (ev: CustomEvent<IpoLensReadyDetail>) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: 'ipo-lens-error', listener: (ev: CustomEvent<IpoLensErrorDetail>) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'ipo-lens': IpoLensElement;
  }
}
