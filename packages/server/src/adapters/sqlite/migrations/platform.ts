/**
 * Usage per answer, for daily token budgets and analytics. Rows are appended and summed by day, so
 * the indexes lead with who is counted and end with the time.
 */
export const platformMigration = `
  CREATE TABLE usage_events (
    id INTEGER PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    key_id TEXT,
    assistant_id TEXT,
    end_user_id TEXT,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    prompt_tokens INTEGER NOT NULL,
    completion_tokens INTEGER NOT NULL,
    latency_ms INTEGER NOT NULL,
    occurred_at TEXT NOT NULL
  );
  CREATE INDEX usage_events_key ON usage_events(key_id, occurred_at) WHERE key_id IS NOT NULL;
  CREATE INDEX usage_events_end_user ON usage_events(assistant_id, end_user_id, occurred_at)
    WHERE end_user_id IS NOT NULL;
  CREATE INDEX usage_events_workspace ON usage_events(workspace_id, occurred_at);
`;
