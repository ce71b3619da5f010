import { fileURLToPath } from 'node:url';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeBrowsers, filterBrowserLogs } from '../../web-test-runner.shared.mjs';
import { buildWidgetBundle } from './build-bundle.mjs';
import { mockChatMiddleware } from './test-fixtures/mock-chat.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The real extractive provider, plus two behaviours the browser tests need from a real server:
 * a question containing "slowly" gets a long answer at 40 words a second (to stop it mid-way), and
 * one containing "crash" fails after its first words (the server then streams an `error` part).
 */
async function testProvider() {
  const { ExtractiveProvider } = await import('@tessera/server');
  const extractive = new ExtractiveProvider();
  return {
    name: 'widget-test',
    async *streamAnswer(input) {
      if (/\bslowly\b/i.test(input.question)) {
        for (let i = 0; i < 400 && !input.signal.aborted; i++) {
          await sleep(25);
          yield `word${i} `;
        }
        return;
      }
      if (/\bcrash\b/i.test(input.question)) {
        yield 'The first words ';
        throw new Error('The test provider failed on purpose.');
      }
      yield* extractive.streamAnswer(input);
    },
  };
}

/**
 * The widget is tested against the real server, started here on an ephemeral port with a temporary
 * SQLite file and this package's own small knowledge base. @tessera/server is imported through the
 * workspace rather than declared: declaring it would make the package graph cyclic (the server
 * ships the widget bundle), and the root test command builds every package before any test runs.
 */
function tesseraServer() {
  let running;
  let dataDir;
  let key = '';
  return {
    name: 'tessera-server',
    async serverStart({ config }) {
      const { startServer, createLogger } = await import('@tessera/server');
      dataDir = await mkdtemp(join(tmpdir(), 'tessera-widget-test-'));
      running = await startServer({
        dataDir,
        sampleDocsDir: fileURLToPath(new URL('./test-fixtures/knowledge/', import.meta.url)),
        provider: await testProvider(),
        onError: () => {},
        // Some tests make the answer fail on purpose; their error logs would only be noise here.
        platform: { logger: createLogger({ level: 'silent' }) },
      });
      // A server that checks keys gets a publishable key allowed for the test page's origin.
      if (running.createKey) {
        const origins = ['localhost', '127.0.0.1', config.hostname].map(
          (host) => `http://${host}:${config.port}`,
        );
        const created = await running.createKey({
          type: 'publishable',
          name: 'widget browser tests',
          allowedOrigins: [...new Set(origins)],
        });
        key = created.key;
      }
    },
    async serverStop() {
      await running?.close(0);
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
    url: () => running.url,
    key: () => key,
  };
}

/**
 * The script-tag bundle, built in memory when the tests start and served under /bundle/, so the
 * loader's tests exercise exactly what `npm run build` ships without depending on a previous build.
 */
function widgetBundle() {
  let files = new Map();
  return {
    name: 'widget-bundle',
    async serverStart() {
      const built = await buildWidgetBundle({
        outdir: join(tmpdir(), 'tessera-widget-bundle'),
        write: false,
      });
      files = new Map(built.map((file) => [`/bundle/${file.path}`, file.contents]));
    },
    serve(context) {
      const body = files.get(context.path);
      if (!body) return undefined;
      return { body: Buffer.from(body), type: context.path.endsWith('.map') ? 'json' : 'js' };
    },
  };
}

const server = tesseraServer();

export default {
  files: 'src/**/*.test.ts',
  nodeResolve: true,
  middleware: [mockChatMiddleware],
  plugins: [
    server,
    widgetBundle(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
  // Tests read the server's address from a meta tag, since it is only known once the server runs.
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en"><head><meta name="tessera-test-server" content="${server.url()}"><meta name="tessera-test-key" content="${server.key()}"><title>Widget tests</title></head>
    <body><script type="module" src="${testFramework}"></script></body></html>`,
  browsers: chromeBrowsers(),
  filterBrowserLogs,
  concurrency: 1,
  browserStartTimeout: 60000,
  testFramework: { config: { timeout: 10000 } },
};
