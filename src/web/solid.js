// `import 'ipo-lens/solid'`: the same element as `ipo-lens` (registered in a browser, inert
// on a server); its .d.ts adds <ipo-lens> to Solid's JSX types.
export * from './ipo-lens.js';
