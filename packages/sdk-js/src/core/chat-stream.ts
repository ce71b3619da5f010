import type { UIMessageChunk } from '@tessera/core';
import { parseChunkStream } from '../internal/parse-chunk-stream.js';
import { APIConnectionError, APIUserAbortError, TesseraError } from './errors.js';

/**
 * A streamed answer: the UI message chunks of one response, read once.
 *
 * The request is lazy: it starts on the first read (iterating, `text()`, reading
 * `toReadableStream()`) or on `tee()`, so a stream that is never read costs nothing.
 *
 * @example
 * ```ts
 * for await (const chunk of client.chat.stream({ messages })) {
 *   if (chunk.type === 'text-delta') process.stdout.write(chunk.delta);
 * }
 * ```
 */
export class ChatStream implements AsyncIterable<UIMessageChunk> {
  /** Aborts the request and the body read; shared by the two halves of a `tee()`. */
  declare readonly controller: AbortController;
  #readable: ReadableStream<UIMessageChunk> | undefined;

  /** Wraps chunks that are already parsed; `controller` aborts whatever produces them. */
  constructor(readable: ReadableStream<UIMessageChunk>, controller: AbortController) {
    this.#readable = readable;
    this.controller = controller;
  }

  /**
   * Creates a stream whose request, made by `open` on the first read, answers with an SSE body.
   * Errors are mapped to the SDK's: an abort becomes {@link APIUserAbortError}, a broken connection
   * {@link APIConnectionError}.
   */
  static fromResponse(open: () => Promise<Response>, controller: AbortController): ChatStream {
    let reader: ReadableStreamDefaultReader<UIMessageChunk> | undefined;
    const readable = new ReadableStream<UIMessageChunk>(
      {
        async pull(stream) {
          try {
            // A bodyless answer reads as an empty stream.
            reader ??= parseChunkStream((await open()).body ?? new ReadableStream()).getReader();
            const result = await reader.read();
            if (result.done) stream.close();
            else stream.enqueue(result.value);
          } catch (error) {
            // The fetch in use aborts the body read when the signal aborts; only the cause differs.
            stream.error(
              controller.signal.aborted
                ? new APIUserAbortError()
                : TesseraError.isInstance(error)
                  ? error
                  : new APIConnectionError(
                      'The connection broke during the answer. Send the message again.',
                      {
                        cause: error,
                      },
                    ),
            );
          }
        },
        cancel(reason) {
          // Every reader gave up (a `break` out of `for await`): stop the request and free the connection.
          controller.abort();
          return reader?.cancel(reason);
        },
      },
      // Zero, so that nothing is pulled (and no request sent) before someone reads.
      { highWaterMark: 0 },
    );
    return new ChatStream(readable, controller);
  }

  /** Aborts the request; a pending or later read throws {@link APIUserAbortError}. */
  abort(): void {
    this.controller.abort();
  }

  /** Reads the chunks; leaving the loop early (`break`) aborts the request. */
  async *[Symbol.asyncIterator](): AsyncIterator<UIMessageChunk> {
    const reader = this.#take().getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      // Runs on `break` too; cancelling an already finished stream is harmless.
      await reader.cancel().catch(() => undefined);
    }
  }

  /** Reads the whole answer and resolves with its text (every `text-delta`, in order). */
  async text(): Promise<string> {
    let text = '';
    for await (const chunk of this) if (chunk.type === 'text-delta') text += chunk.delta;
    return text;
  }

  /** Splits this stream into two that can be read independently; starts the request. */
  tee(): [ChatStream, ChatStream] {
    const [left, right] = this.#take().tee();
    return [new ChatStream(left, this.controller), new ChatStream(right, this.controller)];
  }

  /** The chunks as a web `ReadableStream`, e.g. to hand to another realm or to `pipeThrough`. */
  toReadableStream(): ReadableStream<UIMessageChunk> {
    return this.#take();
  }

  #take(): ReadableStream<UIMessageChunk> {
    const readable = this.#readable;
    if (!readable) {
      throw new TesseraError(
        'A ChatStream can be read only once. Call stream.tee() before reading it to get two copies.',
      );
    }
    this.#readable = undefined;
    return readable;
  }
}
