import type { ProblemDetails } from '@tessera/core';
import { retryAfterMs } from '../internal/retry.js';

/**
 * Brand carried by every Tessera error. `Symbol.for` returns the same symbol in every copy of the SDK
 * on a page (the widget bundle and the host app may each load one), where `instanceof` would fail.
 */
const BRAND = Symbol.for('tessera.error');

/** Any class of the hierarchy, seen from `isInstance`. */
interface ErrorClass<T> {
  new (...args: never): T;
  readonly kind: string;
}

/** Base class of every error the SDK throws. */
export class TesseraError extends Error {
  /**
   * Stable class name used by the brand; `Function.name` would not do, because minifiers rename
   * classes.
   */
  static readonly kind: string = 'TesseraError';

  /** Kinds of this error's class and of all its ancestors, e.g. `['BadRequestError', 'APIError', 'TesseraError']`. */
  declare readonly [BRAND]: readonly string[];

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    const kinds: string[] = [];
    // Every class of the hierarchy declares its own `kind`; the walk stops at `Error`, which has none.
    for (let c = new.target; Object.hasOwn(c, 'kind'); c = Object.getPrototypeOf(c) as typeof TesseraError) {
      kinds.push(c.kind);
    }
    this.name = new.target.kind;
    // Not enumerable, so that it stays out of logs and JSON.
    Object.defineProperty(this, BRAND, { value: kinds });
  }

  /**
   * Whether `value` is an error of this class or a subclass, even when it comes from another copy of
   * the SDK. Prefer it to `instanceof`.
   */
  static isInstance<T>(this: ErrorClass<T>, value: unknown): value is T {
    const kinds = (value as { [BRAND]?: unknown } | null | undefined)?.[BRAND];
    return Array.isArray(kinds) && kinds.includes(this.kind);
  }
}

function toProblem(body: unknown): ProblemDetails | undefined {
  return body && typeof body === 'object' && typeof (body as ProblemDetails).title === 'string'
    ? (body as ProblemDetails)
    : undefined;
}

/** The server answered with an error status. */
export class APIError<TStatus extends number = number> extends TesseraError {
  static override readonly kind: string = 'APIError';
  /** HTTP status of the response. */
  declare readonly status: TStatus;
  /** Headers of the response. */
  declare readonly headers: Headers;
  /** The RFC 9457 problem details of the response body, when it had them. */
  declare readonly problem: ProblemDetails | undefined;
  /** Stable machine-readable error code, e.g. `invalid_body`. */
  declare readonly code: string | undefined;
  /** Id of the request in the server's logs; quote it when reporting a problem. */
  declare readonly requestId: string | undefined;

  constructor(status: TStatus, body: unknown, headers: Headers) {
    const problem = toProblem(body);
    super(
      problem?.detail ??
        problem?.title ??
        (typeof body === 'string' && body
          ? body.slice(0, 500)
          : `The server answered with HTTP status ${status}.`),
    );
    this.status = status;
    this.headers = headers;
    this.problem = problem;
    this.code = problem?.code;
    this.requestId = problem?.requestId ?? headers.get('x-request-id') ?? undefined;
  }

  /** Creates the error class that matches `status`; `body` is the parsed JSON or the text of the response. */
  static generate(status: number, body: unknown, headers: Headers): APIError {
    const Class = STATUS_CLASSES[status] ?? (status >= 500 ? InternalServerError : APIError);
    return new Class(status as never, body, headers);
  }
}

/** 400: the request is malformed; `problem.errors` points at each invalid field. */
export class BadRequestError extends APIError<400> {
  static override readonly kind: string = 'BadRequestError';
}
/** 401: the API key is missing or wrong. */
export class AuthenticationError extends APIError<401> {
  static override readonly kind: string = 'AuthenticationError';
}
/** 403: the API key may not do this. */
export class PermissionDeniedError extends APIError<403> {
  static override readonly kind: string = 'PermissionDeniedError';
}
/** 404: the resource or route does not exist. */
export class NotFoundError extends APIError<404> {
  static override readonly kind: string = 'NotFoundError';
}
/** 409: the request conflicts with the current state. */
export class ConflictError extends APIError<409> {
  static override readonly kind: string = 'ConflictError';
}
/** 422: the request is well-formed but cannot be processed. */
export class UnprocessableEntityError extends APIError<422> {
  static override readonly kind: string = 'UnprocessableEntityError';
}
/** 429: too many requests; wait `retryAfter` seconds. */
export class RateLimitError extends APIError<429> {
  static override readonly kind: string = 'RateLimitError';
  /** Seconds the server asked to wait, from `retry-after-ms` or `retry-after`. */
  declare readonly retryAfter: number | undefined;

  constructor(status: 429, body: unknown, headers: Headers) {
    super(status, body, headers);
    const ms = retryAfterMs(headers);
    this.retryAfter = ms === undefined ? undefined : ms / 1000;
  }
}
/** 500 and above: the server failed. */
export class InternalServerError extends APIError {
  static override readonly kind: string = 'InternalServerError';
}

const STATUS_CLASSES: Partial<
  Record<number, new (status: never, body: unknown, headers: Headers) => APIError>
> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** The server could not be reached, or the connection broke. */
export class APIConnectionError extends TesseraError {
  static override readonly kind: string = 'APIConnectionError';

  constructor(
    message = 'Could not reach the Tessera server. Check baseURL and the network.',
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The server did not answer within the `timeout`. */
export class APITimeoutError extends APIConnectionError {
  static override readonly kind: string = 'APITimeoutError';

  constructor(options?: ErrorOptions) {
    super('The Tessera server did not answer in time. Raise the timeout option or retry later.', options);
  }
}

/** The request was aborted through its signal, `stream.abort()` or `chat.stop()`. */
export class APIUserAbortError extends TesseraError {
  static override readonly kind: string = 'APIUserAbortError';

  constructor() {
    super('The request was aborted.');
  }
}
