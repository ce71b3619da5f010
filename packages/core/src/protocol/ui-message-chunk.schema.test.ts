import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { chatRequestSchema } from '../chat/chat-request.schema.js';
import { problemDetailsSchema } from '../problem/problem-details.schema.js';
import { encodeSseChunk, SSE_DONE_EVENT, UI_MESSAGE_STREAM_HEADERS } from './sse.js';
import { uiMessageChunkSchema } from './ui-message-chunk.schema.js';

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validChunk = ajv.compile(uiMessageChunkSchema);
const validRequest = ajv.compile(chatRequestSchema);
const validProblem = ajv.compile(problemDetailsSchema);

describe('uiMessageChunkSchema', () => {
  it.each([
    { type: 'start' },
    { type: 'start', messageId: 'msg_1' },
    { type: 'text-start', id: 't1' },
    { type: 'text-delta', id: 't1', delta: 'Hello' },
    { type: 'text-end', id: 't1' },
    { type: 'source-url', sourceId: 's1', url: 'https://example.com', title: 'Example' },
    {
      type: 'source-document',
      sourceId: 'c1',
      mediaType: 'text/markdown',
      title: 'Guide',
      filename: 'guide.md',
      providerMetadata: { tessera: { index: 1, chunkId: 'c1', snippet: 'text' } },
    },
    { type: 'file', url: 'https://example.com/a.png', mediaType: 'image/png' },
    { type: 'error', errorText: 'Something failed.' },
    { type: 'start-step' },
    { type: 'finish-step' },
    { type: 'finish' },
    { type: 'finish', finishReason: 'stop' },
    { type: 'abort', reason: 'user' },
    { type: 'message-metadata', messageMetadata: { a: 1 } },
    { type: 'data-usage', data: { promptTokens: 3 } },
    { type: 'data-follow-ups', id: 'f', data: ['Why?'], transient: true },
  ])('accepts $type', (chunk) => {
    expect(validChunk(chunk), JSON.stringify(validChunk.errors)).toBe(true);
  });

  it.each([
    ['an unknown type', { type: 'text-middle', id: 't' }],
    ['a delta without id', { type: 'text-delta', delta: 'x' }],
    ['a delta that is not a string', { type: 'text-delta', id: 't', delta: 3 }],
    ['an extra field, which stock useChat clients reject', { type: 'text-end', id: 't', extra: true }],
    ['a source-document without title', { type: 'source-document', sourceId: 's', mediaType: 'text/plain' }],
    ['an error without text', { type: 'error' }],
    ['a data part without data', { type: 'data-usage' }],
    ['a bare data- prefix', { type: 'data-', data: 1 }],
    ['an unknown finish reason', { type: 'finish', finishReason: 'bored' }],
    [
      'provider metadata that is not keyed by provider',
      { type: 'text-start', id: 't', providerMetadata: { x: 1 } },
    ],
  ])('rejects %s', (_, chunk) => {
    expect(validChunk(chunk)).toBe(false);
  });
});

describe('chatRequestSchema', () => {
  it('accepts the AI SDK chat request that useChat sends', () => {
    const body = {
      id: 'chat-1',
      trigger: 'submit-message',
      messages: [
        { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'What is Tessera?' }] },
        {
          id: 'a1',
          role: 'assistant',
          parts: [
            { type: 'step-start' },
            { type: 'source-document', sourceId: 'c1', mediaType: 'text/markdown', title: 'Guide' },
            { type: 'text', text: 'An assistant kit [1].', state: 'done' },
          ],
        },
        { id: 'u2', role: 'user', parts: [{ type: 'text', text: 'More?' }] },
      ],
    };
    expect(validRequest(body), JSON.stringify(validRequest.errors)).toBe(true);
  });

  it.each([
    ['no messages', {}],
    ['an empty list', { messages: [] }],
    ['a message without id', { messages: [{ role: 'user', parts: [] }] }],
    [
      'a text part with a number',
      { messages: [{ id: 'm', role: 'user', parts: [{ type: 'text', text: 1 }] }] },
    ],
    ['an unknown trigger', { trigger: 'explode', messages: [{ id: 'm', role: 'user', parts: [] }] }],
  ])('rejects %s', (_, body) => {
    expect(validRequest(body)).toBe(false);
  });
});

describe('problemDetailsSchema', () => {
  it('accepts an RFC 9457 body with field errors', () => {
    const problem = {
      type: 'https://tessera.dev/problems/invalid_request',
      title: 'Bad Request',
      status: 400,
      detail: 'Fix the fields.',
      instance: '/v1/chat',
      requestId: 'r1',
      errors: [{ pointer: '/messages', detail: 'is required.' }],
    };
    expect(validProblem(problem)).toBe(true);
    expect(validProblem({ ...problem, status: 200 })).toBe(false);
  });
});

describe('SSE framing', () => {
  it('frames a part as one data event and ends with [DONE]', () => {
    expect(encodeSseChunk({ type: 'text-delta', id: 't', delta: 'a\nb' })).toBe(
      'data: {"type":"text-delta","id":"t","delta":"a\\nb"}\n\n',
    );
    expect(SSE_DONE_EVENT).toBe('data: [DONE]\n\n');
    expect(UI_MESSAGE_STREAM_HEADERS['x-vercel-ai-ui-message-stream']).toBe('v1');
  });
});
