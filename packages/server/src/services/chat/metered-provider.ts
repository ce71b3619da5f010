import type { LlmProvider, TokenUsage } from '../../ports/llm-provider.js';
import type { Clock } from '../limits/token-bucket.js';
import type { AnswerOutcome } from '../usage/record-usage.js';

/**
 * Wraps a provider to time each answer and collect the usage it reports. `onDone` runs once per
 * answer, when it completes, fails or is abandoned by its reader.
 */
export function meteredProvider(
  provider: LlmProvider,
  clock: Clock,
  onDone: (outcome: AnswerOutcome) => void,
): LlmProvider {
  return {
    name: provider.name,
    async *streamAnswer(input) {
      const started = clock();
      let usage: TokenUsage | undefined;
      let failed = false;
      try {
        yield* provider.streamAnswer({
          ...input,
          onUsage: (reported) => {
            usage = reported;
            input.onUsage?.(reported);
          },
        });
      } catch (error) {
        failed = true;
        throw error;
      } finally {
        onDone({ provider: provider.name, usage, latencyMs: clock() - started, failed });
      }
    },
  };
}
