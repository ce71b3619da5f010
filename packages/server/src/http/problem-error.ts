import type { ProblemFieldError } from '@tessera/core';

/** Options of a {@link ProblemError} beyond its status and detail. */
export interface ProblemErrorOptions {
  /** Stable machine-readable code, e.g. `invalid_body`. */
  code?: string;
  /** Validation failures, each with a JSON pointer into the request. */
  errors?: ProblemFieldError[];
  /** Extra response headers, e.g. `Allow` for a 405. */
  headers?: Record<string, string>;
  cause?: unknown;
}

/**
 * An error that becomes an RFC 9457 problem+json response. Throw it from routes and services;
 * the problem middleware renders it. Its `detail` is shown to the caller, so it must say how to fix
 * the request and must never hold internals.
 */
export class ProblemError extends Error {
  override name = 'ProblemError';
  readonly status: number;
  readonly code: string | undefined;
  readonly errors: ProblemFieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(status: number, detail: string, options: ProblemErrorOptions = {}) {
    super(detail, { cause: options.cause });
    this.status = status;
    this.code = options.code;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
  }
}
