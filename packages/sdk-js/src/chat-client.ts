import { END_USER_TOKEN_HEADER } from '@tessera/core';
import { TesseraError } from './core/errors.js';
import { makeRequest } from './internal/make-request.js';
import { sleep, type Sleep } from './internal/retry.js';
import { warnSecretKeyInBrowser } from './internal/warn-secret-key.js';
import { ChatResource } from './resources/chat-resource.js';

/** Options of a {@link Tessera} client. */
export interface TesseraOptions {
  /** Address of the Tessera server, e.g. `https://assistant.example.com`. */
  baseURL: string;
  /** API key, sent as `authorization: Bearer <apiKey>`; public widgets may need none. */
  apiKey?: string | undefined;
  /**
   * End-user token sent as `x-tessera-user-token` next to a publishable key: one signed by your
   * backend with the assistant's signing secret, or one from `client.endUsers.createAnonymous()`.
   */
  userToken?: string | undefined;
  /** The `fetch` to use instead of the global one, e.g. for a proxy or tests. */
  fetch?: typeof fetch | undefined;
  /** Milliseconds to wait for the response headers of each attempt; 60 000 by default. */
  timeout?: number | undefined;
  /**
   * Retries, after connection errors and 408, 409, 429 and 5xx answers, of idempotent requests (`GET`,
   * `PUT`, `DELETE`) and of stream starts; 2 by default.
   */
  maxRetries?: number | undefined;
  /** Headers sent with every request. */
  defaultHeaders?: Record<string, string> | undefined;
  /**
   * Waits between retries. A test hook, not a stable option.
   * @internal
   */
  sleep?: Sleep | undefined;
}

/** Per-request overrides of the client's options. */
export interface RequestOptions {
  /** Aborts the request and, for a stream, the reading of its body. */
  signal?: AbortSignal | undefined;
  /** Milliseconds to wait for the response headers of each attempt. */
  timeout?: number | undefined;
  /** Retries of this request. */
  maxRetries?: number | undefined;
  /** Extra headers; they win over the client's. */
  headers?: Record<string, string> | undefined;
}

/** What a resource sends through {@link Tessera.request}. */
export interface RequestInput {
  /** HTTP method, e.g. `POST`. */
  method: string;
  /** Path below `baseURL`, starting with `/`; build it with the `path` tag to encode parameters. */
  path: string;
  /** Sent as JSON; a `FormData` is sent as `multipart/form-data` instead. */
  body?: unknown;
  /** Sent as the query string; `undefined` values are left out. */
  query?: object | undefined;
  /** Headers of this endpoint, e.g. its `accept`. */
  headers?: Record<string, string>;
  /**
   * Safe to send twice although the method is not idempotent: a stream start, which the client
   * never retries once bytes arrived. Other `POST`s and `PATCH`es are never retried.
   */
  retryable?: boolean;
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

/**
 * The smallest client: streamed chat only. The widget uses it to stay small; {@link Tessera} adds
 * every other resource. It holds no global state, so several clients (and several copies of the SDK)
 * can live on one page.
 */
export class ChatClient {
  /** Address of the server, without a trailing slash. */
  declare readonly baseURL: string;
  /** Default per-attempt timeout in milliseconds. */
  declare readonly timeout: number;
  /** Default number of retries. */
  declare readonly maxRetries: number;
  /** Streamed chat answers. */
  readonly chat: ChatResource = new ChatResource(this);
  readonly #options: TesseraOptions;

  constructor(options: TesseraOptions) {
    if (!options?.baseURL) {
      throw new TesseraError(
        "The client needs a baseURL: new Tessera({ baseURL: 'https://assistant.example.com' }).",
      );
    }
    this.baseURL = options.baseURL.replace(/\/+$/, '');
    this.timeout = options.timeout ?? 60_000;
    this.maxRetries = options.maxRetries ?? 2;
    this.#options = options;
    warnSecretKeyInBrowser(options.apiKey);
  }

  /**
   * Sends one request with auth, retries and timeout, and resolves with the response once its
   * headers arrive with a success status; error statuses reject with the matching `APIError`.
   * A low-level method: prefer the resources.
   */
  request(input: RequestInput, options: RequestOptions = {}): Promise<Response> {
    const { apiKey, userToken, defaultHeaders } = this.#options;
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(input.query ?? {})) {
      if (value !== undefined) query.set(name, String(value));
    }
    const search = query.toString();
    return makeRequest({
      // Called unbound: a global `fetch` invoked as a method of another object throws in browsers.
      fetch: this.#options.fetch ?? ((url, init) => fetch(url, init)),
      url: this.baseURL + input.path + (search ? `?${search}` : ''),
      init: {
        method: input.method,
        headers: {
          // A form sets its own content type, with the multipart boundary.
          ...(input.body === undefined || input.body instanceof FormData
            ? {}
            : { 'content-type': 'application/json' }),
          ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
          ...(userToken ? { [END_USER_TOKEN_HEADER]: userToken } : {}),
          ...defaultHeaders,
          ...input.headers,
          ...options.headers,
        },
        body:
          input.body === undefined
            ? null
            : input.body instanceof FormData
              ? input.body
              : JSON.stringify(input.body),
      },
      timeout: options.timeout ?? this.timeout,
      // Repeating a write could do it twice; only what is safe to repeat is retried.
      maxRetries:
        IDEMPOTENT.has(input.method) || input.retryable ? (options.maxRetries ?? this.maxRetries) : 0,
      signal: options.signal ?? new AbortController().signal,
      sleep: this.#options.sleep ?? sleep,
    });
  }
}
