import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLlmServer } from '../packages/server/src/testing/fake-llm-server.js';
import { serveCli } from './serve-cli.js';

/**
 * `tessera serve` with OPENAI_API_KEY and OPENAI_BASE_URL set answers with the model, through the
 * official client, against a local server speaking OpenAI's wire format; when the model fails before
 * answering, the extractive answer takes over.
 */
let upstream: Awaited<ReturnType<typeof startFakeLlmServer>>;
let tessera: Awaited<ReturnType<typeof serveCli>>;

beforeAll(async () => {
  upstream = await startFakeLlmServer();
  tessera = await serveCli({
    OPENAI_API_KEY: 'sk-e2e',
    OPENAI_BASE_URL: `${upstream.url}/v1`,
    TESSERA_CHAT_MODEL: 'e2e-model',
  });
});
afterAll(async () => {
  await tessera?.stop();
  await upstream?.close();
});

async function ask(question: string): Promise<string> {
  const response = await fetch(`${tessera.url}/v1/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tessera.secretKey}` },
    body: JSON.stringify({
      messages: [{ id: 'm1', role: 'user', parts: [{ type: 'text', text: question }] }],
    }),
  });
  return response.text();
}

const textOf = (sse: string) =>
  sse
    .split('\n\n')
    .filter((event) => event.startsWith('data: {'))
    .map((event) => JSON.parse(event.slice(6)) as { type: string; delta?: string })
    .filter((part) => part.type === 'text-delta')
    .map((part) => part.delta)
    .join('');

describe('tessera serve with a language model configured', () => {
  it('says which models answer', () => {
    expect(tessera.output()).toContain('answers:    openai (e2e-model) → extractive');
  });

  it("streams the model's answer with citations, grounded on the retrieved sources", async () => {
    upstream.enqueue({ kind: 'answer', tokens: ['Tessera is an ', 'assistant kit ', '[1].'] });
    const sse = await ask('What is Tessera?');
    expect(textOf(sse)).toBe('Tessera is an assistant kit [1].');
    expect(sse).toContain('"type":"source-document"');
    const request = upstream.requests.at(-1)!.body as { model: string; messages: { content: string }[] };
    expect(request.model).toBe('e2e-model');
    expect(request.messages[0]!.content).toContain('[1] What is Tessera?');
  });

  it('answers extractively when the model is down', async () => {
    upstream.enqueue({ kind: 'error', status: 503 });
    const text = textOf(await ask('What is Tessera?'));
    expect(text).toContain('without a language model');
    expect(text).toContain('[1]');
  });
});
