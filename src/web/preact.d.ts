// <ipo-lens> in Preact's JSX: attributes as precise unions, `data` as a property,
// `onipo-lens-ready` and `onipo-lens-error` as listeners of the element's events.
import type { HTMLAttributes } from 'preact';
import type { IpoLensElement, IpoLensProps } from './ipo-lens.js';

export * from './ipo-lens.js';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'ipo-lens': IpoLensProps & HTMLAttributes<IpoLensElement>;
    }
  }
}
