// <ipo-lens> in Solid's JSX: attributes as precise unions, `prop:data` as a property,
// `on:ipo-lens-ready` and `on:ipo-lens-error` as listeners of the element's events.
import type { JSX as SolidJSX } from 'solid-js';
import type { IpoLensElement, IpoLensProps } from './ipo-lens.js';

export * from './ipo-lens.js';

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
      'ipo-lens': IpoLensProps & SolidJSX.HTMLAttributes<IpoLensElement>;
    }
  }
}
