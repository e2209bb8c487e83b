// <ipo-lens> in React 19's JSX (the `react` module's JSX namespace, which `jsx: "react-jsx"`
// reads): attributes as precise unions, `data` as a property, `onipo-lens-ready` and
// `onipo-lens-error` as listeners of the element's events.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { IpoLensElement, IpoLensProps } from './ipo-lens.js';

export * from './ipo-lens.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'ipo-lens': IpoLensProps & DetailedHTMLProps<HTMLAttributes<IpoLensElement>, IpoLensElement>;
    }
  }
}
