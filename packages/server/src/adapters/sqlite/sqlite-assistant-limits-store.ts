import type { AssistantLimits } from '@tessera/core';
import type { AssistantLimitsStore } from '../../ports/assistant-limits-store.js';
import type { SqliteDatabase } from './open-database.js';

/** Per-assistant limits in SQLite. */
export function sqliteAssistantLimitsStore(db: SqliteDatabase): AssistantLimitsStore {
  return {
    async getAssistantLimits(assistantId) {
      const row = db
        .prepare('SELECT limits FROM assistant_limits WHERE assistant_id = ?')
        .get(assistantId) as { limits: string } | undefined;
      return row ? (JSON.parse(row.limits) as AssistantLimits) : {};
    },

    async setAssistantLimits(workspaceId, assistantId, limits) {
      const owned = db
        .prepare('SELECT 1 FROM assistants WHERE id = ? AND workspace_id = ?')
        .get(assistantId, workspaceId);
      if (!owned) return false;
      db.prepare(
        `INSERT INTO assistant_limits (assistant_id, limits) VALUES (?, ?)
         ON CONFLICT (assistant_id) DO UPDATE SET limits = excluded.limits`,
      ).run(assistantId, JSON.stringify(limits));
      return true;
    },
  };
}
