import type { Role } from '../http/auth/principal.js';

/** A person with an account. Emails are unique regardless of case. */
export interface UserRecord {
  id: string;
  email: string;
  name: string;
  /** Encoded scrypt hash with its salt and parameters; never leaves the server. */
  passwordHash: string;
  createdAt: string;
}

export interface MembershipRecord {
  workspaceId: string;
  userId: string;
  role: Role;
  createdAt: string;
}

/** A membership joined with its user, as member lists show it. */
export interface MemberRecord {
  userId: string;
  email: string;
  name: string;
  role: Role;
  joinedAt: string;
}

export interface UserStore {
  /** @throws StoreConflictError (`user.email`) when the email is taken, in any letter case. */
  createUser(input: { email: string; name: string; passwordHash: string }): Promise<UserRecord>;
  getUser(id: string): Promise<UserRecord | undefined>;
  findUserByEmail(email: string): Promise<UserRecord | undefined>;
}

/** Outcome of a change that must never leave a workspace without an owner. */
export type OwnerGuardedResult<T> = { status: 'done'; value: T } | { status: 'not_found' | 'last_owner' };

export interface MembershipStore {
  /** @throws StoreConflictError (`membership`) when the user is already a member. */
  addMembership(input: { workspaceId: string; userId: string; role: Role }): Promise<MembershipRecord>;
  getMembership(workspaceId: string, userId: string): Promise<MembershipRecord | undefined>;
  /** Members of one workspace, oldest first. */
  listMembers(workspaceId: string): Promise<MemberRecord[]>;
  /** Workspaces of one user, oldest membership first. */
  listMemberships(userId: string): Promise<MembershipRecord[]>;
  /** Changes a role atomically; demoting the last owner is refused. */
  changeRole(workspaceId: string, userId: string, role: Role): Promise<OwnerGuardedResult<MemberRecord>>;
  /** Removes a member atomically; removing the last owner is refused. */
  removeMembership(workspaceId: string, userId: string): Promise<OwnerGuardedResult<MemberRecord>>;
}

export interface InvitationRecord {
  id: string;
  workspaceId: string;
  email: string;
  role: Role;
  /** SHA-256 of the token; the token itself is shown once and never stored. */
  tokenHash: string;
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
}

/** Who accepts an invitation: an existing account, or a new one created in the same transaction. */
export type Invitee = { userId: string } | { newUser: { name: string; passwordHash: string } };

export interface InvitationStore {
  createInvitation(
    input: Pick<InvitationRecord, 'workspaceId' | 'email' | 'role' | 'tokenHash' | 'invitedBy' | 'expiresAt'>,
  ): Promise<InvitationRecord>;
  /** Invitations of one workspace, newest first. */
  listInvitations(workspaceId: string): Promise<InvitationRecord[]>;
  findInvitationByTokenHash(tokenHash: string): Promise<InvitationRecord | undefined>;
  /** Revokes a pending invitation; returns it as it now is, or `undefined` if the workspace has none by that id. */
  revokeInvitation(workspaceId: string, id: string, now: string): Promise<InvitationRecord | undefined>;
  /**
   * In one transaction: marks a pending, unexpired invitation accepted, creates the invitee's account
   * if new and adds the membership (an existing membership keeps its role). `unavailable` when the
   * invitation was accepted, revoked or expired meanwhile.
   */
  acceptInvitation(
    invitationId: string,
    invitee: Invitee,
    now: string,
  ): Promise<
    { status: 'accepted'; user: UserRecord; membership: MembershipRecord } | { status: 'unavailable' }
  >;
}

export interface RefreshTokenRecord {
  id: string;
  /** Every token descended from one sign-in shares a family; reuse of an old one ends the family. */
  familyId: string;
  userId: string;
  workspaceId: string;
  tokenHash: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  /** Id of the token this one was exchanged for. */
  replacedBy: string | null;
}

export type RefreshRotation =
  | { status: 'rotated'; token: RefreshTokenRecord }
  /** A token already exchanged was presented again: the whole family is now revoked. */
  | { status: 'reused'; token: RefreshTokenRecord }
  | { status: 'invalid' };

export interface RefreshTokenStore {
  createRefreshToken(
    input: Pick<RefreshTokenRecord, 'familyId' | 'userId' | 'workspaceId' | 'tokenHash' | 'expiresAt'>,
  ): Promise<RefreshTokenRecord>;
  /**
   * Exchanges a live token for a new one of the same family, atomically, so two concurrent refreshes
   * cannot both succeed. Presenting an exchanged token revokes the family (`reused`).
   */
  rotateRefreshToken(
    tokenHash: string,
    next: { tokenHash: string; expiresAt: string },
    now: string,
  ): Promise<RefreshRotation>;
  /** Revokes the family of a token (sign-out); `undefined` when the token is unknown. */
  revokeRefreshFamily(tokenHash: string, now: string): Promise<RefreshTokenRecord | undefined>;
  /** Revokes every live token of a user in a workspace; returns how many. */
  revokeUserRefreshTokens(userId: string, workspaceId: string, now: string): Promise<number>;
}

/** People, their workspaces, invitations and sessions. */
export interface IdentityStore extends UserStore, MembershipStore, InvitationStore, RefreshTokenStore {}
