import type { LlmProvider } from '../ports/llm-provider.js';
import type { PlatformOptions } from '../platform-deps.js';
import { memoryLogger } from './memory-logger.js';
import { startTempServer } from './temp-server.js';

/** A clock that moves only when the test says so. */
export function manualClock(start = Date.parse('2025-03-01T12:00:00.000Z')) {
  let now = start;
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
    set(iso: string) {
      now = Date.parse(iso);
    },
  };
}

/**
 * A real server (temp data dir, sample docs, first-start keys) whose logs are captured in memory
 * and whose rate limits and budgets run on a manual clock.
 */
export async function startPlatformServer(
  options: {
    provider?: LlmProvider;
    platform?: PlatformOptions;
    redisUrl?: string;
    sampleDocs?: boolean;
  } = {},
) {
  const log = memoryLogger();
  const clock = manualClock();
  const server = await startTempServer({
    ...(options.provider ? { provider: options.provider } : {}),
    ...(options.sampleDocs === false ? { sampleDocsDir: null } : {}),
    redisUrl: options.redisUrl,
    platform: { logger: log.logger, clock: clock.now, ...options.platform },
  });
  return { ...server, log, clock };
}

/** A provider that writes `words` and reports `usage` tokens, like a metered language model. */
export function fakeProvider(
  usage: { promptTokens: number; completionTokens: number },
  words = ['Fake ', 'answer.'],
) {
  const calls: { signal: AbortSignal }[] = [];
  const provider: LlmProvider = {
    name: 'fake',
    async *streamAnswer(input) {
      calls.push({ signal: input.signal });
      for (const word of words) yield word;
      input.onUsage?.({ ...usage, model: 'fake-model-1' });
    },
  };
  return { provider, calls };
}
