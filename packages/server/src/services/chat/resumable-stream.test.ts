import { describe, expect, it } from 'vitest';
import type { UIMessageChunk } from '@tessera/core';
import { ResumableStreamRegistry } from './resumable-stream.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A producer that emits `count` text deltas, `gapMs` apart, and records whether it was aborted. */
function producer(count: number, gapMs: number) {
  const seen = { aborted: false, emitted: 0 };
  const produce = async function* (signal: AbortSignal): AsyncGenerator<UIMessageChunk> {
    yield { type: 'start', messageId: 'm' };
    for (let i = 0; i < count; i++) {
      if (signal.aborted) {
        seen.aborted = true;
        return;
      }
      await sleep(gapMs);
      seen.emitted++;
      yield { type: 'text-delta', id: 't', delta: `${i} ` };
    }
    yield { type: 'finish' };
  };
  return { produce, seen };
}

async function readAll(iterable: AsyncIterable<UIMessageChunk>): Promise<UIMessageChunk[]> {
  const parts: UIMessageChunk[] = [];
  for await (const part of iterable) parts.push(part);
  return parts;
}

describe('ResumableStreamRegistry', () => {
  it('lets a second reader replay what was sent and follow the rest live', async () => {
    const registry = new ResumableStreamRegistry(1000);
    const { produce } = producer(6, 10);
    const stream = registry.start('chat-1', produce);

    const first: UIMessageChunk[] = [];
    for await (const part of stream.read()) {
      first.push(part);
      if (first.length === 3) break; // the page reloads mid-answer
    }
    const resumed = await readAll(registry.get('chat-1')!.read());
    expect(resumed.map((p) => p.type)).toEqual(['start', ...Array(6).fill('text-delta'), 'finish']);
    expect(resumed.slice(0, 3)).toEqual(first);
    expect(registry.get('chat-1')).toBeUndefined();
  });

  it('keeps generating briefly with no reader, then aborts the upstream', async () => {
    const registry = new ResumableStreamRegistry(50);
    const { produce, seen } = producer(100, 10);
    const stream = registry.start('chat-2', produce);
    for await (const part of stream.read()) if (part.type === 'text-delta') break;
    await sleep(300);
    expect(seen.aborted).toBe(true);
    expect(seen.emitted).toBeLessThan(30);
    expect(stream.parts.at(-1)).toEqual({ type: 'abort', reason: 'nobody is reading' });
  });

  it('stops at once on stop(), and readers see an abort part', async () => {
    const registry = new ResumableStreamRegistry(1000);
    const { produce, seen } = producer(100, 10);
    const stream = registry.start('chat-3', produce);
    setTimeout(() => stream.stop(), 35);
    const parts = await readAll(stream.read());
    expect(parts.at(-1)).toEqual({ type: 'abort', reason: 'stopped by the user' });
    expect(seen.emitted).toBeLessThan(10);
    expect(stream.ended).toBe(true);
  });

  it('replaces an answer still running when a new message arrives in the same conversation', async () => {
    const registry = new ResumableStreamRegistry(1000);
    const old = registry.start('chat-4', producer(100, 10).produce);
    const next = registry.start('chat-4', producer(1, 1).produce);
    expect(registry.get('chat-4')).toBe(next);
    const oldParts = await readAll(old.read());
    expect(oldParts.at(-1)).toEqual({ type: 'abort', reason: 'replaced by a new message' });
    await readAll(next.read());
    expect(registry.size).toBe(0);
  });
});
