import { afterEach, describe, expect, it } from 'vitest';
import type { UIMessageChunk } from '@tessera/core';
import type { RequestAbortedError } from './http/deadline/request-deadline.js';
import type { LlmProvider } from './ports/llm-provider.js';
import { startPlatformServer } from './testing/platform-server.js';
import { askBody, jsonWith } from './testing/temp-server.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** Writes a word every 20 ms until its signal aborts. */
function endlessProvider() {
  const signals: AbortSignal[] = [];
  const provider: LlmProvider = {
    name: 'endless',
    async *streamAnswer(input) {
      signals.push(input.signal);
      while (!input.signal.aborted) {
        yield 'word ';
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
  return { provider, signals };
}

async function readParts(response: Response): Promise<unknown[]> {
  const text = await response.text();
  return text
    .split('\n\n')
    .filter(Boolean)
    .map((event) => event.slice('data: '.length))
    .map((data) => (data === '[DONE]' ? data : (JSON.parse(data) as unknown)));
}

describe('startServer close()', () => {
  it('ends open answer streams with finish within the grace, then stops', async () => {
    const { provider, signals } = endlessProvider();
    const server = await startPlatformServer({ provider });
    const response = await fetch(`${server.url}/v1/chat`, {
      method: 'POST',
      headers: jsonWith(server.secretKey),
      body: askBody('What is Tessera?'),
    });
    expect(response.status).toBe(200);
    const parts = readParts(response);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await server.close(1000);
    const took = Date.now() - started;

    const events = await parts;
    expect(events.at(-1)).toBe('[DONE]');
    const kinds = (events.slice(0, -1) as UIMessageChunk[]).map((part) => part.type);
    expect(kinds.slice(-3)).toEqual(['text-delta', 'text-end', 'finish']);
    expect(events.at(-2)).toEqual({ type: 'finish', finishReason: 'other' });
    // Streams are asked to finish 200 ms (a fifth of the grace) before it runs out.
    expect(took).toBeGreaterThanOrEqual(700);
    expect(took).toBeLessThan(1500);
    expect((signals[0]!.reason as RequestAbortedError).why).toBe('shutdown');
  });

  it('stops at once when nothing is open', async () => {
    const server = await startPlatformServer({ sampleDocs: false });
    await fetch(`${server.url}/healthz`);
    const started = Date.now();
    await server.close(5000);
    expect(Date.now() - started).toBeLessThan(500);
  });
});
