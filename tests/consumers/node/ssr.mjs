// A server render, as an SSR framework does it: import the package in Node (nothing is
// registered, nothing throws) and render the element with React 19's server renderer.
import { IpoLensElement } from 'ipo-lens';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

const story = { format: 'ipo-lens/1' };
const html = renderToString(
  createElement('ipo-lens', { view: 'financials', lang: 'en', data: story },
    createElement('img', { slot: 'fallback', src: '/financials.en.svg', alt: 'Financials (static version)' })),
);
console.log(JSON.stringify({ element: typeof IpoLensElement, registry: typeof customElements, html }));
