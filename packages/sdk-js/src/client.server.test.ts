import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  getSourceMetadata,
  type SourceDocumentChunk,
  type UIMessage,
  type UIMessageChunk,
} from '@tessera/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat } from './chat/chat.js';
import { Tessera } from './client.js';
import { AuthenticationError, BadRequestError } from './core/errors.js';

// Against the real server, so the SDK and the server cannot drift apart. @tessera/server is loaded
// dynamically and is not a dependency of the SDK: that would make a cycle. Build it first (the root
// `npm test` builds every package before testing).
let server: { url: string; close(): Promise<void> };
/** The secret key of the server's first start; Node sends no Origin, so it is accepted as a server's. */
let apiKey: string;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'tessera-sdk-'));
  const { startServer } = await import('@tessera/server').catch((cause: unknown) => {
    throw new Error(
      'The SDK integration test needs the built server. Run `npm run build` at the repo root first.',
      {
        cause,
      },
    );
  });
  const running = await startServer({ dataDir });
  server = running;
  apiKey = running.keys.secret!;
}, 60_000);

afterAll(async () => {
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const question = (text: string): UIMessage[] => [{ id: 'u1', role: 'user', parts: [{ type: 'text', text }] }];

describe('SDK against the real server', () => {
  it('streams start, sources, text and finish in protocol order', async () => {
    const client = new Tessera({ baseURL: server.url, apiKey });
    const [chunksStream, textStream] = client.chat.stream({ messages: question('What is Tessera?') }).tee();
    const chunks: UIMessageChunk[] = [];
    for await (const chunk of chunksStream) chunks.push(chunk);
    const types = chunks.map((chunk) => chunk.type);

    const order: UIMessageChunk['type'][] = [
      'start',
      'source-document',
      'text-start',
      'text-delta',
      'text-end',
      'finish',
    ];
    const firsts = order.map((type) => types.indexOf(type));
    expect(firsts.every((index) => index >= 0)).toBe(true);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    expect(types.lastIndexOf('source-document')).toBeLessThan(types.indexOf('text-start'));
    expect(types.lastIndexOf('text-delta')).toBeLessThan(types.indexOf('text-end'));
    expect(types.at(-1)).toBe('finish');

    const source = chunks.find((chunk): chunk is SourceDocumentChunk => chunk.type === 'source-document');
    expect(source && getSourceMetadata(source)?.snippet).toBeTruthy();
    expect((await textStream.text()).length).toBeGreaterThan(0);
  });

  it('text() resolves with the whole answer', async () => {
    const client = new Tessera({ baseURL: server.url, apiKey });
    expect(await client.chat.stream({ messages: question('What is Tessera?') }).text()).toMatch(/\S/);
  });

  it('rejects a malformed request with BadRequestError and its field errors', async () => {
    const client = new Tessera({ baseURL: server.url, apiKey });
    const error = await client.chat
      .stream({ messages: [] })
      .text()
      .catch((e: unknown) => e);
    expect(BadRequestError.isInstance(error)).toBe(true);
    const badRequest = error as BadRequestError;
    expect(badRequest.status).toBe(400);
    expect(badRequest.problem?.errors?.length).toBeGreaterThan(0);
    expect(badRequest.requestId).toBeTruthy();
    expect(badRequest.message.length).toBeGreaterThan(0);
  });

  it('rejects a client without a key with AuthenticationError', async () => {
    const client = new Tessera({ baseURL: server.url });
    const error = await client.chat
      .stream({ messages: question('What is Tessera?') })
      .text()
      .catch((e: unknown) => e);
    expect(AuthenticationError.isInstance(error)).toBe(true);
  });

  it('Chat.send ends ready with an answer holding text and sources', async () => {
    const chat = new Chat({ client: new Tessera({ baseURL: server.url, apiKey }) });
    const statuses = new Set<string>();
    chat.subscribe(() => statuses.add(chat.status));
    await chat.send('What is Tessera?');
    expect(chat.error).toBeUndefined();
    expect(chat.status).toBe('ready');
    expect([...statuses]).toEqual(['submitted', 'streaming', 'ready']);
    const answer = chat.messages[1];
    expect(answer?.role).toBe('assistant');
    const text = answer?.parts.find((part) => part.type === 'text');
    expect(text).toMatchObject({ state: 'done', text: expect.stringMatching(/\S/) });
    expect(answer?.parts.some((part) => part.type === 'source-document')).toBe(true);

    // The follow-up carries the whole conversation, assistant parts included, and must be accepted.
    await chat.send('How do I embed it?');
    expect(chat.error).toBeUndefined();
    expect(chat.messages).toHaveLength(4);

    const replaced = chat.messages[3]?.id;
    await chat.regenerate();
    expect(chat.error).toBeUndefined();
    expect(chat.messages).toHaveLength(4);
    expect(chat.messages[3]?.id).not.toBe(replaced);
  });
});
