import type { UIMessage, UIMessageChunk } from '@tessera/core';
import { describe, expect, it } from 'vitest';
import {
  ANSWER,
  chunkResponse,
  fakeFetch,
  pushableResponse,
  sseResponse,
  type Reply,
} from '../../test/fake-fetch.js';
import { Tessera } from '../client.js';
import { APIUserAbortError, TesseraError } from './errors.js';

const messages: UIMessage[] = [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Hi' }] }];

function streamOf(...replies: Reply[]) {
  const server = fakeFetch(...replies);
  const tessera = new Tessera({ baseURL: 'http://tessera.test', fetch: server.fetch, maxRetries: 0 });
  return { stream: tessera.chat.stream({ messages }), calls: server.calls };
}

async function collect(iterable: AsyncIterable<UIMessageChunk>): Promise<UIMessageChunk[]> {
  const chunks: UIMessageChunk[] = [];
  for await (const chunk of iterable) chunks.push(chunk);
  return chunks;
}

describe('ChatStream', () => {
  it('sends nothing before the first read', async () => {
    const { stream, calls } = streamOf(chunkResponse(ANSWER));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(calls).toHaveLength(0);
    await stream.text();
    expect(calls).toHaveLength(1);
  });

  it('yields every chunk in order', async () => {
    const { stream } = streamOf(chunkResponse(ANSWER));
    expect(await collect(stream)).toEqual(ANSWER);
  });

  it('text() concatenates the text deltas', async () => {
    const { stream } = streamOf(chunkResponse(ANSWER));
    expect(await stream.text()).toBe('Tessera is a kit [1].');
  });

  it('stops at [DONE] and ignores whatever follows', async () => {
    const { stream } = streamOf(
      sseResponse(
        'data: {"type":"start"}\n\ndata: [DONE]\n\ndata: {"type":"finish"}\n\n',
        'data: {"type":"abort"}\n\n',
      ),
    );
    expect(await collect(stream)).toEqual([{ type: 'start' }]);
  });

  it('ends when the body ends, even without [DONE]', async () => {
    const { stream } = streamOf(sseResponse('data: {"type":"finish"}\n\n'));
    expect(await collect(stream)).toEqual([{ type: 'finish' }]);
  });

  it('reassembles events split across network reads, even inside a UTF-8 character', async () => {
    const bytes = new TextEncoder().encode('data: {"type":"text-delta","id":"t","delta":"héllo 👋"}\n\n');
    const { response, body } = pushableResponse();
    const { stream } = streamOf(response);
    // Cut inside "data:", inside the JSON, inside "é" and inside the emoji, then between the two newlines.
    for (const cut of [
      [0, 3],
      [3, 40],
      [40, 48],
      [48, 54],
      [54, bytes.length - 1],
      [bytes.length - 1, bytes.length],
    ]) {
      body.push(bytes.slice(cut[0], cut[1]));
    }
    body.push('data: [DONE]\n\n');
    expect(await stream.text()).toBe('héllo 👋');
  });

  it('joins multi-line data fields and accepts CRLF line endings', async () => {
    const { stream } = streamOf(
      sseResponse(
        'data: {"type":"text-delta",\ndata: "id":"t","delta":"a"}\n\n',
        'data: {"type":"text-delta","id":"t","delta":"b"}\r\n\r\n',
      ),
    );
    expect(await stream.text()).toBe('ab');
  });

  it('skips comments such as keep-alives, and event fields it does not use', async () => {
    const { stream } = streamOf(
      sseResponse(': keepalive\n\n', 'id: 7\nevent: message\ndata: {"type":"start"}\n\n', ':\n\n'),
    );
    expect(await collect(stream)).toEqual([{ type: 'start' }]);
  });

  it('fails with a TesseraError naming the fix when an event is not a chunk', async () => {
    const { stream } = streamOf(sseResponse('data: <html>\n\n'));
    const error = await stream.text().catch((e: unknown) => e);
    expect(TesseraError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/Check that baseURL points at a Tessera server/);
  });

  it('throws when read a second time, telling to use tee()', async () => {
    const { stream } = streamOf(chunkResponse(ANSWER));
    await stream.text();
    await expect(collect(stream)).rejects.toThrow(/Call stream.tee\(\)/);
    expect(() => stream.toReadableStream()).toThrow(TesseraError);
  });

  it('tee() gives two streams with every chunk from one request', async () => {
    const { stream, calls } = streamOf(chunkResponse(ANSWER));
    const [left, right] = stream.tee();
    const [a, b] = await Promise.all([collect(left), collect(right)]);
    expect(a).toEqual(ANSWER);
    expect(b).toEqual(ANSWER);
    expect(calls).toHaveLength(1);
    expect(() => stream.tee()).toThrow(/can be read only once/);
  });

  it('toReadableStream() hands out the chunks as a web stream', async () => {
    const { stream } = streamOf(chunkResponse(ANSWER));
    const chunks: UIMessageChunk[] = [];
    await stream.toReadableStream().pipeTo(new WritableStream({ write: (chunk) => void chunks.push(chunk) }));
    expect(chunks).toEqual(ANSWER);
  });

  it('abort() mid-stream ends the iteration with APIUserAbortError and aborts the fetch', async () => {
    const { stream, calls } = streamOf(({ signal }) => {
      const { response, body } = pushableResponse(signal);
      body.push('data: {"type":"start"}\n\n');
      setTimeout(() => body.push('data: {"type":"text-start","id":"t"}\n\n'), 5);
      return response;
    });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const chunk of stream) {
        seen.push(chunk.type);
        if (chunk.type === 'start') stream.abort();
      }
    })().catch((e: unknown) => e);
    expect(APIUserAbortError.isInstance(error)).toBe(true);
    expect(seen).toEqual(['start']);
    expect(calls[0]?.signal.aborted).toBe(true);
    expect(stream.controller.signal.aborted).toBe(true);
  });

  it('breaking out of for await aborts the request', async () => {
    const { stream, calls } = streamOf(({ signal }) => {
      const { response, body } = pushableResponse(signal);
      body.push('data: {"type":"start"}\n\n');
      return response;
    });
    for await (const chunk of stream) if (chunk.type === 'start') break;
    expect(calls[0]?.signal.aborted).toBe(true);
  });

  it('follows a signal passed in the options', async () => {
    const controller = new AbortController();
    const server = fakeFetch(({ signal }) => pushableResponse(signal).response);
    const tessera = new Tessera({ baseURL: 'http://tessera.test', fetch: server.fetch });
    const pending = tessera.chat.stream({ messages }, { signal: controller.signal }).text();
    setTimeout(() => controller.abort(), 5);
    await expect(pending).rejects.toThrow(APIUserAbortError);
    expect(server.calls[0]?.signal.aborted).toBe(true);
  });
});
