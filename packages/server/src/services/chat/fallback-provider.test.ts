import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CohereChatProvider } from '../../adapters/cohere/cohere-chat-provider.js';
import { ExtractiveProvider } from '../../adapters/extractive/extractive-provider.js';
import { OpenAiChatProvider } from '../../adapters/openai/openai-chat-provider.js';
import type { AnswerInput, LlmProvider } from '../../ports/llm-provider.js';
import { startFakeLlmServer } from '../../testing/fake-llm-server.js';
import { AnswerInterruptedError, FallbackProvider } from './fallback-provider.js';
import { ProviderStallError } from './with-deadlines.js';

let upstream: Awaited<ReturnType<typeof startFakeLlmServer>>;
beforeAll(async () => {
  upstream = await startFakeLlmServer();
});
afterAll(() => upstream.close());
beforeEach(() => {
  upstream.requests.length = 0;
});

const source = {
  chunkId: 'c1',
  documentId: 'd1',
  documentTitle: 'Lighthouse',
  filename: null,
  mediaType: 'text/markdown',
  url: null,
  text: 'The museum opens at nine.',
  headingPath: ['Lighthouse', 'Hours'],
  page: null,
  startOffset: 0,
  endOffset: 25,
  score: 1,
};

const input = (signal = new AbortController().signal): AnswerInput => ({
  question: 'When does it open?',
  history: [
    { role: 'user', text: 'Hi' },
    { role: 'assistant', text: 'Hello!' },
  ],
  sources: [source],
  signal,
});

const openai = () =>
  new OpenAiChatProvider({ apiKey: 'sk-test', baseURL: `${upstream.url}/v1`, model: 'fake-model' });
const cohere = () => new CohereChatProvider({ apiKey: 'co-test', baseUrl: upstream.url, model: 'command-a' });

async function collect(provider: LlmProvider, answerInput = input()): Promise<string> {
  let text = '';
  for await (const piece of provider.streamAnswer(answerInput)) text += piece;
  return text;
}

describe('OpenAI-compatible provider (official client against the wire format)', () => {
  it('streams the deltas and sends sources, history and question', async () => {
    upstream.enqueue({ kind: 'answer', tokens: ['It opens', ' at nine', ' [1].'] });
    expect(await collect(openai())).toBe('It opens at nine [1].');
    const body = upstream.requests[0]!.body as {
      model: string;
      stream: boolean;
      messages: { role: string; content: string }[];
    };
    expect(upstream.requests[0]!.path).toBe('/v1/chat/completions');
    expect(body).toMatchObject({ model: 'fake-model', stream: true });
    expect(body.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(body.messages[0]!.content).toContain('[1] Lighthouse › Hours\nThe museum opens at nine.');
    expect(body.messages.at(-1)!.content).toBe('When does it open?');
  });

  it('reports the token usage of the answer', async () => {
    upstream.enqueue({ kind: 'answer', tokens: ['a', 'b', 'c'] });
    const usages: unknown[] = [];
    for await (const piece of openai().streamAnswer({ ...input(), onUsage: (u) => usages.push(u) }))
      void piece;
    expect(usages).toEqual([{ promptTokens: 42, completionTokens: 3, model: 'fake-model' }]);
    upstream.enqueue({ kind: 'answer', tokens: ['x', 'y'] });
    usages.length = 0;
    for await (const piece of cohere().streamAnswer({ ...input(), onUsage: (u) => usages.push(u) }))
      void piece;
    expect(usages).toEqual([{ promptTokens: 42, completionTokens: 2, model: 'command-a' }]);
  });

  it('surfaces a 429 as an error, without retrying on its own', async () => {
    upstream.enqueue({ kind: 'error', status: 429, retryAfter: 3 });
    await expect(collect(openai())).rejects.toMatchObject({ status: 429 });
    expect(upstream.requests).toHaveLength(1);
  });
});

describe('Cohere provider (official client against the wire format)', () => {
  it('streams content deltas and grounds on the sources as documents', async () => {
    upstream.enqueue({ kind: 'answer', tokens: ['Nine', ' o’clock [1].'] });
    expect(await collect(cohere())).toBe('Nine o’clock [1].');
    const body = upstream.requests[0]!.body as { documents: { id: string; data: { title: string } }[] };
    expect(upstream.requests[0]!.path).toBe('/v2/chat');
    expect(body.documents).toEqual([
      { id: '1', data: { title: 'Lighthouse', snippet: 'The museum opens at nine.' } },
    ]);
  });
});

describe('FallbackProvider', () => {
  it('hands over to the next provider when the first fails before its first token', async () => {
    upstream.enqueue({ kind: 'error', status: 503 }, { kind: 'answer', tokens: ['From Cohere.'] });
    const handovers: string[] = [];
    const chain = new FallbackProvider([openai(), cohere()], undefined, (failed) =>
      handovers.push(failed.name),
    );
    expect(await collect(chain)).toBe('From Cohere.');
    expect(handovers).toEqual(['openai']);
  });

  it('falls back to the extractive answer when every model is down', async () => {
    upstream.enqueue({ kind: 'error', status: 500 }, { kind: 'error', status: 429, retryAfter: 1 });
    const text = await collect(new FallbackProvider([openai(), cohere(), new ExtractiveProvider()]));
    expect(text).toContain('The museum opens at nine. [1]');
  });

  it('gives up on a model that stalls before its first token, aborting its request', async () => {
    upstream.enqueue({ kind: 'stall', tokens: [] }, { kind: 'answer', tokens: ['Recovered.'] });
    const chain = new FallbackProvider([openai(), cohere()], { firstTokenMs: 300, betweenTokensMs: 300 });
    expect(await collect(chain)).toBe('Recovered.');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(upstream.requests[0]!.aborted).toBe(true);
  });

  it('keeps the partial answer and reports an interruption when a stream is cut mid-answer', async () => {
    upstream.enqueue({ kind: 'cut', tokens: ['Half', ' an'] });
    let text = '';
    const chain = new FallbackProvider([openai(), cohere()]);
    await expect(
      (async () => {
        for await (const piece of chain.streamAnswer(input())) text += piece;
      })(),
    ).rejects.toBeInstanceOf(AnswerInterruptedError);
    expect(text).toBe('Half an');
    expect(upstream.requests).toHaveLength(1);
  });

  it('treats a Cohere stream cut before message-end as interrupted too', async () => {
    upstream.enqueue({ kind: 'cut', tokens: ['Partial'] });
    const error = await collect(new FallbackProvider([cohere()])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnswerInterruptedError);
  });

  it('reports a stall between tokens as an interruption', async () => {
    upstream.enqueue({ kind: 'stall', tokens: ['Started'] });
    const chain = new FallbackProvider([openai()], { firstTokenMs: 1000, betweenTokensMs: 200 });
    const error = await collect(chain).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnswerInterruptedError);
    expect((error as Error).cause).toBeInstanceOf(ProviderStallError);
  });

  it('aborts the upstream request as soon as the reader goes away', async () => {
    upstream.enqueue({ kind: 'answer', tokens: ['a', 'b', 'c', 'd', 'e', 'f'], delayMs: 100 });
    const reader = new AbortController();
    const chain = new FallbackProvider([openai()]);
    let pieces = 0;
    for await (const piece of chain.streamAnswer(input(reader.signal))) {
      void piece;
      if (++pieces === 2) reader.abort();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(upstream.requests[0]!.aborted).toBe(true);
    expect(pieces).toBeLessThan(6);
  });
});
