import { resolve } from 'node:path';
import type { LevelWithSilent } from 'pino';
import { checkEnv } from './config/check-env.js';
import { DEFAULT_LIMITS, type BucketRule, type Limits } from './services/limits/limits.js';

/** Everything the server reads from its environment. */
export interface ServerConfig {
  /** TCP port to listen on; 0 picks a free one. */
  port: number;
  /** Interface to bind; `127.0.0.1` keeps the server local. */
  host: string;
  /** Folder that holds the SQLite database and other state. */
  dataDir: string;
  logLevel: LevelWithSilent;
  /** Redis server shared by replicas for rate limits; `undefined` keeps them in-process. */
  redisUrl: string | undefined;
  /** How many reverse proxies' `X-Forwarded-For` entries to trust; 0 ignores the header. */
  trustProxyHops: number;
  /** CSP `frame-ancestors` sources of the server's HTML pages. */
  frameAncestors: string[];
  requestTimeoutMs: number;
  shutdownGraceMs: number;
  /** Defaults for every caller until a policy sets limits per assistant. */
  limits: Limits;
  /** Language models to try in order before the extractive answer; empty answers extractively. */
  models: ModelConfig[];
}

/** One language model the server may answer with. */
export type ModelConfig =
  | { provider: 'openai'; apiKey: string; baseURL: string | undefined; model: string }
  | { provider: 'cohere'; apiKey: string; model: string };

/** A configuration value that cannot be used; the message names the variable and the fix. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const SECONDS = { s: 1, min: 60, h: 3600 } as const;

/** `60/min` → 60 at once, refilled at one per second; `off` → no limit. */
function parseRate(raw: string | undefined, fallback: BucketRule | undefined): BucketRule | undefined {
  if (raw === undefined) return fallback;
  if (raw === 'off') return undefined;
  const [count, period] = raw.split('/') as [string, keyof typeof SECONDS];
  const capacity = Number(count);
  return { capacity, refillPerSecond: capacity / SECONDS[period] };
}

function parseTokens(raw: string | undefined, fallback: number | undefined): number | undefined {
  if (raw === undefined) return fallback;
  return raw === 'off' ? undefined : Number(raw);
}

/**
 * Reads and checks the configuration. Throws one {@link ConfigError} listing every bad or unknown
 * variable, each on its own line with the fix, so an operator corrects them all in one go.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  defaults: Limits = DEFAULT_LIMITS,
): ServerConfig {
  const { errors, values } = checkEnv(env);
  if (errors.length > 0) {
    throw new ConfigError(
      `Tessera cannot start; fix the environment:\n${errors.map((line) => `- ${line}`).join('\n')}`,
    );
  }
  const trust = values.TESSERA_TRUST_PROXY;
  return {
    port: values.PORT ?? 8787,
    host: values.HOST ?? '0.0.0.0',
    dataDir: resolve(values.TESSERA_DATA_DIR ?? '.tessera'),
    logLevel: values.LOG_LEVEL ?? 'info',
    redisUrl: values.REDIS_URL,
    trustProxyHops: trust === undefined || trust === 'false' ? 0 : trust === 'true' ? 1 : Number(trust),
    frameAncestors: (values.TESSERA_FRAME_ANCESTORS ?? "'self'").split(/\s+/),
    requestTimeoutMs: values.TESSERA_REQUEST_TIMEOUT_MS ?? 30_000,
    shutdownGraceMs: values.TESSERA_SHUTDOWN_GRACE_MS ?? 10_000,
    limits: {
      requests: {
        ip: parseRate(values.TESSERA_RATE_LIMIT_IP, defaults.requests.ip),
        key: parseRate(values.TESSERA_RATE_LIMIT_KEY, defaults.requests.key),
        endUser: parseRate(values.TESSERA_RATE_LIMIT_END_USER, defaults.requests.endUser),
      },
      dailyTokens: {
        key: parseTokens(values.TESSERA_DAILY_TOKENS_KEY, defaults.dailyTokens.key),
        endUser: parseTokens(values.TESSERA_DAILY_TOKENS_END_USER, defaults.dailyTokens.endUser),
      },
    },
    models: [
      ...(values.OPENAI_API_KEY
        ? [
            {
              provider: 'openai' as const,
              apiKey: values.OPENAI_API_KEY,
              baseURL: values.OPENAI_BASE_URL,
              model: values.TESSERA_CHAT_MODEL ?? 'gpt-4o-mini',
            },
          ]
        : []),
      ...(values.COHERE_API_KEY
        ? [
            {
              provider: 'cohere' as const,
              apiKey: values.COHERE_API_KEY,
              model: values.TESSERA_COHERE_MODEL ?? 'command-a-03-2025',
            },
          ]
        : []),
    ],
  };
}
