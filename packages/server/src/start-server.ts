import { once } from 'node:events';
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExtractiveProvider } from './adapters/extractive/extractive-provider.js';
import { openDatabase } from './adapters/sqlite/open-database.js';
import { SqliteLexicalIndex } from './adapters/sqlite/sqlite-lexical-index.js';
import { SqliteStore } from './adapters/sqlite/sqlite-store.js';
import { createApp } from './app.js';
import { Validator } from './http/validator.js';
import type { LlmProvider } from './ports/llm-provider.js';
import type { Assistant, Workspace } from './ports/store.js';
import { bootstrap, SAMPLE_DOCS_DIR } from './services/bootstrap.js';

export interface StartServerOptions {
  /** Folder for the SQLite file; created when missing. */
  dataDir: string;
  /** Defaults to 0: any free port. */
  port?: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** Defaults to the extractive provider (no language model). */
  provider?: LlmProvider;
  /** Markdown folder ingested into an empty workspace; `null` skips it. */
  sampleDocsDir?: string | null;
  onError?: (error: unknown) => void;
}

export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8787`. */
  url: string;
  server: Server;
  workspace: Workspace;
  assistant: Assistant;
  /**
   * Stops accepting connections, lets open responses end for up to `graceMs` (default 10 s), cuts
   * what is left, then closes the database.
   */
  close(graceMs?: number): Promise<void>;
}

/** Where the widget package keeps its built script-tag bundle, if it is installed. */
function widgetBundlePath(): string | undefined {
  try {
    return fileURLToPath(import.meta.resolve('@tessera/widget/widget.js'));
  } catch {
    return undefined;
  }
}

/** Opens the data directory, prepares the defaults and listens. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const db = openDatabase(join(options.dataDir, 'tessera.db'));
  const store = new SqliteStore(db);
  const { workspace, assistant } = await bootstrap(
    store,
    options.sampleDocsDir === null ? undefined : (options.sampleDocsDir ?? SAMPLE_DOCS_DIR),
  );
  const app = createApp({
    store,
    lexicalIndex: new SqliteLexicalIndex(db),
    provider: options.provider ?? new ExtractiveProvider(),
    validator: new Validator(),
    assistant,
    widgetBundlePath: widgetBundlePath(),
    ...(options.onError ? { onError: options.onError } : {}),
  });
  const server = app.listen(options.port ?? 0, options.host ?? '127.0.0.1');
  let inFlight = 0;
  server.on('request', (_request, response: ServerResponse) => {
    inFlight++;
    response.once('close', () => inFlight--);
  });
  await once(server, 'listening');
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host === '0.0.0.0' || host === '[::]' ? 'localhost' : host}:${address.port}`;
  return {
    url,
    server,
    workspace,
    assistant,
    async close(graceMs = 10_000) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Open answers may finish; nothing else may hold the shutdown open.
      const sweep = setInterval(() => {
        // Sockets with no request in flight (idle keep-alives, browsers' preconnects) go at once.
        if (inFlight === 0) server.closeAllConnections();
        else server.closeIdleConnections();
      }, 50);
      const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearInterval(sweep);
      clearTimeout(deadline);
      await store.close();
    },
  };
}
