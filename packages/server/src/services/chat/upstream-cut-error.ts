/**
 * The provider's stream ended without its end marker (OpenAI's `finish_reason`, Cohere's
 * `message-end`). The official clients end such a stream quietly, which would pass a cut answer
 * off as a complete one; this error makes the cut visible.
 */
export class UpstreamCutError extends Error {
  override name = 'UpstreamCutError';
  constructor(provider: string) {
    super(`The ${provider} stream ended before the answer was finished.`);
  }
}
