import type { RefreshRotation, RefreshTokenRecord, RefreshTokenStore } from '../../ports/identity-store.js';
import type { SqliteDatabase } from './open-database.js';
import { newId, withConflict } from './sqlite-support.js';

const TOKEN_COLUMNS = `id, family_id AS familyId, user_id AS userId, workspace_id AS workspaceId,
  token_hash AS tokenHash, created_at AS createdAt, expires_at AS expiresAt,
  revoked_at AS revokedAt, replaced_by AS replacedBy`;

/** Refresh tokens in SQLite; rotation and reuse detection run in one write transaction. */
export function sqliteRefreshTokenStore(db: SqliteDatabase): RefreshTokenStore {
  const byHash = db.prepare(`SELECT ${TOKEN_COLUMNS} FROM refresh_tokens WHERE token_hash = ?`);
  const revokeFamily = db.prepare(
    'UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL',
  );
  const insert = (token: RefreshTokenRecord) =>
    withConflict('refresh_token.hash', () =>
      db
        .prepare(
          `INSERT INTO refresh_tokens (id, family_id, user_id, workspace_id, token_hash, created_at, expires_at)
           VALUES (@id, @familyId, @userId, @workspaceId, @tokenHash, @createdAt, @expiresAt)`,
        )
        .run(token),
    );

  const rotate = db.transaction(
    (tokenHash: string, next: { tokenHash: string; expiresAt: string }, now: string): RefreshRotation => {
      const current = byHash.get(tokenHash) as RefreshTokenRecord | undefined;
      if (!current) return { status: 'invalid' };
      if (current.replacedBy !== null) {
        revokeFamily.run(now, current.familyId);
        return { status: 'reused', token: current };
      }
      if (current.revokedAt !== null || current.expiresAt <= now) return { status: 'invalid' };
      const token: RefreshTokenRecord = {
        ...current,
        id: newId('rt'),
        tokenHash: next.tokenHash,
        createdAt: now,
        expiresAt: next.expiresAt,
      };
      insert(token);
      db.prepare('UPDATE refresh_tokens SET revoked_at = ?, replaced_by = ? WHERE id = ?').run(
        now,
        token.id,
        current.id,
      );
      return { status: 'rotated', token };
    },
  );

  return {
    async createRefreshToken(input) {
      const token: RefreshTokenRecord = {
        id: newId('rt'),
        ...input,
        createdAt: new Date().toISOString(),
        revokedAt: null,
        replacedBy: null,
      };
      insert(token);
      return token;
    },
    async rotateRefreshToken(tokenHash, next, now) {
      return rotate.immediate(tokenHash, next, now);
    },
    async revokeRefreshFamily(tokenHash, now) {
      const token = byHash.get(tokenHash) as RefreshTokenRecord | undefined;
      if (token) revokeFamily.run(now, token.familyId);
      return token;
    },
    async revokeUserRefreshTokens(userId, workspaceId, now) {
      return db
        .prepare(
          'UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND workspace_id = ? AND revoked_at IS NULL',
        )
        .run(now, userId, workspaceId).changes;
    },
  };
}
