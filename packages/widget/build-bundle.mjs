// Builds the script-tag bundle into dist/bundle/:
//   widget.js         the loader: a small classic script (IIFE) that shows the launcher;
//   widget/*.js       the chat as ES module chunks, fetched by the loader with import() on first use:
//                     tessera-chat-<hash>.js (Lit, SDK, marked, the element, English), one chunk per
//                     other locale, and shared chunks. Every name is hashed, so they cache forever.
// The loader learns the entry's hashed name at build time and resolves it against its own URL.
import { build } from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = dirname(fileURLToPath(import.meta.url));

/** Whitespace and comments out of the CSS in `*.styles.ts`; esbuild leaves template literals as written. */
const minifyStyles = {
  name: 'minify-styles',
  setup(build) {
    build.onLoad({ filter: /\.styles\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const contents = source.replace(/`[^`]*`/g, (css) =>
        css
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}'),
      );
      return { contents, loader: 'ts' };
    });
  },
};

const common = {
  plugins: [minifyStyles],
  absWorkingDir: packageDir,
  bundle: true,
  minify: true,
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
  legalComments: 'none',
};

/**
 * Builds the bundle and returns its files as `{ path, contents }` (paths relative to `outdir`).
 * With `write: false` nothing touches the disk: the browser tests serve the files from memory.
 */
export async function buildWidgetBundle({ outdir = join(packageDir, 'dist/bundle'), write = true } = {}) {
  const chunksDir = join(outdir, 'widget');
  const chat = await build({
    ...common,
    entryPoints: { 'tessera-chat': 'src/tessera-chat.ts' },
    outdir: chunksDir,
    format: 'esm',
    splitting: true,
    entryNames: '[name]-[hash]',
    // Locale chunks land in widget/locales/, shared chunks in widget/.
    outbase: 'src/i18n',
    chunkNames: '[dir]/[name]-[hash]',
    sourcemap: 'linked',
    metafile: true,
    write: false,
  });
  const entry = Object.entries(chat.metafile.outputs).find(([, output]) =>
    output.entryPoint?.endsWith('src/tessera-chat.ts'),
  )[0];
  const loader = await build({
    ...common,
    entryPoints: ['src/loader/widget-loader.ts'],
    outfile: join(outdir, 'widget.js'),
    format: 'iife',
    sourcemap: 'linked',
    define: {
      __TESSERA_CHAT_ENTRY__: JSON.stringify(relative(outdir, join(packageDir, entry)).replaceAll('\\', '/')),
    },
    write: false,
  });
  const files = [...chat.outputFiles, ...loader.outputFiles].map((file) => ({
    path: relative(outdir, file.path).replaceAll('\\', '/'),
    contents: file.contents,
  }));
  if (write) {
    await rm(outdir, { recursive: true, force: true });
    for (const file of files) {
      await mkdir(dirname(join(outdir, file.path)), { recursive: true });
      await writeFile(join(outdir, file.path), file.contents);
    }
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildWidgetBundle();
