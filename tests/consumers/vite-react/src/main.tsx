// React 19 + TypeScript (strict): `import 'ipo-lens/react'` registers <ipo-lens> and types it
// in JSX. React 19 sets `data` as a property (an object, not attribute text) because the
// element is defined before React renders; `onipo-lens-ready` listens to the element's event.
import 'ipo-lens/react';
import type { IpoLensReadyEvent } from 'ipo-lens/react';
import { createRoot } from 'react-dom/client';
import { story } from './story';

function App() {
  const ready = (e: IpoLensReadyEvent) => {
    document.body.dataset.widget = 'ready';
    document.body.dataset.view = e.detail.view;
  };
  return <ipo-lens view="financials" metric="revenue" lang="en" data={story} onipo-lens-ready={ready} />;
}

createRoot(document.getElementById('root')!).render(<App />);
