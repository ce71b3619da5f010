import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  APIUserAbortError,
  TesseraError,
} from '../core/errors.js';
import { isRetryableStatus, retryDelay, type Sleep } from './retry.js';

/** Everything one logical request needs; built by the client from its options. */
export interface RequestConfig {
  fetch: typeof fetch;
  url: string;
  init: RequestInit;
  /** Milliseconds each attempt may take until the response headers (and an error body) arrive. */
  timeout: number;
  maxRetries: number;
  /** The caller's signal; aborting it ends the request and any later body read. */
  signal: AbortSignal;
  sleep: Sleep;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Sends a request, retrying connection failures and retryable statuses, and resolves with the
 * response as soon as its headers arrive with a success status. Because it resolves before the body
 * is read, a stream is never retried once its bytes started to flow.
 */
export async function makeRequest(config: RequestConfig): Promise<Response> {
  const { fetch, signal, maxRetries } = config;
  for (let retry = 0; ; retry++) {
    if (signal.aborted) throw new APIUserAbortError();
    // One controller per attempt, so a timed-out attempt can be abandoned while the caller's signal
    // stays usable for the next one. It stays linked afterwards: aborting later must still end the body.
    const attempt = new AbortController();
    const abort = (): void => attempt.abort();
    signal.addEventListener('abort', abort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      attempt.abort();
    }, config.timeout);

    let response: Response | undefined;
    try {
      response = await fetch(config.url, { ...config.init, signal: attempt.signal });
      if (response.ok) return response;
      if (retry >= maxRetries || !isRetryableStatus(response.status)) {
        throw APIError.generate(response.status, await readBody(response), response.headers);
      }
      // Free the connection: an unread body would keep it busy until garbage collection.
      await response.body?.cancel().catch(() => undefined);
    } catch (error) {
      if (signal.aborted) throw new APIUserAbortError();
      if (TesseraError.isInstance(error)) throw error;
      if (retry >= maxRetries) {
        throw timedOut
          ? new APITimeoutError({ cause: error })
          : new APIConnectionError(undefined, { cause: error });
      }
      response = undefined;
    } finally {
      clearTimeout(timer);
    }
    signal.removeEventListener('abort', abort);
    try {
      await config.sleep(retryDelay(retry, response?.headers), signal);
    } catch {
      throw new APIUserAbortError();
    }
  }
}
