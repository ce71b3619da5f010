import type { AuditRecord, AuditStore } from '../../ports/audit-store.js';
import type { SqliteDatabase } from './open-database.js';
import { newId } from './sqlite-support.js';

interface AuditRow {
  seq: number;
  id: string;
  workspace_id: string;
  actor_kind: AuditRecord['actor']['kind'];
  actor_id: string;
  action: string;
  target_kind: string | null;
  target_id: string | null;
  ip: string | null;
  user_agent: string | null;
  details: string;
  created_at: string;
}

const toRecord = (row: AuditRow): AuditRecord => ({
  id: row.id,
  workspaceId: row.workspace_id,
  action: row.action,
  actor: { kind: row.actor_kind, id: row.actor_id },
  target:
    row.target_kind !== null && row.target_id !== null ? { kind: row.target_kind, id: row.target_id } : null,
  ip: row.ip,
  userAgent: row.user_agent,
  details: JSON.parse(row.details) as Record<string, unknown>,
  createdAt: row.created_at,
});

/** The cursor is the row's sequence number, so pages stay stable while new entries arrive. */
const CURSOR = /^s(\d{1,15})$/;

/** The audit log in SQLite: an append-only table read newest first. */
export function sqliteAuditStore(db: SqliteDatabase): AuditStore {
  return {
    async appendAudit(entry) {
      const record: AuditRecord = {
        ...entry,
        id: newId('aud'),
        createdAt: entry.createdAt ?? new Date().toISOString(),
      };
      db.prepare(
        `INSERT INTO audit_log (id, workspace_id, actor_kind, actor_id, action, target_kind, target_id, ip, user_agent, details, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        record.id,
        record.workspaceId,
        record.actor.kind,
        record.actor.id,
        record.action,
        record.target?.kind ?? null,
        record.target?.id ?? null,
        record.ip,
        record.userAgent,
        JSON.stringify(record.details),
        record.createdAt,
      );
      return record;
    },
    async listAudit(workspaceId, filter) {
      const where = ['workspace_id = ?'];
      const values: (string | number)[] = [workspaceId];
      const add = (clause: string, value: string | number | undefined) => {
        if (value === undefined) return;
        where.push(clause);
        values.push(value);
      };
      add('action = ?', filter.action);
      add('actor_id = ?', filter.actorId);
      add('created_at >= ?', filter.since);
      add('created_at <= ?', filter.until);
      const cursor = filter.cursor === undefined ? undefined : CURSOR.exec(filter.cursor);
      // An unreadable cursor matches nothing rather than restarting from the newest entry.
      add('seq < ?', cursor === undefined ? undefined : Number(cursor?.[1] ?? 0));
      const rows = db
        .prepare(`SELECT * FROM audit_log WHERE ${where.join(' AND ')} ORDER BY seq DESC LIMIT ?`)
        .all(...values, filter.limit + 1) as AuditRow[];
      const page = rows.slice(0, filter.limit);
      const more = rows.length > filter.limit;
      return { entries: page.map(toRecord), nextCursor: more ? `s${page.at(-1)!.seq}` : null };
    },
  };
}
