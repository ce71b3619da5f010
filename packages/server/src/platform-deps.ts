import type { Logger } from 'pino';
import { MemoryRateLimitStore } from './adapters/memory/memory-rate-limit-store.js';
import { MemoryUsageStore } from './adapters/memory/memory-usage-store.js';
import { createLogger } from './observability/create-logger.js';
import { createMetrics, type Metrics } from './observability/create-metrics.js';
import type { RateLimitStore } from './ports/rate-limit-store.js';
import type { ReadinessCheck } from './ports/readiness-check.js';
import type { UsageStore } from './ports/usage-store.js';
import { DEFAULT_LIMITS, fixedLimitPolicy, type LimitPolicy } from './services/limits/limits.js';
import type { Clock } from './services/limits/token-bucket.js';

/** How the server handles every request; the configuration fills these from the environment. */
export interface HttpSettings {
  /** Deadline of a request; for a stream, the longest silence between two parts. */
  requestTimeoutMs: number;
  /** Reverse proxies whose `X-Forwarded-For` entries are trusted for `ctx.ip`; 0 ignores the header. */
  trustProxyHops: number;
  /** CSP `frame-ancestors` sources of HTML pages. */
  frameAncestors: string[];
  /** Deepest nesting accepted in a JSON body. */
  jsonMaxDepth: number;
}

export const DEFAULT_HTTP_SETTINGS: HttpSettings = {
  requestTimeoutMs: 30_000,
  trustProxyHops: 0,
  frameAncestors: ["'self'"],
  jsonMaxDepth: 32,
};

/** The operational parts of the app: logs, metrics, limits, usage, readiness, shutdown. */
export interface PlatformDeps {
  logger: Logger;
  metrics: Metrics;
  rateLimitStore: RateLimitStore;
  usageStore: UsageStore;
  /** Limits per caller; the default applies `DEFAULT_LIMITS` to everyone. */
  limitPolicy: LimitPolicy;
  clock: Clock;
  /** Aborted when the server starts to stop, so that open streams end properly. */
  shutdownSignal: AbortSignal | undefined;
  /** What `/readyz` checks besides the process being up. */
  readinessChecks: ReadinessCheck[];
  settings: HttpSettings;
}

/** What a caller of `createApp` may choose; everything left out gets a working default. */
export type PlatformOptions = Partial<Omit<PlatformDeps, 'settings'>> & { settings?: Partial<HttpSettings> };

/**
 * Fills in defaults: warnings and errors logged to stdout, a registry per app, in-memory limits and
 * usage. Resolving an already resolved object returns the same instances, so the app and its routes
 * can each resolve `deps.platform` and share one registry and one store.
 */
export function resolvePlatform(options: PlatformOptions = {}): PlatformDeps {
  return {
    logger: options.logger ?? createLogger({ level: 'warn' }),
    metrics: options.metrics ?? createMetrics(),
    rateLimitStore: options.rateLimitStore ?? new MemoryRateLimitStore(),
    usageStore: options.usageStore ?? new MemoryUsageStore(),
    limitPolicy: options.limitPolicy ?? fixedLimitPolicy(DEFAULT_LIMITS),
    clock: options.clock ?? Date.now,
    shutdownSignal: options.shutdownSignal,
    readinessChecks: options.readinessChecks ?? [],
    settings: { ...DEFAULT_HTTP_SETTINGS, ...options.settings },
  };
}

/** The resolved platform of an app's dependencies. */
export function platformOf(deps: { platform?: PlatformOptions | undefined }): PlatformDeps {
  return resolvePlatform(deps.platform);
}
