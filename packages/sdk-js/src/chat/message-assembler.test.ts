import type { UIMessageChunk } from '@tessera/core';
import { describe, expect, it } from 'vitest';
import { ANSWER } from '../../test/fake-fetch.js';
import { MessageAssembler } from './message-assembler.js';

function assemble(chunks: UIMessageChunk[]) {
  const assembler = new MessageAssembler('local-id');
  for (const chunk of chunks) assembler.push(chunk);
  return assembler.message;
}

describe('MessageAssembler', () => {
  it('builds the assistant message of a whole answer', () => {
    expect(assemble(ANSWER)).toMatchInlineSnapshot(`
      {
        "id": "answer-1",
        "parts": [
          {
            "mediaType": "text/markdown",
            "sourceId": "src-1",
            "title": "Intro",
            "type": "source-document",
          },
          {
            "state": "done",
            "text": "Tessera is a kit [1].",
            "type": "text",
          },
        ],
        "role": "assistant",
      }
    `);
  });

  it('keeps its own id when the start chunk brings none', () => {
    expect(assemble([{ type: 'start' }]).id).toBe('local-id');
  });

  it('keeps parts in arrival order, with separate text blocks', () => {
    const message = assemble([
      { type: 'text-start', id: 'a' },
      { type: 'source-url', sourceId: 's1', url: 'https://tessera.dev' },
      { type: 'text-start', id: 'b' },
      { type: 'text-delta', id: 'a', delta: 'first' },
      { type: 'text-delta', id: 'b', delta: 'second' },
      { type: 'text-end', id: 'a' },
    ]);
    expect(message.parts).toEqual([
      { type: 'text', text: 'first', state: 'done' },
      { type: 'source-url', sourceId: 's1', url: 'https://tessera.dev' },
      { type: 'text', text: 'second', state: 'streaming' },
    ]);
  });

  it('accepts a delta whose text-start is missing', () => {
    expect(assemble([{ type: 'text-delta', id: 'x', delta: 'hi' }]).parts).toEqual([
      { type: 'text', text: 'hi', state: 'streaming' },
    ]);
  });

  it('keeps data parts, replaces one with the same id, and drops transient ones', () => {
    const message = assemble([
      { type: 'data-usage', id: 'u', data: { tokens: 1 } },
      { type: 'data-notice', data: 'searching…', transient: true },
      { type: 'data-follow-ups', data: ['Why?'] },
      { type: 'data-usage', id: 'u', data: { tokens: 9 } },
    ]);
    expect(message.parts).toEqual([
      { type: 'data-usage', id: 'u', data: { tokens: 9 } },
      { type: 'data-follow-ups', data: ['Why?'] },
    ]);
  });

  it('merges message metadata from start, message-metadata and finish', () => {
    const message = assemble([
      { type: 'start', messageMetadata: { model: 'extractive' } },
      { type: 'message-metadata', messageMetadata: { tokens: 3 } },
      { type: 'finish', messageMetadata: { tokens: 5 } },
    ]);
    expect(message.metadata).toEqual({ model: 'extractive', tokens: 5 });
  });

  it('reports whether a chunk changed the message', () => {
    const assembler = new MessageAssembler('m');
    expect(assembler.push({ type: 'start-step' })).toBe(false);
    expect(assembler.push({ type: 'finish' })).toBe(false);
    expect(assembler.push({ type: 'error', errorText: 'x' })).toBe(false);
    expect(assembler.push({ type: 'text-start', id: 't' })).toBe(true);
  });

  it('replaces the message and the changed part on every change, sharing the others', () => {
    const assembler = new MessageAssembler('m');
    assembler.push({ type: 'source-url', sourceId: 's', url: 'https://a.test' });
    assembler.push({ type: 'text-start', id: 't' });
    const before = assembler.message;
    const [source, text] = before.parts;
    assembler.push({ type: 'text-delta', id: 't', delta: 'x' });
    const after = assembler.message;
    expect(after).not.toBe(before);
    expect(after.parts).not.toBe(before.parts);
    expect(after.parts[0]).toBe(source);
    expect(after.parts[1]).not.toBe(text);
    expect(before.parts[1]).toEqual({ type: 'text', text: '', state: 'streaming' });
  });
});
