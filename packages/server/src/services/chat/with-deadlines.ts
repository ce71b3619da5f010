/** Raised when a provider is silent for too long, before or between tokens. */
export class ProviderStallError extends Error {
  override name = 'ProviderStallError';
  constructor(
    readonly phase: 'first-token' | 'between-tokens',
    readonly afterMs: number,
  ) {
    super(
      phase === 'first-token'
        ? `The model sent nothing for ${afterMs} ms; giving up on it.`
        : `The model stopped sending for ${afterMs} ms in the middle of its answer.`,
    );
  }
}

export interface Deadlines {
  /** Longest wait for the first piece. */
  firstTokenMs: number;
  /** Longest wait between two pieces. */
  betweenTokensMs: number;
}

/**
 * Re-yields `source`, but fails with a {@link ProviderStallError} when a piece takes too long, and
 * calls `onStall` first so the caller can abort the upstream request: a stalled HTTP stream would
 * otherwise hold its socket (and its bill) open.
 */
export async function* withDeadlines<T>(
  source: AsyncIterable<T>,
  deadlines: Deadlines,
  onStall: () => void,
): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let first = true;
  try {
    while (true) {
      const ms = first ? deadlines.firstTokenMs : deadlines.betweenTokensMs;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stalled = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          onStall();
          reject(new ProviderStallError(first ? 'first-token' : 'between-tokens', ms));
        }, ms);
      });
      try {
        const next = await Promise.race([iterator.next(), stalled]);
        if (next.done) return;
        first = false;
        yield next.value;
      } finally {
        clearTimeout(timer);
      }
    }
  } finally {
    // Closing the upstream iterator lets the provider's SDK release its connection.
    void iterator.return?.();
  }
}
