// webpack 5: no loader or experiment needed; the package's
// `new URL('./ipo_lens_bg.wasm', import.meta.url)` is emitted as an asset.
import { fileURLToPath } from 'node:url';

export default {
  mode: 'production',
  entry: './main.js',
  output: { path: fileURLToPath(new URL('./dist', import.meta.url)), filename: 'main.js', clean: false },
};
