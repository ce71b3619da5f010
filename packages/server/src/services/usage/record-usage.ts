import type { TokenUsage } from '../../ports/llm-provider.js';
import type { UsageRecord, UsageStore } from '../../ports/usage-store.js';
import type { UsageSubject } from './usage-subject.js';

/** How one answer went, as the metered provider saw it. */
export interface AnswerOutcome {
  provider: string;
  /** What the provider reported; `undefined` for providers without token accounting (0 tokens). */
  usage: TokenUsage | undefined;
  latencyMs: number;
  failed: boolean;
}

/** Appends one usage record per answer, including answers that failed or were cut short. */
export async function recordUsage(
  store: UsageStore,
  subject: UsageSubject,
  outcome: AnswerOutcome,
  nowMs: number,
): Promise<UsageRecord> {
  const record: UsageRecord = {
    ...subject,
    provider: outcome.provider,
    model: outcome.usage?.model ?? outcome.provider,
    promptTokens: outcome.usage?.promptTokens ?? 0,
    completionTokens: outcome.usage?.completionTokens ?? 0,
    latencyMs: outcome.latencyMs,
    occurredAt: new Date(nowMs).toISOString(),
  };
  await store.record(record);
  return record;
}
