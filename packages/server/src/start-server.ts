import { once } from 'node:events';
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CreateApiKeyRequest, CreatedApiKey } from '@tessera/core';
import { ExtractiveProvider } from './adapters/extractive/extractive-provider.js';
import { connectRedis } from './adapters/redis/connect-redis.js';
import { RedisRateLimitStore } from './adapters/redis/redis-rate-limit-store.js';
import { sqliteReadiness } from './adapters/sqlite/sqlite-readiness.js';
import { SqliteUsageStore } from './adapters/sqlite/sqlite-usage-store.js';
import { openDatabase } from './adapters/sqlite/open-database.js';
import { SqliteStore } from './adapters/sqlite/sqlite-store.js';
import { createApp } from './app.js';
import { Validator } from './http/validator.js';
import { createLogger } from './observability/create-logger.js';
import { resolvePlatform, type PlatformOptions } from './platform-deps.js';
import type { LlmProvider } from './ports/llm-provider.js';
import type { Assistant, Workspace } from './ports/store.js';
import { bootstrap, SAMPLE_DOCS_DIR } from './services/bootstrap.js';
import { createKnowledgeBase, type KnowledgeBaseOptions } from './services/create-knowledge-base.js';
import { DocumentJobs } from './services/ingest/document-jobs.js';
import { resumeUnfinished } from './services/ingest/manage-documents.js';
import { createApiKey } from './services/keys/api-keys.js';
import { ensureFirstStartKeys } from './services/keys/first-start-keys.js';
import { assistantLimitPolicy } from './services/limits/assistant-limit-policy.js';
import { searchRetriever } from './services/retrieval/search-retriever.js';
import { DEFAULT_LIMITS, type Limits } from './services/limits/limits.js';

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
  /**
   * Browser origins allowed, besides the server's own, for the demo publishable key created on the
   * first start of a data directory (e.g. a test runner's page origin).
   */
  demoOrigins?: string[];
  onError?: (error: unknown) => void;
  /** Check every JSON answer against its route's response schema; for tests. */
  checkResponses?: boolean;
  /**
   * Logs, limits, settings; see `PlatformOptions`. Usage goes to the SQLite file and readiness
   * checks the database unless given here.
   */
  platform?: PlatformOptions;
  /** The server's default limits; each assistant may set its own over them. Ignored when `platform.limitPolicy` is given. */
  limits?: Limits;
  /** Shares rate limits with other replicas through this Redis (`REDIS_URL`). */
  redisUrl?: string | undefined;
  /** Default of `close()` (`TESSERA_SHUTDOWN_GRACE_MS`); 10 s when unset. */
  shutdownGraceMs?: number;
  /** Embeddings, Pinecone, reranker, parser and ingestion limits; lexical-only in the same SQLite file by default. */
  knowledge?: Omit<KnowledgeBaseOptions, 'db'>;
}

export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8787`. */
  url: string;
  server: Server;
  workspace: Workspace;
  assistant: Assistant;
  /**
   * Keys made on the first start of the data directory: `secret` exists only then (it is never
   * stored in plain text); `publishable` is the demo page's key, allowed for the server's own origin.
   */
  keys: { secret: string | undefined; publishable: string };
  /** Creates a key in the default workspace, as the CLI does (audited as `system`). */
  createKey(input: CreateApiKeyRequest): Promise<CreatedApiKey>;
  /**
   * Stops accepting connections, lets open responses end for up to `graceMs`, cuts what is left,
   * then closes the database. `/readyz` answers 503 from the first moment; open answer streams are
   * asked to end with `finish` shortly before the grace runs out.
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
    options.sampleDocsDir === null ? null : (options.sampleDocsDir ?? SAMPLE_DOCS_DIR),
  );
  const knowledge = createKnowledgeBase({ ...options.knowledge, db });
  // Documents a crash or restart interrupted are finished (or failed) before uploads are accepted.
  await resumeUnfinished(knowledge.ingest);
  const firstKeys = await ensureFirstStartKeys(store, workspace.id, options.demoOrigins);
  const logger = options.platform?.logger ?? createLogger({ level: 'warn' });
  const jobs = new DocumentJobs(knowledge.ingest, (error) => {
    logger.error({ err: error }, 'A document could not be ingested; it resumes on the next start.');
    options.onError?.(error);
  });
  const redis = options.redisUrl ? await connectRedis(options.redisUrl, logger) : undefined;
  const shutdown = new AbortController();
  let stopping = false;
  const platform = resolvePlatform({
    usageStore: new SqliteUsageStore(db),
    limitPolicy: assistantLimitPolicy(store, options.limits ?? DEFAULT_LIMITS),
    ...(redis ? { rateLimitStore: new RedisRateLimitStore(redis) } : {}),
    ...options.platform,
    logger,
    shutdownSignal: shutdown.signal,
    readinessChecks: [
      ...sqliteReadiness(db),
      {
        name: 'shutdown',
        check() {
          if (stopping) throw new Error('The server is stopping; send traffic to another replica.');
        },
      },
      ...(options.platform?.readinessChecks ?? []),
    ],
  });
  const app = createApp({
    store,
    // Chat answers from the whole knowledge base: the sample documents and every upload.
    lexicalIndex: searchRetriever(knowledge.search),
    knowledge: { base: knowledge, jobs },
    provider: options.provider ?? new ExtractiveProvider(),
    validator: new Validator(),
    assistant,
    widgetBundlePath: widgetBundlePath(),
    ...(options.onError ? { onError: options.onError } : {}),
    checkResponses: options.checkResponses ?? false,
    platform,
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
    keys: { secret: firstKeys.secretKey, publishable: firstKeys.demoKey },
    createKey: (input) =>
      createApiKey(
        store,
        {
          workspaceId: workspace.id,
          audit: { kind: 'system', id: 'start-server' },
          role: 'owner',
          ip: null,
          userAgent: null,
        },
        input,
      ),
    async close(graceMs = options.shutdownGraceMs ?? 10_000) {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Streams get the last fifth of the grace (at most a second) to write their ending.
      const wrapUp = setTimeout(() => shutdown.abort(), graceMs - Math.min(1000, graceMs / 5));
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
      clearTimeout(wrapUp);
      await jobs.drain();
      await knowledge.close();
      await platform.rateLimitStore.close();
      await platform.usageStore.close();
      await store.close();
    },
  };
}
