/** Waits `ms` milliseconds, or rejects as soon as `signal` aborts. */
export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

const MAX_RETRY_AFTER_MS = 60_000;

/** Statuses worth another attempt: timeouts, lock conflicts, rate limits and server failures. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** How long the server asked the client to wait, from `retry-after-ms` or `retry-after` (seconds or an HTTP date). */
export function retryAfterMs(headers: Headers | undefined): number | undefined {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (!Number.isNaN(ms)) return ms;
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number.parseFloat(value);
  if (!Number.isNaN(seconds)) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/**
 * Delay before retry number `retry` (0-based): the server's wish when it is sane (0–60 s), otherwise
 * 0.5 s doubling up to 8 s, minus up to 25% jitter so that many clients don't retry in lockstep.
 */
export function retryDelay(retry: number, headers?: Headers): number {
  const wish = retryAfterMs(headers);
  if (wish !== undefined && wish >= 0 && wish <= MAX_RETRY_AFTER_MS) return wish;
  return Math.min(500 * 2 ** retry, 8000) * (1 - Math.random() * 0.25);
}

/** The default {@link Sleep}, on `setTimeout`. */
export const sleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    // The listener stays until the signal goes away with its request; that saves removing it.
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
