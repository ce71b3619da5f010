import type {
  InvitationRecord,
  InvitationStore,
  MembershipRecord,
  UserRecord,
} from '../../ports/identity-store.js';
import type { SqliteDatabase } from './open-database.js';
import { newId, withConflict } from './sqlite-support.js';

const INVITATION_COLUMNS = `id, workspace_id AS workspaceId, email, role, token_hash AS tokenHash,
  invited_by AS invitedBy, created_at AS createdAt, expires_at AS expiresAt,
  accepted_at AS acceptedAt, revoked_at AS revokedAt`;

/** Invitations in SQLite; acceptance is one transaction from the token to the membership. */
export function sqliteInvitationStore(db: SqliteDatabase): InvitationStore {
  const byId = db.prepare(`SELECT ${INVITATION_COLUMNS} FROM invitations WHERE id = ?`);

  const accept = db.transaction(
    (
      invitationId: string,
      invitee: { userId: string } | { newUser: { name: string; passwordHash: string } },
      now: string,
    ) => {
      const claimed = db
        .prepare(
          `UPDATE invitations SET accepted_at = ?
           WHERE id = ? AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?`,
        )
        .run(now, invitationId, now);
      if (claimed.changes !== 1) return { status: 'unavailable' as const };
      const invitation = byId.get(invitationId) as InvitationRecord;
      let user: UserRecord;
      if ('userId' in invitee) {
        user = db
          .prepare(
            'SELECT id, email, name, password_hash AS passwordHash, created_at AS createdAt FROM users WHERE id = ?',
          )
          .get(invitee.userId) as UserRecord;
      } else {
        user = { id: newId('usr'), email: invitation.email, ...invitee.newUser, createdAt: now };
        withConflict('user.email', () =>
          db
            .prepare('INSERT INTO users (id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)')
            .run(user.id, user.email, user.name, user.passwordHash, user.createdAt),
        );
      }
      // Someone already in the workspace keeps their role: an invitation never demotes.
      db.prepare(
        'INSERT OR IGNORE INTO memberships (workspace_id, user_id, role, created_at) VALUES (?, ?, ?, ?)',
      ).run(invitation.workspaceId, user.id, invitation.role, now);
      const membership = db
        .prepare(
          'SELECT workspace_id AS workspaceId, user_id AS userId, role, created_at AS createdAt FROM memberships WHERE workspace_id = ? AND user_id = ?',
        )
        .get(invitation.workspaceId, user.id) as MembershipRecord;
      return { status: 'accepted' as const, user, membership };
    },
  );

  return {
    async createInvitation(input) {
      const invitation: InvitationRecord = {
        id: newId('inv'),
        ...input,
        createdAt: new Date().toISOString(),
        acceptedAt: null,
        revokedAt: null,
      };
      withConflict('invitation.token', () =>
        db
          .prepare(
            `INSERT INTO invitations (id, workspace_id, email, role, token_hash, invited_by, created_at, expires_at)
             VALUES (@id, @workspaceId, @email, @role, @tokenHash, @invitedBy, @createdAt, @expiresAt)`,
          )
          .run(invitation),
      );
      return invitation;
    },
    async listInvitations(workspaceId) {
      return db
        .prepare(
          `SELECT ${INVITATION_COLUMNS} FROM invitations WHERE workspace_id = ? ORDER BY created_at DESC, id`,
        )
        .all(workspaceId) as InvitationRecord[];
    },
    async findInvitationByTokenHash(tokenHash) {
      return db
        .prepare(`SELECT ${INVITATION_COLUMNS} FROM invitations WHERE token_hash = ?`)
        .get(tokenHash) as InvitationRecord | undefined;
    },
    async revokeInvitation(workspaceId, id, now) {
      db.prepare(
        `UPDATE invitations SET revoked_at = ?
         WHERE id = ? AND workspace_id = ? AND accepted_at IS NULL AND revoked_at IS NULL`,
      ).run(now, id, workspaceId);
      const invitation = byId.get(id) as InvitationRecord | undefined;
      return invitation?.workspaceId === workspaceId ? invitation : undefined;
    },
    async acceptInvitation(invitationId, invitee, now) {
      return accept.immediate(invitationId, invitee, now);
    },
  };
}
