import type { UIMessageChunk } from '@tessera/core';

export const STREAM_STALLED_TEXT = 'The answer stalled and was stopped. Please try again in a moment.';

export interface GuardOptions {
  /** Longest silence allowed between two parts; then the stream ends with an `error` part. */
  idleTimeoutMs: number;
  /** When aborted (the server is stopping), the stream ends at once with a `finish` part. */
  stop?: AbortSignal | undefined;
  /** Called when the guard gives up on the source, to abort its work. */
  onGiveUp: (why: 'idle' | 'shutdown') => void;
}

type Outcome =
  { kind: 'part'; result: IteratorResult<UIMessageChunk> } | { kind: 'idle' } | { kind: 'shutdown' };

/**
 * Passes a UI message stream through, ending it properly when the source cannot: after
 * `idleTimeoutMs` of silence (a stalled provider) or when the server stops. Either way the reader
 * gets a well-formed ending, with every open text part closed, instead of a cut connection.
 */
export async function* guardUiStream(
  source: AsyncIterable<UIMessageChunk>,
  options: GuardOptions,
): AsyncGenerator<UIMessageChunk> {
  const iterator = source[Symbol.asyncIterator]();
  const openText = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let onStop: (() => void) | undefined;
  const stopped = new Promise<Outcome>((resolve) => {
    onStop = () => resolve({ kind: 'shutdown' });
    if (options.stop?.aborted) onStop();
    else options.stop?.addEventListener('abort', onStop, { once: true });
  });
  let sourceDone = false;
  try {
    for (;;) {
      const next = iterator.next();
      const idle = new Promise<Outcome>((resolve) => {
        timer = setTimeout(() => resolve({ kind: 'idle' }), options.idleTimeoutMs);
      });
      const outcome = await Promise.race([
        next.then((result) => ({ kind: 'part', result }) as const),
        idle,
        stopped,
      ]);
      clearTimeout(timer);
      if (outcome.kind === 'part') {
        if (outcome.result.done) {
          sourceDone = true;
          return;
        }
        const part = outcome.result.value;
        if (part.type === 'text-start') openText.add(part.id);
        if (part.type === 'text-end') openText.delete(part.id);
        yield part;
        continue;
      }
      // The pending read may still settle or fail; nobody is waiting for it any more.
      next.catch(() => {});
      options.onGiveUp(outcome.kind);
      for (const id of openText) yield { type: 'text-end', id };
      yield outcome.kind === 'idle'
        ? { type: 'error', errorText: STREAM_STALLED_TEXT }
        : { type: 'finish', finishReason: 'other' };
      return;
    }
  } finally {
    clearTimeout(timer);
    if (onStop) options.stop?.removeEventListener('abort', onStop);
    // Ends the source's work too when the reader left or the guard gave up.
    if (!sourceDone) void iterator.return?.().catch(() => {});
  }
}
