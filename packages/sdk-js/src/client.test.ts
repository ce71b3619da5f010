import type { UIMessage } from '@tessera/core';
import { describe, expect, it } from 'vitest';
import {
  ANSWER,
  chunkResponse,
  fakeFetch,
  instantSleep,
  problemResponse,
  pushableResponse,
} from '../test/fake-fetch.js';
import { Tessera, type TesseraOptions } from './client.js';
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  BadRequestError,
  InternalServerError,
  RateLimitError,
  TesseraError,
} from './core/errors.js';

const messages: UIMessage[] = [
  { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'What is Tessera?' }] },
];

function client(fetch: typeof globalThis.fetch, options: Partial<TesseraOptions> = {}) {
  const { sleep, waits } = instantSleep();
  return { client: new Tessera({ baseURL: 'http://tessera.test', fetch, sleep, ...options }), waits };
}

describe('Tessera client', () => {
  it('posts the ChatRequest to /v1/chat as JSON, asking for an event stream', async () => {
    const server = fakeFetch(chunkResponse(ANSWER));
    const { client: tessera } = client(server.fetch, { baseURL: 'http://tessera.test/api/' });
    await tessera.chat.stream({ id: 'c1', messages, trigger: 'submit-message' }).text();
    const [call] = server.calls;
    expect(call?.url).toBe('http://tessera.test/api/v1/chat');
    expect(call?.init.method).toBe('POST');
    expect(call?.body).toEqual({ id: 'c1', messages, trigger: 'submit-message' });
    expect(call?.headers.get('content-type')).toBe('application/json');
    expect(call?.headers.get('accept')).toBe('text/event-stream');
    expect(call?.headers.has('authorization')).toBe(false);
  });

  it('sends the API key as a bearer token, with default and per-request headers', async () => {
    const server = fakeFetch(chunkResponse(ANSWER));
    const { client: tessera } = client(server.fetch, {
      apiKey: 'tk_123',
      defaultHeaders: { 'x-a': '1', 'x-b': '1' },
    });
    await tessera.chat.stream({ messages }, { headers: { 'x-b': '2' } }).text();
    const headers = server.calls[0]?.headers;
    expect(headers?.get('authorization')).toBe('Bearer tk_123');
    expect(headers?.get('x-a')).toBe('1');
    expect(headers?.get('x-b')).toBe('2');
  });

  it('refuses to start without a baseURL and says how to pass one', () => {
    expect(() => new Tessera({ baseURL: '' })).toThrow(/needs a baseURL: new Tessera\(\{ baseURL/);
  });

  it('uses the global fetch when none is given', async () => {
    const server = fakeFetch(chunkResponse(ANSWER));
    const original = globalThis.fetch;
    globalThis.fetch = server.fetch;
    try {
      expect(await new Tessera({ baseURL: 'http://tessera.test' }).chat.stream({ messages }).text()).toBe(
        'Tessera is a kit [1].',
      );
    } finally {
      globalThis.fetch = original;
    }
  });
});

describe('retries', () => {
  it('retries on 429 then succeeds, waiting as retry-after says', async () => {
    const server = fakeFetch(problemResponse(429, {}, { 'retry-after': '2' }), chunkResponse(ANSWER));
    const { client: tessera, waits } = client(server.fetch);
    expect(await tessera.chat.stream({ messages }).text()).toBe('Tessera is a kit [1].');
    expect(server.calls).toHaveLength(2);
    expect(waits).toEqual([2000]);
  });

  it('retries 503 with backoff, then gives up after maxRetries with InternalServerError', async () => {
    const server = fakeFetch(() => problemResponse(503, { detail: 'The model is overloaded.' }));
    const { client: tessera, waits } = client(server.fetch, { maxRetries: 3 });
    const error = await tessera.chat
      .stream({ messages })
      .text()
      .catch((e: unknown) => e);
    expect(InternalServerError.isInstance(error)).toBe(true);
    expect((error as InternalServerError).message).toBe('The model is overloaded.');
    expect(server.calls).toHaveLength(4);
    expect(waits).toHaveLength(3);
    expect(waits[0]).toBeLessThanOrEqual(500);
    expect(waits[2]).toBeGreaterThan(1000);
  });

  it('lets a request override maxRetries', async () => {
    const server = fakeFetch(() => problemResponse(500));
    const { client: tessera } = client(server.fetch);
    await expect(tessera.chat.stream({ messages }, { maxRetries: 0 }).text()).rejects.toThrow(
      InternalServerError,
    );
    expect(server.calls).toHaveLength(1);
  });

  it('does not retry a 400 and rejects with BadRequestError carrying the problem', async () => {
    const errors = [{ pointer: '/messages', detail: 'must NOT have fewer than 1 items' }];
    const server = fakeFetch(
      problemResponse(400, { detail: 'Send at least one message.', errors }, { 'x-request-id': 'r9' }),
    );
    const { client: tessera } = client(server.fetch);
    const error = await tessera.chat
      .stream({ messages: [] })
      .text()
      .catch((e: unknown) => e);
    expect(BadRequestError.isInstance(error) && error.problem?.errors).toEqual(errors);
    expect((error as BadRequestError).requestId).toBe('r9');
    expect(server.calls).toHaveLength(1);
  });

  it('gives up on a 429 with RateLimitError once retries are spent', async () => {
    const server = fakeFetch(() => problemResponse(429, {}, { 'retry-after': '1' }));
    const { client: tessera } = client(server.fetch, { maxRetries: 1 });
    const error = await tessera.chat
      .stream({ messages })
      .text()
      .catch((e: unknown) => e);
    expect(RateLimitError.isInstance(error) && error.retryAfter).toBe(1);
    expect(server.calls).toHaveLength(2);
  });

  it('retries a connection error, then throws APIConnectionError with the cause', async () => {
    const cause = new TypeError('fetch failed');
    const server = fakeFetch(cause);
    const { client: tessera } = client(server.fetch);
    const error = await tessera.chat
      .stream({ messages })
      .text()
      .catch((e: unknown) => e);
    expect(APIConnectionError.isInstance(error)).toBe(true);
    expect(APITimeoutError.isInstance(error)).toBe(false);
    expect((error as Error).cause).toBe(cause);
    expect(server.calls).toHaveLength(3);
  });

  it('recovers from a connection error on the next attempt', async () => {
    const server = fakeFetch(new TypeError('fetch failed'), chunkResponse(ANSWER));
    const { client: tessera } = client(server.fetch);
    expect(await tessera.chat.stream({ messages }).text()).toBe('Tessera is a kit [1].');
  });

  it('never retries once stream bytes arrived', async () => {
    const server = fakeFetch(({ signal }) => {
      const { response, body } = pushableResponse(signal);
      body.push('data: {"type":"start"}\n\n');
      setTimeout(() => body.error(new TypeError('terminated')), 1);
      return response;
    });
    const { client: tessera } = client(server.fetch);
    const seen: string[] = [];
    const error = await (async () => {
      for await (const chunk of tessera.chat.stream({ messages })) seen.push(chunk.type);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(['start']);
    expect(APIConnectionError.isInstance(error)).toBe(true);
    expect(server.calls).toHaveLength(1);
  });

  it('stops waiting for a retry when the caller aborts', async () => {
    const server = fakeFetch(() => problemResponse(503));
    const tessera = new Tessera({ baseURL: 'http://tessera.test', fetch: server.fetch });
    const stream = tessera.chat.stream({ messages });
    const pending = stream.text();
    setTimeout(() => stream.abort(), 20);
    await expect(pending).rejects.toThrow(APIUserAbortError);
    expect(server.calls).toHaveLength(1);
  });
});

describe('timeouts', () => {
  /** A reply that never comes, but lets go when its request is aborted, as a real fetch does. */
  const never = ({ signal }: { signal: AbortSignal }) =>
    new Promise<Response>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));

  it('throws APITimeoutError when the headers do not arrive in time', async () => {
    const { client: tessera } = client(fakeFetch(never).fetch, { timeout: 10, maxRetries: 0 });
    const error = await tessera.chat
      .stream({ messages })
      .text()
      .catch((e: unknown) => e);
    expect(APITimeoutError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/Raise the timeout option/);
  });

  it('retries a timed-out attempt with a fresh timeout', async () => {
    const server = fakeFetch(never, chunkResponse(ANSWER));
    const { client: tessera } = client(server.fetch, { timeout: 10 });
    expect(await tessera.chat.stream({ messages }).text()).toBe('Tessera is a kit [1].');
    expect(server.calls).toHaveLength(2);
    expect(server.calls[0]?.signal.aborted).toBe(true);
    expect(server.calls[1]?.signal.aborted).toBe(false);
  });

  it('does not cut a slow stream once its headers arrived', async () => {
    const server = fakeFetch(({ signal }) => {
      const { response, body } = pushableResponse(signal);
      setTimeout(() => {
        body.push('data: {"type":"text-delta","id":"t","delta":"late"}\n\ndata: [DONE]\n\n');
      }, 40);
      return response;
    });
    const { client: tessera } = client(server.fetch, { timeout: 10 });
    expect(await tessera.chat.stream({ messages }).text()).toBe('late');
  });

  it('is rejected before fetching when the signal is already aborted', async () => {
    const server = fakeFetch(chunkResponse(ANSWER));
    const { client: tessera } = client(server.fetch);
    const error = await tessera.chat
      .stream({ messages }, { signal: AbortSignal.abort() })
      .text()
      .catch((e: unknown) => e);
    expect(APIUserAbortError.isInstance(error)).toBe(true);
    expect(TesseraError.isInstance(error)).toBe(true);
    expect(server.calls).toHaveLength(0);
  });
});
