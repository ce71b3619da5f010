import type { Role } from '../../http/auth/principal.js';
import type {
  MemberRecord,
  MembershipRecord,
  MembershipStore,
  OwnerGuardedResult,
  UserRecord,
  UserStore,
} from '../../ports/identity-store.js';
import type { SqliteDatabase } from './open-database.js';
import { newId, withConflict } from './sqlite-support.js';

const USER_COLUMNS = 'id, email, name, password_hash AS passwordHash, created_at AS createdAt';
const MEMBERSHIP_COLUMNS = 'workspace_id AS workspaceId, user_id AS userId, role, created_at AS createdAt';
const MEMBER_QUERY = `
  SELECT u.id AS userId, u.email, u.name, m.role, m.created_at AS joinedAt
  FROM memberships m JOIN users u ON u.id = m.user_id`;

/** Users and memberships in SQLite; owner checks run inside the write's transaction. */
export function sqliteUserStore(db: SqliteDatabase): UserStore & MembershipStore {
  const getUser = db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`);
  const findMember = db.prepare(`${MEMBER_QUERY} WHERE m.workspace_id = ? AND m.user_id = ?`);
  const countOwners = db.prepare(
    "SELECT count(*) AS n FROM memberships WHERE workspace_id = ? AND role = 'owner'",
  );

  /** Runs `write` unless it would leave the workspace without an owner. */
  const guardOwners = (
    workspaceId: string,
    userId: string,
    losesOwner: (member: MemberRecord) => boolean,
    write: () => void,
    after: (member: MemberRecord) => MemberRecord,
  ) =>
    db
      .transaction((): OwnerGuardedResult<MemberRecord> => {
        const member = findMember.get(workspaceId, userId) as MemberRecord | undefined;
        if (!member) return { status: 'not_found' };
        if (losesOwner(member) && (countOwners.get(workspaceId) as { n: number }).n <= 1) {
          return { status: 'last_owner' };
        }
        write();
        return { status: 'done', value: after(member) };
      })
      .immediate();

  return {
    async createUser(input) {
      const user: UserRecord = { id: newId('usr'), ...input, createdAt: new Date().toISOString() };
      withConflict('user.email', () =>
        db
          .prepare('INSERT INTO users (id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)')
          .run(user.id, user.email, user.name, user.passwordHash, user.createdAt),
      );
      return user;
    },
    async getUser(id) {
      return getUser.get(id) as UserRecord | undefined;
    },
    async findUserByEmail(email) {
      return db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE email = ?`).get(email) as
        UserRecord | undefined;
    },
    async addMembership(input) {
      const membership: MembershipRecord = { ...input, createdAt: new Date().toISOString() };
      withConflict('membership', () =>
        db
          .prepare('INSERT INTO memberships (workspace_id, user_id, role, created_at) VALUES (?, ?, ?, ?)')
          .run(membership.workspaceId, membership.userId, membership.role, membership.createdAt),
      );
      return membership;
    },
    async getMembership(workspaceId, userId) {
      return db
        .prepare(`SELECT ${MEMBERSHIP_COLUMNS} FROM memberships WHERE workspace_id = ? AND user_id = ?`)
        .get(workspaceId, userId) as MembershipRecord | undefined;
    },
    async listMembers(workspaceId) {
      return db
        .prepare(`${MEMBER_QUERY} WHERE m.workspace_id = ? ORDER BY m.created_at, u.id`)
        .all(workspaceId) as MemberRecord[];
    },
    async listMemberships(userId) {
      return db
        .prepare(
          `SELECT ${MEMBERSHIP_COLUMNS} FROM memberships WHERE user_id = ? ORDER BY created_at, workspace_id`,
        )
        .all(userId) as MembershipRecord[];
    },
    async changeRole(workspaceId, userId, role: Role) {
      return guardOwners(
        workspaceId,
        userId,
        (member) => member.role === 'owner' && role !== 'owner',
        () =>
          db
            .prepare('UPDATE memberships SET role = ? WHERE workspace_id = ? AND user_id = ?')
            .run(role, workspaceId, userId),
        (member) => ({ ...member, role }),
      );
    },
    async removeMembership(workspaceId, userId) {
      return guardOwners(
        workspaceId,
        userId,
        (member) => member.role === 'owner',
        () =>
          db
            .prepare('DELETE FROM memberships WHERE workspace_id = ? AND user_id = ?')
            .run(workspaceId, userId),
        (member) => member,
      );
    },
  };
}
