import type { ServerConfig } from '../config.js';
import { createLogger } from '../observability/create-logger.js';
import { providerChain } from '../services/chat/provider-chain.js';
import type { StartServerOptions } from '../start-server.js';

/** What `tessera serve` passes to `startServer` for a checked configuration. */
export function serverOptions(config: ServerConfig): StartServerOptions {
  const logger = createLogger({ level: config.logLevel });
  return {
    dataDir: config.dataDir,
    provider: providerChain(config.models, (failed, error) =>
      logger.warn({ provider: failed.name, err: error }, 'A model failed before answering; trying the next.'),
    ),
    port: config.port,
    host: config.host,
    redisUrl: config.redisUrl,
    shutdownGraceMs: config.shutdownGraceMs,
    limits: config.limits,
    platform: {
      logger,
      settings: {
        requestTimeoutMs: config.requestTimeoutMs,
        trustProxyHops: config.trustProxyHops,
        frameAncestors: config.frameAncestors,
      },
    },
  };
}
