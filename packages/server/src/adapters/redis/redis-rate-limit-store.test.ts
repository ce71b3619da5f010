import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rateLimitStoreConformance } from '../../testing/rate-limit-store-conformance.js';
import { startRedisServer, type TestRedis } from '../../testing/redis-server.js';
import { MemoryRateLimitStore } from '../memory/memory-rate-limit-store.js';
import { RedisRateLimitStore } from './redis-rate-limit-store.js';

let server: TestRedis;
const clients: Redis[] = [];
beforeAll(async () => {
  server = await startRedisServer();
}, 20_000);
afterAll(async () => {
  for (const client of clients) client.disconnect();
  await server?.stop();
});

/** A store on its own key prefix, so that tests sharing the server never see each other's buckets. */
function redisStore(prefix = `test:${randomUUID()}:`) {
  const client = new Redis(server.url, { maxRetriesPerRequest: 1 });
  clients.push(client);
  return { store: new RedisRateLimitStore(client, { keyPrefix: prefix }), client, prefix };
}

rateLimitStoreConformance('RedisRateLimitStore', async () => redisStore().store);

describe('RedisRateLimitStore', () => {
  it('shares buckets between replicas: two clients on one prefix draw from the same tokens', async () => {
    const prefix = `shared:${randomUUID()}:`;
    const one = redisStore(prefix).store;
    const two = redisStore(prefix).store;
    const rule = { capacity: 3, refillPerSecond: 1 };
    const results = await Promise.all([one, two, one, two].map((s) => s.take('k', rule, 1_000_000)));
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
  });

  it('lets Redis forget a bucket once it would be full again', async () => {
    const { store, client, prefix } = redisStore();
    await store.take('ttl', { capacity: 5, refillPerSecond: 1 }, Date.now());
    const ttl = await client.pttl(`${prefix}ttl`);
    expect(ttl).toBeGreaterThan(1000);
    expect(ttl).toBeLessThanOrEqual(2000);
  });

  it('answers exactly like the memory store over a random sequence of takes', async () => {
    const { store } = redisStore();
    const memory = new MemoryRateLimitStore();
    const rule = { capacity: 7, refillPerSecond: 7 / 60 };
    let now = 1_700_000_000_000;
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 200; i++) {
      now += Math.floor(random() * 20_000);
      const cost = 1 + Math.floor(random() * 3);
      expect(await store.take('seq', rule, now, cost)).toEqual(await memory.take('seq', rule, now, cost));
    }
  });
});
