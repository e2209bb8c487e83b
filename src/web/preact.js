// `import 'ipo-lens/preact'`: the same element as `ipo-lens` (registered in a browser, inert
// on a server); its .d.ts adds <ipo-lens> to Preact's JSX types.
export * from './ipo-lens.js';
