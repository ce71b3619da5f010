import type { AnswerInput, LlmProvider } from '../../ports/llm-provider.js';
import { withDeadlines, type Deadlines } from './with-deadlines.js';

export const DEFAULT_DEADLINES: Deadlines = { firstTokenMs: 20_000, betweenTokensMs: 30_000 };

/** A failure after the answer started: the text so far is kept and the stream ends with an error. */
export class AnswerInterruptedError extends Error {
  override name = 'AnswerInterruptedError';
}

/**
 * Tries providers in order. One that fails before its first token (an error, a 429, a stall) hands
 * over to the next, so the reader never sees the failure; one that fails after it has started cannot
 * be swapped without repeating text, so that failure ends the answer. Put the extractive provider
 * last: it cannot fail.
 */
export class FallbackProvider implements LlmProvider {
  readonly name: string;

  constructor(
    private readonly providers: readonly LlmProvider[],
    private readonly deadlines: Deadlines = DEFAULT_DEADLINES,
    private readonly onHandover?: (failed: LlmProvider, error: unknown) => void,
  ) {
    if (providers.length === 0) throw new Error('A fallback chain needs at least one provider.');
    this.name = providers.map((p) => p.name).join('>');
  }

  async *streamAnswer(input: AnswerInput): AsyncIterable<string> {
    let lastError: unknown;
    for (const provider of this.providers) {
      // Each attempt gets its own controller, so a stalled provider is aborted alone.
      const attempt = new AbortController();
      const abort = () => attempt.abort(input.signal.reason);
      input.signal.addEventListener('abort', abort, { once: true });
      let started = false;
      try {
        const pieces = provider.streamAnswer({ ...input, signal: attempt.signal });
        for await (const piece of withDeadlines(pieces, this.deadlines, () => attempt.abort())) {
          started = true;
          yield piece;
        }
        return;
      } catch (error) {
        if (input.signal.aborted) return;
        if (started)
          throw new AnswerInterruptedError(`${provider.name} failed mid-answer.`, { cause: error });
        lastError = error;
        this.onHandover?.(provider, error);
      } finally {
        input.signal.removeEventListener('abort', abort);
      }
    }
    throw lastError;
  }
}
