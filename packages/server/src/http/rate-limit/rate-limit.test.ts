import { afterEach, describe, expect, it } from 'vitest';
import { startRedisServer, type TestRedis } from '../../testing/redis-server.js';
import { startPlatformServer } from '../../testing/platform-server.js';
import { bearer } from '../../testing/temp-server.js';
import { fixedLimitPolicy, type Limits } from '../../services/limits/limits.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** Three requests at once, then one every two seconds, for every kind of caller. */
const LIMITS: Limits = {
  requests: {
    ip: { capacity: 3, refillPerSecond: 0.5 },
    key: { capacity: 3, refillPerSecond: 0.5 },
    endUser: { capacity: 3, refillPerSecond: 0.5 },
  },
  dailyTokens: {},
};

async function server(options: { trustProxyHops?: number; redisUrl?: string } = {}) {
  const running = await startPlatformServer({
    sampleDocs: false,
    ...(options.redisUrl ? { redisUrl: options.redisUrl } : {}),
    platform: {
      limitPolicy: fixedLimitPolicy(LIMITS),
      settings: { trustProxyHops: options.trustProxyHops ?? 0 },
    },
  });
  closers.push(() => running.close());
  return running;
}

const get = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, { headers }).then(async (response) => {
    await response.arrayBuffer();
    return response;
  });

describe('rate limits', () => {
  it('let a burst through with RateLimit headers, then answer 429 with an exact Retry-After', async () => {
    const { url } = await server();
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      const response = await get(`${url}/v1/auth/me`);
      statuses.push(response.status);
      expect(response.headers.get('ratelimit-limit')).toBe('3');
      expect(response.headers.get('ratelimit-remaining')).toBe(String(2 - i));
      expect(response.headers.get('ratelimit-reset')).toBe(String(2 * (i + 1)));
      expect(response.headers.get('ratelimit-policy')).toBe('3;w=6');
    }
    expect(statuses).toEqual([401, 401, 401]);
    const limited = await fetch(`${url}/v1/auth/me`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toContain('application/problem+json');
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(limited.headers.get('ratelimit-remaining')).toBe('0');
    const problem = (await limited.json()) as { code: string; detail: string };
    expect(problem.code).toBe('rate_limited');
    expect(problem.detail).toContain('this IP address');
    expect(problem.detail).toContain('Retry after 2 s');
  });

  it('refill on the clock: one request per interval after the burst', async () => {
    const { url, clock } = await server();
    for (let i = 0; i < 3; i++) await get(`${url}/v1/auth/me`);
    clock.advance(1999);
    expect((await get(`${url}/v1/auth/me`)).headers.get('retry-after')).toBe('1');
    clock.advance(1);
    expect((await get(`${url}/v1/auth/me`)).status).toBe(401);
    expect((await get(`${url}/v1/auth/me`)).status).toBe(429);
    clock.advance(60_000);
    const full = await get(`${url}/v1/auth/me`);
    expect(full.headers.get('ratelimit-remaining')).toBe('2');
  });

  it('count a secret key apart from the IP, and each key apart from the others', async () => {
    const { url, secretKey, createKey } = await server();
    for (let i = 0; i < 3; i++) await get(`${url}/v1/auth/me`);
    expect((await get(`${url}/v1/auth/me`)).status).toBe(429);
    const other = await createKey({ type: 'secret', name: 'second' });
    for (let i = 0; i < 3; i++) expect((await get(`${url}/v1/keys`, bearer(secretKey))).status).toBe(200);
    expect((await get(`${url}/v1/keys`, bearer(secretKey))).status).toBe(429);
    const limited = await fetch(`${url}/v1/keys`, { headers: bearer(secretKey) });
    expect(((await limited.json()) as { detail: string }).detail).toContain('this API key');
    expect((await get(`${url}/v1/keys`, bearer(other.key))).status).toBe(200);
  });

  it('leave routes outside /v1 alone', async () => {
    const { url } = await server();
    for (let i = 0; i < 10; i++) expect((await get(`${url}/healthz`)).status).toBe(200);
    expect((await get(`${url}/healthz`)).headers.get('ratelimit-limit')).toBeNull();
  });

  it('trust X-Forwarded-For only behind a configured proxy, and only its last entry', async () => {
    const direct = await server();
    for (let i = 0; i < 3; i++) await get(`${direct.url}/v1/auth/me`, { 'x-forwarded-for': `10.0.0.${i}` });
    expect((await get(`${direct.url}/v1/auth/me`, { 'x-forwarded-for': '10.0.0.9' })).status).toBe(429);

    const proxied = await server({ trustProxyHops: 1 });
    for (let i = 0; i < 3; i++) await get(`${proxied.url}/v1/auth/me`, { 'x-forwarded-for': '10.0.0.1' });
    expect((await get(`${proxied.url}/v1/auth/me`, { 'x-forwarded-for': '10.0.0.1' })).status).toBe(429);
    expect((await get(`${proxied.url}/v1/auth/me`, { 'x-forwarded-for': '10.0.0.2' })).status).toBe(401);
    // A client cannot escape its bucket by writing its own entry in front of the proxy's.
    const spoofed = await get(`${proxied.url}/v1/auth/me`, { 'x-forwarded-for': '1.2.3.4, 10.0.0.1' });
    expect(spoofed.status).toBe(429);
  });

  describe('with REDIS_URL', () => {
    let redis: TestRedis;
    it('share the buckets between replicas', async () => {
      redis = await startRedisServer();
      closers.push(() => redis.stop());
      const one = await server({ redisUrl: redis.url });
      const two = await server({ redisUrl: redis.url });
      expect((await get(`${one.url}/v1/auth/me`)).status).toBe(401);
      expect((await get(`${two.url}/v1/auth/me`)).status).toBe(401);
      expect((await get(`${one.url}/v1/auth/me`)).status).toBe(401);
      const limited = await get(`${two.url}/v1/auth/me`);
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('2');
    });

    it('let requests through, counted and logged, while Redis is down', async () => {
      redis = await startRedisServer();
      const replica = await server({ redisUrl: redis.url });
      await redis.stop();
      for (let i = 0; i < 5; i++) expect((await get(`${replica.url}/v1/auth/me`)).status).toBe(401);
      const metrics = await (await fetch(`${replica.url}/metrics`)).text();
      expect(metrics).toMatch(/tessera_rate_limit_store_errors_total 5/);
      expect(replica.log.text()).toContain('The rate limit store failed; request let through.');
    });
  });
});
