import { describe, expect, it } from 'vitest';
import type * as Errors from './errors.js';
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  TesseraError,
  UnprocessableEntityError,
} from './errors.js';

describe('APIError.generate', () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
  ])('maps status %i to its class', (status, Class) => {
    const error = APIError.generate(status, undefined, new Headers());
    expect(error).toBeInstanceOf(Class);
    expect(error.status).toBe(status);
    expect(error.name).toBe(Class.kind);
  });

  it('falls back to APIError for other statuses', () => {
    const error = APIError.generate(418, undefined, new Headers());
    expect(error.constructor).toBe(APIError);
    expect(error.message).toBe('The server answered with HTTP status 418.');
  });

  it('reads problem details: message from detail, code, requestId and field errors', () => {
    const problem = {
      type: 'https://tessera.dev/problems/invalid_body',
      title: 'Bad Request',
      status: 400,
      detail: 'messages must have at least 1 item. Send the conversation so far.',
      code: 'invalid_body',
      requestId: 'req-1',
      errors: [{ pointer: '/messages', detail: 'must NOT have fewer than 1 items' }],
    };
    const error = APIError.generate(400, problem, new Headers({ 'x-request-id': 'header-id' }));
    expect(error.message).toBe(problem.detail);
    expect(error.code).toBe('invalid_body');
    expect(error.requestId).toBe('req-1');
    expect(error.problem?.errors).toEqual(problem.errors);
  });

  it('uses the title when the problem has no detail, and x-request-id when it has no requestId', () => {
    const error = APIError.generate(
      404,
      { type: 'about:blank', title: 'Not Found', status: 404 },
      new Headers({ 'x-request-id': 'abc' }),
    );
    expect(error.message).toBe('Not Found');
    expect(error.requestId).toBe('abc');
    expect(error.code).toBeUndefined();
  });

  it('keeps a plain-text body as the message and no problem', () => {
    const error = APIError.generate(502, 'Bad gateway from the proxy', new Headers());
    expect(error.message).toBe('Bad gateway from the proxy');
    expect(error.problem).toBeUndefined();
  });

  it.each([
    [{ 'retry-after': '3' }, 3],
    [{ 'retry-after-ms': '1500', 'retry-after': '9' }, 1.5],
    [{}, undefined],
  ])('gives RateLimitError.retryAfter in seconds from %o', (headers, seconds) => {
    const error = APIError.generate(429, undefined, new Headers(headers));
    expect(RateLimitError.isInstance(error) && error.retryAfter).toBe(seconds ?? undefined);
  });
});

describe('isInstance', () => {
  it('recognises a class and its ancestors, not its siblings', () => {
    const error = APIError.generate(400, undefined, new Headers());
    expect(BadRequestError.isInstance(error)).toBe(true);
    expect(APIError.isInstance(error)).toBe(true);
    expect(TesseraError.isInstance(error)).toBe(true);
    expect(NotFoundError.isInstance(error)).toBe(false);
    expect(APIConnectionError.isInstance(error)).toBe(false);
  });

  it('treats a timeout as a connection error', () => {
    const error = new APITimeoutError();
    expect(APITimeoutError.isInstance(error)).toBe(true);
    expect(APIConnectionError.isInstance(error)).toBe(true);
    expect(APIUserAbortError.isInstance(error)).toBe(false);
    expect(error.name).toBe('APITimeoutError');
  });

  it('rejects plain errors and other values', () => {
    for (const value of [new Error('x'), null, undefined, 'TesseraError', { name: 'TesseraError' }]) {
      expect(TesseraError.isInstance(value)).toBe(false);
    }
  });

  it('works across two copies of the SDK, where instanceof fails', async () => {
    // The query makes Vite load a second, independent instance of the module, as a second bundle would.
    const copy = (await import('./errors.js?copy' as string)) as typeof Errors;
    expect(copy.BadRequestError).not.toBe(BadRequestError);
    const foreign = copy.APIError.generate(400, undefined, new Headers());
    expect(foreign instanceof BadRequestError).toBe(false);
    expect(BadRequestError.isInstance(foreign)).toBe(true);
    expect(TesseraError.isInstance(foreign)).toBe(true);
    expect(RateLimitError.isInstance(foreign)).toBe(false);
    expect(copy.APIUserAbortError.isInstance(new APIUserAbortError())).toBe(true);
  });
});
