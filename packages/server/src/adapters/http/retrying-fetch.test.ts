import { describe, expect, it } from 'vitest';
import { retryAfterMs, retryingFetch } from './retrying-fetch.js';

describe('retryingFetch', () => {
  it('reads retry-after-ms, seconds and HTTP dates', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '250', 'retry-after': '9' }), now)).toBe(250);
    expect(retryAfterMs(new Headers({ 'retry-after': '2' }), now)).toBe(2000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), now)).toBe(5000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
  });

  it('backs off exponentially on 5xx and network errors, and gives up after maxRetries', async () => {
    const waits: number[] = [];
    const answers: (Response | Error)[] = [
      new Response('', { status: 500 }),
      new TypeError('fetch failed'),
      new Response('', { status: 503 }),
      new Response('', { status: 503 }),
    ];
    const fetch = retryingFetch(
      { maxRetries: 3, baseDelayMs: 100, maxDelayMs: 1000, sleep: async (ms) => void waits.push(ms) },
      async () => {
        const next = answers.shift()!;
        if (next instanceof Error) throw next;
        return next;
      },
    );
    expect((await fetch('http://x')).status).toBe(503);
    expect(waits).toHaveLength(3);
    expect(waits[0]).toBeGreaterThanOrEqual(75);
    expect(waits[2]).toBeGreaterThanOrEqual(300);
  });

  it('does not retry 4xx, aborts, or a retry-after longer than allowed', async () => {
    let calls = 0;
    const answer = (status: number, headers: Record<string, string> = {}) =>
      retryingFetch(
        {
          maxRetries: 3,
          baseDelayMs: 1,
          maxDelayMs: 1,
          maxRetryAfterMs: 10_000,
          sleep: async () => undefined,
        },
        async () => {
          calls++;
          return new Response('', { status, headers });
        },
      );
    expect((await answer(400)('http://x')).status).toBe(400);
    expect((await answer(429, { 'retry-after': '3600' })('http://x')).status).toBe(429);
    expect(calls).toBe(2);
    const aborted = retryingFetch({ maxRetries: 3, baseDelayMs: 1, maxDelayMs: 1 }, async () => {
      throw new DOMException('stop', 'AbortError');
    });
    await expect(aborted('http://x')).rejects.toThrow('stop');
  });
});
