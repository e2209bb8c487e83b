// `import 'ipo-lens/react'`: the same element as `ipo-lens` (registered in a browser, inert
// on a server); its .d.ts adds <ipo-lens> to React 19's JSX types.
export * from './ipo-lens.js';
