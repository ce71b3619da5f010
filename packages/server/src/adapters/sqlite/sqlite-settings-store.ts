import type { SettingsStore, SigningSecretRecord } from '../../ports/settings-store.js';
import type { SqliteDatabase } from './open-database.js';

/** Server settings and assistants' signing secrets in SQLite. */
export function sqliteSettingsStore(db: SqliteDatabase): SettingsStore {
  const secretOf = db.prepare(
    `SELECT signing_secret AS secret, signing_secret_rotated_at AS rotatedAt
     FROM assistants WHERE workspace_id = ? AND id = ?`,
  );
  const read = (workspaceId: string, assistantId: string) => {
    const row = secretOf.get(workspaceId, assistantId) as
      { secret: string | null; rotatedAt: string | null } | undefined;
    return row?.secret && row.rotatedAt
      ? ({ secret: row.secret, rotatedAt: row.rotatedAt } as SigningSecretRecord)
      : undefined;
  };

  return {
    async getSetting(name) {
      const row = db.prepare('SELECT value FROM settings WHERE name = ?').get(name) as
        { value: string } | undefined;
      return row?.value;
    },
    async putSettingIfAbsent(name, value) {
      db.prepare('INSERT OR IGNORE INTO settings (name, value, created_at) VALUES (?, ?, ?)').run(
        name,
        value,
        new Date().toISOString(),
      );
      return (db.prepare('SELECT value FROM settings WHERE name = ?').get(name) as { value: string }).value;
    },
    async ensureSigningSecret(workspaceId, assistantId, candidate, now) {
      // Read first: this runs on every request with an end-user token, and a read takes no write lock.
      const existing = read(workspaceId, assistantId);
      if (existing) return existing;
      db.prepare(
        `UPDATE assistants SET signing_secret = ?, signing_secret_rotated_at = ?
         WHERE workspace_id = ? AND id = ? AND signing_secret IS NULL`,
      ).run(candidate, now, workspaceId, assistantId);
      return read(workspaceId, assistantId);
    },
    async replaceSigningSecret(workspaceId, assistantId, secret, now) {
      db.prepare(
        'UPDATE assistants SET signing_secret = ?, signing_secret_rotated_at = ? WHERE workspace_id = ? AND id = ?',
      ).run(secret, now, workspaceId, assistantId);
      return read(workspaceId, assistantId);
    },
  };
}
