import { fileURLToPath } from 'node:url';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeBrowsers, filterBrowserLogs } from '../../web-test-runner.shared.mjs';

/**
 * The widget is tested against the real server, started here on an ephemeral port with a temporary
 * SQLite file and this package's own small knowledge base. @tessera/server is imported through the
 * workspace rather than declared: declaring it would make the package graph cyclic (the server
 * ships the widget bundle), and the root test command builds every package before any test runs.
 */
function tesseraServer() {
  let running;
  let dataDir;
  return {
    name: 'tessera-server',
    async serverStart() {
      const { startServer } = await import('@tessera/server');
      dataDir = await mkdtemp(join(tmpdir(), 'tessera-widget-test-'));
      running = await startServer({
        dataDir,
        sampleDocsDir: fileURLToPath(new URL('./test-fixtures/knowledge/', import.meta.url)),
      });
    },
    async serverStop() {
      await running?.close();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
    url: () => running.url,
  };
}

const server = tesseraServer();

export default {
  files: 'src/**/*.test.ts',
  nodeResolve: true,
  plugins: [server, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  // Tests read the server's address from a meta tag, since it is only known once the server runs.
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html><head><meta name="tessera-test-server" content="${server.url()}"></head>
    <body><script type="module" src="${testFramework}"></script></body></html>`,
  browsers: chromeBrowsers(),
  filterBrowserLogs,
  concurrency: 1,
  browserStartTimeout: 60000,
  testFramework: { config: { timeout: 10000 } },
};
