import type { ServerConfig } from '../config.js';
import { createLogger } from '../observability/create-logger.js';
import { fixedLimitPolicy } from '../services/limits/limits.js';
import type { StartServerOptions } from '../start-server.js';

/** What `tessera serve` passes to `startServer` for a checked configuration. */
export function serverOptions(config: ServerConfig): StartServerOptions {
  return {
    dataDir: config.dataDir,
    port: config.port,
    host: config.host,
    redisUrl: config.redisUrl,
    shutdownGraceMs: config.shutdownGraceMs,
    platform: {
      logger: createLogger({ level: config.logLevel }),
      limitPolicy: fixedLimitPolicy(config.limits),
      settings: {
        requestTimeoutMs: config.requestTimeoutMs,
        trustProxyHops: config.trustProxyHops,
        frameAncestors: config.frameAncestors,
      },
    },
  };
}
