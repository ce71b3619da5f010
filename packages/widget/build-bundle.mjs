// Builds the script-tag bundle: one minified IIFE with Lit and the SDK inside, so a host page needs
// nothing but the <script> tag.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/loader/widget-loader.ts'],
  outfile: 'dist/bundle/widget.js',
  bundle: true,
  format: 'iife',
  minify: true,
  sourcemap: true,
  target: 'es2022',
  legalComments: 'linked',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
