import type { UsageQuery, UsageRecord, UsageStore } from '../../ports/usage-store.js';
import type { SqliteDatabase } from './open-database.js';

/** Usage records in the SQLite file, next to everything else. */
export class SqliteUsageStore implements UsageStore {
  private readonly insert;

  constructor(private readonly db: SqliteDatabase) {
    this.insert = db.prepare(
      `INSERT INTO usage_events (workspace_id, key_id, assistant_id, end_user_id, provider, model,
         prompt_tokens, completion_tokens, latency_ms, occurred_at)
       VALUES (@workspaceId, @keyId, @assistantId, @endUserId, @provider, @model,
         @promptTokens, @completionTokens, @latencyMs, @occurredAt)`,
    );
  }

  async record(usage: UsageRecord): Promise<void> {
    this.insert.run({ ...usage, latencyMs: Math.round(usage.latencyMs) });
  }

  async tokensUsed(query: UsageQuery): Promise<number> {
    const where = ['occurred_at >= @from', 'occurred_at < @to'];
    const params: Record<string, string> = { from: query.from, to: query.to };
    if (query.keyId !== undefined) {
      where.push('key_id = @keyId');
      params['keyId'] = query.keyId;
    }
    if (query.endUserId !== undefined) {
      where.push('assistant_id = @assistantId', 'end_user_id = @endUserId');
      params['assistantId'] = query.endUserId.assistantId;
      params['endUserId'] = query.endUserId.endUserId;
    }
    const row = this.db
      .prepare(
        `SELECT coalesce(sum(prompt_tokens + completion_tokens), 0) AS total FROM usage_events WHERE ${where.join(' AND ')}`,
      )
      .get(params) as { total: number };
    return row.total;
  }

  async close(): Promise<void> {
    // The database belongs to whoever opened it; the record store closes it.
  }
}
