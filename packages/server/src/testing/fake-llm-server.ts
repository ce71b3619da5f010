import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake upstream does with the next request. */
export type Scenario =
  | { kind: 'answer'; tokens: string[]; delayMs?: number }
  | { kind: 'error'; status: number; retryAfter?: number }
  | { kind: 'cut'; tokens: string[] }
  | { kind: 'stall'; tokens: string[] };

export interface RecordedRequest {
  path: string;
  body: Record<string, unknown>;
  /** Set when the client closed the connection before the response ended. */
  aborted: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The providers' exact error bodies, as their SDKs parse them. */
function errorBody(path: string, status: number): string {
  if (path.startsWith('/v2/'))
    return JSON.stringify({ message: status === 429 ? 'too many requests' : 'internal error' });
  const type = status === 429 ? 'rate_limit_error' : status >= 500 ? 'server_error' : 'invalid_request_error';
  return JSON.stringify({
    error: {
      message: `Fake upstream error ${status}.`,
      type,
      param: null,
      code: status === 429 ? 'rate_limit_exceeded' : null,
    },
  });
}

function openAiChunks(tokens: string[]): string[] {
  const base = {
    id: 'chatcmpl-fake',
    object: 'chat.completion.chunk',
    created: 1_700_000_000,
    model: 'fake-model',
  };
  return [
    { ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] },
    ...tokens.map((content) => ({
      ...base,
      choices: [{ index: 0, delta: { content }, finish_reason: null }],
    })),
    { ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] },
    {
      ...base,
      choices: [],
      usage: { prompt_tokens: 42, completion_tokens: tokens.length, total_tokens: 42 + tokens.length },
    },
  ].map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`);
}

function cohereEvents(tokens: string[]): string[] {
  const event = (type: string, data: object) =>
    `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
  return [
    event('message-start', {
      id: 'fake',
      delta: { message: { role: 'assistant', content: [], tool_plan: '', tool_calls: [], citations: [] } },
    }),
    event('content-start', { index: 0, delta: { message: { content: { type: 'text', text: '' } } } }),
    ...tokens.map((text) => event('content-delta', { index: 0, delta: { message: { content: { text } } } })),
    event('content-end', { index: 0 }),
    event('message-end', {
      delta: {
        finish_reason: 'COMPLETE',
        usage: {
          billed_units: { input_tokens: 42, output_tokens: tokens.length },
          tokens: { input_tokens: 42, output_tokens: tokens.length },
        },
      },
    }),
  ];
}

/**
 * A local upstream that speaks OpenAI's `/v1/chat/completions` and Cohere's `/v2/chat` streaming wire
 * formats exactly, driven by a queue of scenarios, so the official clients run unmodified in tests.
 */
export async function startFakeLlmServer() {
  const scenarios: Scenario[] = [];
  const requests: RecordedRequest[] = [];

  async function handle(request: IncomingMessage, response: ServerResponse) {
    let raw = '';
    for await (const chunk of request) raw += chunk;
    const record: RecordedRequest = {
      path: request.url ?? '',
      body: JSON.parse(raw || '{}'),
      aborted: false,
    };
    requests.push(record);
    response.once('close', () => (record.aborted = !response.writableFinished));
    const scenario = scenarios.shift() ?? { kind: 'answer', tokens: ['Hello', ' world'] };
    if (scenario.kind === 'error') {
      response.writeHead(scenario.status, {
        'content-type': 'application/json',
        ...(scenario.retryAfter !== undefined ? { 'retry-after': String(scenario.retryAfter) } : {}),
      });
      response.end(errorBody(record.path, scenario.status));
      return;
    }
    const cohere = record.path.startsWith('/v2/');
    const frames = cohere ? cohereEvents(scenario.tokens) : openAiChunks(scenario.tokens);
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const tokenFrames = frames.slice(cohere ? 2 : 1, (cohere ? 2 : 1) + scenario.tokens.length);
    if (scenario.kind === 'cut' || scenario.kind === 'stall') {
      for (const frame of frames.slice(0, (cohere ? 2 : 1) + scenario.tokens.length)) response.write(frame);
      // Let the client read what was sent before the connection drops, as a real mid-answer cut does.
      if (scenario.kind === 'cut') setTimeout(() => response.destroy(), 100);
      return; // a stall keeps the socket open and silent until the client gives up
    }
    for (const frame of frames) {
      if (scenario.delayMs && tokenFrames.includes(frame)) await sleep(scenario.delayMs);
      if (response.destroyed) return;
      response.write(frame);
    }
    response.end('data: [DONE]\n\n');
  }

  const server = createServer((request, response) => void handle(request, response));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    /** Queues what the next requests get, in order. */
    enqueue: (...next: Scenario[]) => scenarios.push(...next),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
