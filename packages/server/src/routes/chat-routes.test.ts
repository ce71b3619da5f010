import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { DefaultChatTransport, readUIMessageStream, type UIMessage } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiMessageChunkSchema, type UIMessageChunk } from '@tessera/core';
import { SAMPLE_DOCS_DIR } from '../services/bootstrap.js';
import { EXTRACTIVE_PREAMBLE } from '../adapters/extractive/extractive-provider.js';
import { askBody, bearer, jsonWith, readSse, startTempServer } from '../testing/temp-server.js';

let server: Awaited<ReturnType<typeof startTempServer>>;
beforeAll(async () => {
  server = await startTempServer();
});
afterAll(() => server.close());

const ask = (text: string) =>
  fetch(`${server.url}/v1/chat`, {
    method: 'POST',
    headers: jsonWith(server.secretKey),
    body: askBody(text),
  });

describe('POST /v1/chat', () => {
  it('streams start, sources, text and finish, then [DONE], for a question about the sample docs', async () => {
    const response = await ask('What is Tessera?');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(response.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1');

    const events = await readSse(response);
    expect(events.at(-1)).toBe('[DONE]');
    const parts = events.slice(0, -1) as UIMessageChunk[];
    const kinds = parts.map((p) => p.type).join(' ');
    expect(kinds).toMatch(/^start( source-document)+ text-start( text-delta)+ text-end finish$/);

    const text = parts.map((p) => (p.type === 'text-delta' ? p.delta : '')).join('');
    expect(text.startsWith(EXTRACTIVE_PREAMBLE)).toBe(true);
    expect(text).toContain('Tessera is an embeddable AI assistant kit');
    expect(text).toMatch(/\[1\]/);
  });

  it('sends only parts that match the UI message stream schema', async () => {
    const validate = new Ajv2020({ strict: true }).compile(uiMessageChunkSchema);
    const events = await readSse(await ask('How do I embed the widget with a script tag?'));
    for (const part of events.slice(0, -1))
      expect(validate(part), JSON.stringify(validate.errors)).toBe(true);
  });

  it('cites chunks that exist, with offsets into the original document', async () => {
    const parts = (await readSse(await ask('Where is the SQLite database stored?'))).slice(
      0,
      -1,
    ) as UIMessageChunk[];
    const sources = parts.filter((p) => p.type === 'source-document');
    expect(sources.length).toBeGreaterThan(0);
    const db = new Database(join(server.dataDir, 'tessera.db'), { readonly: true });
    try {
      for (const [i, source] of sources.entries()) {
        const meta = source.providerMetadata!['tessera'] as {
          index: number;
          chunkId: string;
          snippet: string;
        };
        expect(meta.index).toBe(i + 1);
        expect(meta.chunkId).toBe(source.sourceId);
        const row = db
          .prepare('SELECT text, start_offset AS start, end_offset AS end FROM chunks WHERE id = ?')
          .get(meta.chunkId) as { text: string; start: number; end: number };
        const original = await readFile(join(SAMPLE_DOCS_DIR, source.filename!), 'utf8');
        expect(original.slice(row.start, row.end)).toBe(row.text);
        const words = (t: string) => t.match(/[\p{L}\p{N}]+/gu)!.join(' ');
        expect(words(row.text)).toContain(words(meta.snippet));
      }
      expect(sources.map((s) => s.filename)).toContain('03-knowledge-base.md');
    } finally {
      db.close();
    }
  });

  it('works with the AI SDK chat transport and message reader, as useChat does', async () => {
    const transport = new DefaultChatTransport({
      api: `${server.url}/v1/chat`,
      headers: bearer(server.secretKey),
    });
    const stream = await transport.sendMessages({
      chatId: 'conv-ai',
      messageId: undefined,
      trigger: 'submit-message',
      abortSignal: undefined,
      messages: [
        { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Which language models can Tessera use?' }] },
      ],
    });
    let message: UIMessage | undefined;
    for await (const snapshot of readUIMessageStream({ stream })) message = snapshot;
    expect(message?.role).toBe('assistant');
    const text = message!.parts.find((p) => p.type === 'text');
    expect(text && 'text' in text ? text.text : '').toContain('OpenAI');
    expect(message!.parts.some((p) => p.type === 'source-document')).toBe(true);
  });

  it('answers that nothing was found, still as a complete stream, when no passage matches', async () => {
    const events = await readSse(await ask('zyxwvut qwertyuiop'));
    const parts = events.slice(0, -1) as UIMessageChunk[];
    expect(parts.map((p) => p.type).join(' ')).toMatch(/^start text-start( text-delta)+ text-end finish$/);
    expect(parts.map((p) => (p.type === 'text-delta' ? p.delta : '')).join('')).toContain('found nothing');
  });

  it('treats FTS syntax in a question as plain words', async () => {
    for (const question of ['"unbalanced', 'NEAR(a b)', 'text:*', '-(', 'AND OR NOT', '^^^']) {
      const response = await ask(question);
      expect(response.status).toBe(200);
      expect((await readSse(response)).at(-1)).toBe('[DONE]');
    }
  });
});

describe('POST /v1/chat with a bad request', () => {
  const post = (body: string, headers: Record<string, string> = jsonWith(server.secretKey)) =>
    fetch(`${server.url}/v1/chat`, { method: 'POST', headers, body });

  it.each([
    ['an empty message list', { messages: [] }, '/messages'],
    ['no messages at all', {}, '/messages'],
    ['a message without parts', { messages: [{ id: 'm', role: 'user' }] }, '/messages/0/parts'],
    ['an unknown role', { messages: [{ id: 'm', role: 'robot', parts: [] }] }, '/messages/0/role'],
    [
      'a text part without text',
      { messages: [{ id: 'm', role: 'user', parts: [{ type: 'text' }] }] },
      '/messages/0/parts/0/text',
    ],
    [
      'an unknown top-level field',
      { messages: [{ id: 'm', role: 'user', parts: [{ type: 'text', text: 'hi' }] }], evil: 1 },
      '/evil',
    ],
    [
      'an assistant message last',
      { messages: [{ id: 'm', role: 'assistant', parts: [{ type: 'text', text: 'hi' }] }] },
      '/messages/0/role',
    ],
    [
      'a user message with no text',
      { messages: [{ id: 'm', role: 'user', parts: [{ type: 'text', text: '  ' }] }] },
      '/messages/0/parts',
    ],
  ])('answers 400 problem+json for %s, pointing at the field', async (_, body, pointer) => {
    const response = await post(JSON.stringify(body));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as {
      status: number;
      errors: { pointer: string }[];
      requestId: string;
      instance: string;
    };
    expect(problem.status).toBe(400);
    expect(problem.instance).toBe('/v1/chat');
    expect(problem.requestId).toBe(response.headers.get('x-request-id'));
    expect(problem.errors.map((e) => e.pointer)).toContain(pointer);
  });

  it('answers 400 problem+json for malformed JSON', async () => {
    const response = await post('{"messages": [');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('answers 415 for a body that is not JSON', async () => {
    const response = await post(
      'messages=1',
      bearer(server.secretKey, { 'content-type': 'application/x-www-form-urlencoded' }),
    );
    expect(response.status).toBe(415);
    expect(((await response.json()) as { detail: string }).detail).toContain('application/json');
  });

  it('answers 413 for a body over the limit', async () => {
    const huge = askBody('x'.repeat(2_000_000));
    const response = await post(huge);
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
