import type { ApiKeyRecord, ApiKeyRotation, KeyStore, NewApiKey } from '../../ports/key-store.js';
import type { SqliteDatabase } from './open-database.js';
import { newId, withConflict } from './sqlite-support.js';

interface ApiKeyRow extends Omit<ApiKeyRecord, 'allowedOrigins'> {
  allowedOrigins: string;
}

const KEY_COLUMNS = `id, workspace_id AS workspaceId, type, name, assistant_id AS assistantId, prefix,
  last4, key_hash AS keyHash, allowed_origins AS allowedOrigins, created_at AS createdAt,
  revoked_at AS revokedAt, last_used_at AS lastUsedAt`;

const toRecord = (row: ApiKeyRow | undefined): ApiKeyRecord | undefined =>
  row && { ...row, allowedOrigins: JSON.parse(row.allowedOrigins) as string[] };

/** Uses closer together than this are not written: a busy key would otherwise write on every request. */
const TOUCH_INTERVAL_MS = 60_000;

/** API keys in SQLite; rotation revokes and creates in one transaction. */
export function sqliteKeyStore(db: SqliteDatabase): KeyStore {
  const scoped = db.prepare(`SELECT ${KEY_COLUMNS} FROM api_keys WHERE workspace_id = ? AND id = ?`);
  const get = (workspaceId: string, id: string) =>
    toRecord(scoped.get(workspaceId, id) as ApiKeyRow | undefined);

  const insert = (input: NewApiKey): ApiKeyRecord => {
    const key: ApiKeyRecord = {
      id: newId('key'),
      ...input,
      createdAt: new Date().toISOString(),
      revokedAt: null,
      lastUsedAt: null,
    };
    withConflict('api_key.hash', () =>
      db
        .prepare(
          `INSERT INTO api_keys (id, workspace_id, type, name, assistant_id, prefix, last4, key_hash, allowed_origins, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          key.id,
          key.workspaceId,
          key.type,
          key.name,
          key.assistantId,
          key.prefix,
          key.last4,
          key.keyHash,
          JSON.stringify(key.allowedOrigins),
          key.createdAt,
        ),
    );
    return key;
  };

  const rotate = db.transaction(
    (
      workspaceId: string,
      id: string,
      next: Pick<ApiKeyRecord, 'prefix' | 'last4' | 'keyHash'>,
      now: string,
    ): ApiKeyRotation => {
      const old = get(workspaceId, id);
      if (!old) return { status: 'not_found' };
      if (old.revokedAt !== null) return { status: 'revoked' };
      db.prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ?').run(now, id);
      const created = insert({
        workspaceId,
        type: old.type,
        name: old.name,
        assistantId: old.assistantId,
        allowedOrigins: old.allowedOrigins,
        ...next,
      });
      return { status: 'rotated', revoked: { ...old, revokedAt: now }, created };
    },
  );

  return {
    async createApiKey(input) {
      return insert(input);
    },
    async findApiKeyByHash(keyHash) {
      return toRecord(
        db.prepare(`SELECT ${KEY_COLUMNS} FROM api_keys WHERE key_hash = ?`).get(keyHash) as
          ApiKeyRow | undefined,
      );
    },
    async getApiKey(workspaceId, id) {
      return get(workspaceId, id);
    },
    async listApiKeys(workspaceId) {
      const rows = db
        .prepare(`SELECT ${KEY_COLUMNS} FROM api_keys WHERE workspace_id = ? ORDER BY created_at, id`)
        .all(workspaceId) as ApiKeyRow[];
      return rows.map((row) => toRecord(row)!);
    },
    async updateApiKey(workspaceId, id, patch) {
      db.prepare(
        `UPDATE api_keys SET name = coalesce(?, name), allowed_origins = coalesce(?, allowed_origins)
         WHERE workspace_id = ? AND id = ?`,
      ).run(
        patch.name ?? null,
        patch.allowedOrigins ? JSON.stringify(patch.allowedOrigins) : null,
        workspaceId,
        id,
      );
      return get(workspaceId, id);
    },
    async revokeApiKey(workspaceId, id, now) {
      db.prepare(
        'UPDATE api_keys SET revoked_at = ? WHERE workspace_id = ? AND id = ? AND revoked_at IS NULL',
      ).run(now, workspaceId, id);
      return get(workspaceId, id);
    },
    async rotateApiKey(workspaceId, id, next, now) {
      return rotate.immediate(workspaceId, id, next, now);
    },
    async touchApiKey(id, now) {
      const before = new Date(Date.parse(now) - TOUCH_INTERVAL_MS).toISOString();
      db.prepare(
        'UPDATE api_keys SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)',
      ).run(now, id, before);
    },
  };
}
