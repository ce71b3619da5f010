import { CohereClientV2 } from 'cohere-ai';
import { DEFAULT_RETRY_POLICY, retryingFetch, type RetryPolicy } from '../http/retrying-fetch.js';

export interface CohereClientOptions {
  apiKey: string;
  /** `https://api.cohere.com` by default; tests point it at a fake. */
  baseUrl?: string;
  retry?: RetryPolicy;
  timeoutMs?: number;
}

/** The official v2 client with its own retries off: the fetch wrapper retries 429/5xx with backoff. */
export function cohereClient(options: CohereClientOptions): CohereClientV2 {
  return new CohereClientV2({
    token: options.apiKey,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    maxRetries: 0,
    timeoutInSeconds: (options.timeoutMs ?? 60_000) / 1000,
    fetch: retryingFetch(options.retry ?? DEFAULT_RETRY_POLICY),
  });
}
