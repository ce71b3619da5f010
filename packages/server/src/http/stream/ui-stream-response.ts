import { UI_MESSAGE_STREAM_HEADERS, type UIMessageChunk } from '@tessera/core';
import type { Gauge } from 'prom-client';
import { toSseBody } from '../sse-body.js';
import { requestDeadline } from '../request-state.js';
import { guardUiStream } from './guard-ui-stream.js';

/** The parts of a Koa or router context that a streamed answer needs. */
interface StreamTarget {
  status: number;
  body: unknown;
  state: unknown;
  set(headers: Record<string, string>): void;
}

export interface UiStreamResponseOptions {
  /** Aborted when the server starts to stop; open streams then end with `finish`. */
  shutdownSignal?: AbortSignal | undefined;
  /** Counts the streams open right now. */
  activeStreams?: Gauge | undefined;
}

/**
 * Answers with a UI message stream over SSE. The request's deadline becomes the stream's idle
 * timeout: once the first byte is out no status can change, so a stalled stream ends with an
 * `error` part, and a server stop ends it with `finish`; both abort the request's signal.
 */
export function respondWithUiStream(
  ctx: StreamTarget,
  chunks: AsyncIterable<UIMessageChunk>,
  options: UiStreamResponseOptions = {},
): void {
  const deadline = requestDeadline(ctx);
  const guarded = guardUiStream(chunks, {
    idleTimeoutMs: deadline?.timeoutMs ?? 30_000,
    stop: options.shutdownSignal,
    onGiveUp: (why) => deadline?.abort(why),
  });
  const body = toSseBody(guarded);
  options.activeStreams?.inc();
  body.once('close', () => options.activeStreams?.dec());
  ctx.status = 200;
  ctx.set(UI_MESSAGE_STREAM_HEADERS);
  ctx.body = body;
}
