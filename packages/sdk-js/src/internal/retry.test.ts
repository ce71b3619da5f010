import { describe, expect, it } from 'vitest';
import { isRetryableStatus, retryAfterMs, retryDelay, sleep } from './retry.js';

describe('isRetryableStatus', () => {
  it('retries timeouts, conflicts, rate limits and server errors only', () => {
    const retried = [400, 401, 403, 404, 408, 409, 422, 429, 500, 503].filter(isRetryableStatus);
    expect(retried).toEqual([408, 409, 429, 500, 503]);
  });
});

describe('retryAfterMs', () => {
  it('prefers retry-after-ms', () => {
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '250', 'retry-after': '3' }))).toBe(250);
  });

  it('reads retry-after in seconds', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '2' }))).toBe(2000);
  });

  it('reads retry-after as an HTTP date', () => {
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    const ms = retryAfterMs(new Headers({ 'retry-after': inTenSeconds }));
    // toUTCString drops the milliseconds.
    expect(ms).toBeGreaterThan(8_000);
    expect(ms).toBeLessThanOrEqual(10_000);
  });

  it('is undefined without a usable header', () => {
    expect(retryAfterMs(new Headers())).toBeUndefined();
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(retryAfterMs(undefined)).toBeUndefined();
  });
});

describe('retryDelay', () => {
  it('honours a retry-after of up to 60 seconds', () => {
    expect(retryDelay(0, new Headers({ 'retry-after': '60' }))).toBe(60_000);
  });

  it('falls back to backoff when retry-after exceeds 60 seconds', () => {
    expect(retryDelay(0, new Headers({ 'retry-after': '61' }))).toBeLessThanOrEqual(500);
  });

  it('backs off from 0.5 s, doubling to 8 s, with up to 25% jitter', () => {
    for (let i = 0; i < 50; i++) {
      const first = retryDelay(0);
      expect(first).toBeGreaterThanOrEqual(375);
      expect(first).toBeLessThanOrEqual(500);
      const second = retryDelay(1);
      expect(second).toBeGreaterThanOrEqual(750);
      expect(second).toBeLessThanOrEqual(1000);
      const capped = retryDelay(10);
      expect(capped).toBeGreaterThanOrEqual(6000);
      expect(capped).toBeLessThanOrEqual(8000);
    }
  });
});

describe('sleep', () => {
  it('resolves after the delay', async () => {
    await expect(sleep(1, new AbortController().signal)).resolves.toBeUndefined();
  });

  it('rejects as soon as the signal aborts', async () => {
    const controller = new AbortController();
    const pending = sleep(60_000, controller.signal);
    controller.abort();
    await expect(pending).rejects.toThrow();
  });
});
