import { once } from 'node:events';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** How long start-up waits for Redis before serving anyway (rate limits then let requests through). */
const READY_WAIT_MS = 2000;

/**
 * Connects to the Redis that replicas share limits through. Commands fail at once while it is
 * unreachable (no offline queue, one retry) instead of holding requests: the rate limiter then lets
 * requests through and says so in the logs, once per outage.
 */
export async function connectRedis(url: string, logger: Logger): Promise<Redis> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  let down = false;
  redis.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.warn({ err: error }, 'Redis is unreachable; rate limits let requests through until it is back.');
  });
  redis.on('ready', () => {
    if (down) logger.info('Redis is reachable again; rate limits are shared again.');
    down = false;
  });
  const timeout = AbortSignal.timeout(READY_WAIT_MS);
  await once(redis, 'ready', { signal: timeout }).catch(() => undefined);
  return redis;
}
