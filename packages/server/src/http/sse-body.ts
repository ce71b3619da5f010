import { Readable } from 'node:stream';
import { SSE_DONE_EVENT, encodeSseChunk, type UIMessageChunk } from '@tessera/core';

/**
 * Frames a stream of parts as SSE for a Koa response body, ending with `data: [DONE]`. When the
 * client goes away, Koa destroys the body, which ends the generator and with it the upstream work.
 */
export function toSseBody(chunks: AsyncIterable<UIMessageChunk>): Readable {
  async function* frames(): AsyncGenerator<string> {
    for await (const chunk of chunks) yield encodeSseChunk(chunk);
    yield SSE_DONE_EVENT;
  }
  return Readable.from(frames(), { objectMode: false });
}
