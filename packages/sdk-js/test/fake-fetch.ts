import { encodeSseChunk, SSE_DONE_EVENT, type UIMessageChunk } from '@tessera/core';

/** One recorded call of a {@link FakeFetch}. */
export interface FetchCall {
  url: string;
  init: RequestInit;
  signal: AbortSignal;
  headers: Headers;
  body: unknown;
}

/** Answers one call: a response, or an error to reject with. */
export type Reply = Response | Error | ((call: FetchCall) => Response | Promise<Response>);

/** A `fetch` that answers with queued replies (the last one repeats) and records every call. */
export interface FakeFetch {
  fetch: typeof fetch;
  calls: FetchCall[];
}

export function fakeFetch(...replies: Reply[]): FakeFetch {
  const calls: FetchCall[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const signal = init.signal ?? new AbortController().signal;
    const call: FetchCall = {
      url: String(input),
      init,
      signal,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    if (signal.aborted) throw signal.reason;
    const reply = replies[Math.min(calls.length - 1, replies.length - 1)];
    if (reply === undefined) throw new Error('fakeFetch has no reply queued.');
    if (reply instanceof Error) throw reply;
    return typeof reply === 'function' ? reply(call) : reply;
  };
  return { fetch, calls };
}

/** A body whose network reads the test controls; it errors like real fetch when `signal` aborts. */
export interface PushableBody {
  body: ReadableStream<Uint8Array>;
  push(text: string | Uint8Array): void;
  close(): void;
  error(error: unknown): void;
}

export function pushableBody(signal?: AbortSignal): PushableBody {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const encoder = new TextEncoder();
  const safe = (action: () => void): void => {
    try {
      action();
    } catch {
      // Already closed or errored: like a real socket, later writes go nowhere.
    }
  };
  signal?.addEventListener('abort', () => safe(() => controller.error(signal.reason)));
  return {
    body,
    push: (text) => safe(() => controller.enqueue(typeof text === 'string' ? encoder.encode(text) : text)),
    close: () => safe(() => controller.close()),
    error: (error) => safe(() => controller.error(error)),
  };
}

/** A body that delivers each string as its own network read, then ends. */
export function bodyOf(...reads: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const read of reads) controller.enqueue(encoder.encode(read));
      controller.close();
    },
  });
}

const SSE_HEADERS = { 'content-type': 'text/event-stream' };

/** A 200 SSE response with raw network reads. */
export function sseResponse(...reads: string[]): Response {
  return new Response(bodyOf(...reads), { headers: SSE_HEADERS });
}

/** A 200 SSE response carrying `chunks`, then `[DONE]`. */
export function chunkResponse(chunks: UIMessageChunk[]): Response {
  return sseResponse(...chunks.map(encodeSseChunk), SSE_DONE_EVENT);
}

/** A streaming 200 response whose body the test pushes. */
export function pushableResponse(signal?: AbortSignal): { response: Response; body: PushableBody } {
  const body = pushableBody(signal);
  return { response: new Response(body.body, { headers: SSE_HEADERS }), body };
}

/** An RFC 9457 error response. */
export function problemResponse(
  status: number,
  problem: object = {},
  headers: Record<string, string> = {},
): Response {
  return new Response(
    JSON.stringify({ type: 'about:blank', title: `Status ${status}`, status, ...problem }),
    {
      status,
      headers: { 'content-type': 'application/problem+json', ...headers },
    },
  );
}

/** A complete answer as the server sends it: start, one source, text in two deltas, finish. */
export const ANSWER: UIMessageChunk[] = [
  { type: 'start', messageId: 'answer-1' },
  { type: 'source-document', sourceId: 'src-1', mediaType: 'text/markdown', title: 'Intro' },
  { type: 'text-start', id: 't1' },
  { type: 'text-delta', id: 't1', delta: 'Tessera is ' },
  { type: 'text-delta', id: 't1', delta: 'a kit [1].' },
  { type: 'text-end', id: 't1' },
  { type: 'finish', finishReason: 'stop' },
];

/** A sleep that returns at once and records what it was asked to wait. */
export function instantSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}
