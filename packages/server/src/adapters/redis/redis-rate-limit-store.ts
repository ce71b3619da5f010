import type { Redis } from 'ioredis';
import type { RateLimitStore } from '../../ports/rate-limit-store.js';
import type { BucketRule } from '../../services/limits/limits.js';
import { SLACK_MS, describeBucket, msPerToken, type TakeResult } from '../../services/limits/token-bucket.js';
import { TAKE_TOKEN_LUA } from './take-token-script.js';

/** The command that ioredis defines from the script: EVALSHA, falling back to EVAL once per connection. */
interface TakeTokenCommand {
  tesseraTakeToken(key: string, ...args: string[]): Promise<[number, string]>;
}

export interface RedisRateLimitStoreOptions {
  /** Prefix of every key, so several Tessera installations (or tests) can share one Redis. */
  keyPrefix?: string;
}

/**
 * Token buckets in Redis, shared by every replica. Each take is one script call, atomic on the
 * server; idle buckets expire once they would be full.
 */
export class RedisRateLimitStore implements RateLimitStore {
  private readonly command: TakeTokenCommand;
  private readonly prefix: string;

  constructor(
    private readonly redis: Redis,
    options: RedisRateLimitStoreOptions = {},
  ) {
    this.prefix = options.keyPrefix ?? 'tessera:rate:';
    redis.defineCommand('tesseraTakeToken', { numberOfKeys: 1, lua: TAKE_TOKEN_LUA });
    this.command = redis as unknown as TakeTokenCommand;
  }

  async take(key: string, rule: BucketRule, nowMs: number, cost = 1): Promise<TakeResult> {
    const [allowed, fullAt] = await this.command.tesseraTakeToken(
      this.prefix + key,
      String(rule.capacity),
      String(msPerToken(rule)),
      String(nowMs),
      String(cost),
      String(SLACK_MS),
    );
    return describeBucket(Number(fullAt), rule, nowMs, allowed === 1, cost);
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
