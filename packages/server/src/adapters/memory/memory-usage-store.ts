import type { UsageQuery, UsageRecord, UsageStore } from '../../ports/usage-store.js';

/** Usage in this process's memory: the default of a bare `createApp`, and a second conformance target. */
export class MemoryUsageStore implements UsageStore {
  private readonly records: UsageRecord[] = [];

  async record(usage: UsageRecord): Promise<void> {
    this.records.push({ ...usage });
  }

  async tokensUsed(query: UsageQuery): Promise<number> {
    let total = 0;
    for (const r of this.records) {
      if (r.occurredAt < query.from || r.occurredAt >= query.to) continue;
      if (query.keyId !== undefined && r.keyId !== query.keyId) continue;
      if (
        query.endUserId !== undefined &&
        (r.assistantId !== query.endUserId.assistantId || r.endUserId !== query.endUserId.endUserId)
      ) {
        continue;
      }
      total += r.promptTokens + r.completionTokens;
    }
    return total;
  }

  async close(): Promise<void> {}
}
