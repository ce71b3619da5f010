import { createParser, type EventSourceParser } from 'eventsource-parser';
import { STREAM_DONE, type UIMessageChunk } from '@tessera/core';
import { TesseraError } from '../core/errors.js';

/**
 * Parses one `data:` payload. Only the discriminant is checked: a full JSON Schema validator would
 * outweigh the rest of the SDK, and accepting unknown part types keeps older clients working when the
 * protocol gains new parts.
 */
export function parseChunk(data: string): UIMessageChunk {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    value = undefined;
  }
  if (typeof (value as { type?: unknown } | null | undefined)?.type !== 'string') {
    throw new TesseraError(
      `The server sent an event that is not a UI message chunk: ${data.slice(0, 100)}. Check that baseURL points at a Tessera server.`,
    );
  }
  return value as UIMessageChunk;
}

/** Turns an SSE response body into its UI message chunks, ending at `data: [DONE]`. */
export function parseChunkStream(body: ReadableStream<BufferSource>): ReadableStream<UIMessageChunk> {
  let parser: EventSourceParser;
  let done = false;
  return body.pipeThrough(new TextDecoderStream()).pipeThrough(
    new TransformStream<string, UIMessageChunk>({
      start(controller) {
        parser = createParser({
          onEvent({ data }) {
            // Events after [DONE] in the same network read are ignored: the stream is over.
            if (done) return;
            if (data === STREAM_DONE) {
              done = true;
              // Terminating also cancels the body, which releases the connection.
              controller.terminate();
            } else {
              controller.enqueue(parseChunk(data));
            }
          },
        });
      },
      transform(text) {
        parser.feed(text);
      },
    }),
  );
}
