// React 19 on the server (what Next.js, Remix or any SSR setup runs): importing the package
// here is safe, it registers nothing. The fallback picture is in the HTML; the object `data`
// is not: React sets it as a property in the browser, where the element is defined.
import 'ipo-lens/react';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';

export function Chart({ story }) {
  return h('ipo-lens', { view: 'financials', lang: 'en', data: story },
    h('img', { slot: 'fallback', src: '/financials.en.svg', alt: 'Financials (static version)', width: 640, height: 592 }));
}

const story = { format: 'ipo-lens/1' /* …the page's dataset */ };
console.log(renderToString(h(Chart, { story })));
