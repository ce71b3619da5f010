export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** First backoff; doubles per retry, with ±25% jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A `retry-after` longer than this is not waited for: the call fails at once instead. */
  maxRetryAfterMs?: number;
  /** Injected by tests to record waits instead of sleeping. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 4,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
};

const RETRYABLE = (status: number) => status === 408 || status === 409 || status === 429 || status >= 500;

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

/** The wait a server asked for: `retry-after-ms`, or `retry-after` in seconds or as an HTTP date. */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const ms = Number(headers.get('retry-after-ms'));
  if (headers.has('retry-after-ms') && Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function backoff(attempt: number, policy: RetryPolicy): number {
  const exponential = Math.min(policy.baseDelayMs * 2 ** attempt, policy.maxDelayMs);
  return exponential * (0.75 + Math.random() * 0.5);
}

const isAbort = (error: unknown) =>
  error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');

/**
 * Wraps fetch with retries on 408/409/429/5xx and network errors: exponential backoff with jitter,
 * honouring `retry-after(-ms)`. Used under the OpenAI, Cohere and Pinecone clients (their own
 * retries off) so every provider backs off the same, testable way. Bodies that cannot be replayed
 * (streams) are sent once.
 */
export function retryingFetch(
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  base: typeof fetch = fetch,
): typeof fetch {
  const wait = policy.sleep ?? sleep;
  return async (input, init) => {
    const replayable = !(init?.body instanceof ReadableStream) && !(input instanceof Request && input.body);
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= policy.maxRetries || !replayable;
      let response: Response;
      try {
        response = await base(input, init);
      } catch (error) {
        if (last || isAbort(error) || init?.signal?.aborted) throw error;
        await wait(backoff(attempt, policy), init?.signal ?? undefined);
        continue;
      }
      if (last || !RETRYABLE(response.status)) return response;
      const asked = retryAfterMs(response.headers);
      if (asked !== undefined && asked > (policy.maxRetryAfterMs ?? Infinity)) return response;
      await response.body?.cancel();
      await wait(asked ?? backoff(attempt, policy), init?.signal ?? undefined);
    }
  };
}
