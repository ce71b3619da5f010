import type {
  AcceptInvitationRequest,
  CreatedInvitation,
  CreateInvitationRequest,
  Invitation,
  Session,
} from '@tessera/core';
import { ProblemError } from '../../http/problem-error.js';
import type { InvitationRecord } from '../../ports/identity-store.js';
import type { Store } from '../../ports/store.js';
import { StoreConflictError } from '../../ports/store-conflict-error.js';
import { actorLabel, type Actor, type RequestOrigin } from '../access/actor.js';
import { assertMayGrant } from '../access/role-rules.js';
import { recordAudit } from '../audit/record-audit.js';
import { startSession } from '../auth/issue-session.js';
import { hashPassword, verifyPassword } from '../auth/password-hash.js';
import { randomToken, sha256 } from '../auth/secret-token.js';

const DEFAULT_HOURS = 7 * 24;

const view = ({ workspaceId: _w, tokenHash: _t, ...invitation }: InvitationRecord): Invitation => invitation;

const unavailable = () =>
  new ProblemError(
    404,
    'This invitation does not exist, was revoked or used, or has expired; ask for a new one.',
    {
      code: 'invitation_unavailable',
    },
  );

/** Invites an email into the actor's workspace; the token is in this answer only (there is no mail). */
export async function createInvitation(
  store: Store,
  actor: Actor,
  input: CreateInvitationRequest,
): Promise<CreatedInvitation> {
  assertMayGrant(actor, input.role);
  const email = input.email.trim().toLowerCase();
  const existing = await store.findUserByEmail(email);
  if (existing && (await store.getMembership(actor.workspaceId, existing.id))) {
    throw new ProblemError(
      409,
      `${email} is already a member; change their role at PATCH /v1/members/${existing.id}.`,
      {
        code: 'already_member',
      },
    );
  }
  const token = randomToken('tin_');
  const hours = input.expiresInHours ?? DEFAULT_HOURS;
  const invitation = await store.createInvitation({
    workspaceId: actor.workspaceId,
    email,
    role: input.role,
    tokenHash: sha256(token),
    invitedBy: actorLabel(actor),
    expiresAt: new Date(Date.now() + hours * 3_600_000).toISOString(),
  });
  await recordAudit(
    store,
    actor,
    'invitation.create',
    { kind: 'invitation', id: invitation.id },
    { email, role: input.role },
  );
  return { ...view(invitation), token };
}

export async function listInvitations(store: Store, workspaceId: string): Promise<Invitation[]> {
  return (await store.listInvitations(workspaceId)).map(view);
}

/** Revokes a pending invitation; revoking twice changes nothing. */
export async function revokeInvitation(store: Store, actor: Actor, id: string): Promise<void> {
  const invitation = await store.revokeInvitation(actor.workspaceId, id, new Date().toISOString());
  if (!invitation) {
    throw new ProblemError(
      404,
      'This workspace has no invitation with that id; list them at GET /v1/invitations.',
      {
        code: 'not_found',
      },
    );
  }
  if (invitation.acceptedAt) {
    throw new ProblemError(
      409,
      'This invitation was already accepted; remove the member at DELETE /v1/members/{userId} instead.',
      {
        code: 'invitation_accepted',
      },
    );
  }
  await recordAudit(store, actor, 'invitation.revoke', { kind: 'invitation', id });
}

/**
 * Accepts an invitation and signs the invitee in. A new account is created with the given password;
 * an existing one must prove itself with its current password, so a token alone never opens an account.
 */
export async function acceptInvitation(
  store: Store,
  secret: Uint8Array,
  input: AcceptInvitationRequest,
  from: RequestOrigin,
): Promise<Session> {
  const invitation = await store.findInvitationByTokenHash(sha256(input.token));
  const now = new Date().toISOString();
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now)
    throw unavailable();
  const existing = await store.findUserByEmail(invitation.email);
  if (existing && !(await verifyPassword(input.password, existing.passwordHash))) {
    throw new ProblemError(401, 'This email already has an account: enter its current password to accept.', {
      code: 'invalid_credentials',
    });
  }
  const invitee = existing
    ? { userId: existing.id }
    : {
        newUser: {
          name: input.name ?? invitation.email.split('@')[0]!,
          passwordHash: await hashPassword(input.password),
        },
      };
  const accepted = await store.acceptInvitation(invitation.id, invitee, now).catch((error: unknown) => {
    if (error instanceof StoreConflictError)
      throw new ProblemError(
        409,
        'An account for this email was created meanwhile; accept again with its password.',
        { code: 'conflict' },
      );
    throw error;
  });
  if (accepted.status !== 'accepted') throw unavailable();
  const { user, membership } = accepted;
  const actor: Actor = {
    workspaceId: membership.workspaceId,
    audit: { kind: 'user', id: user.id },
    role: membership.role,
    ...from,
  };
  await recordAudit(
    store,
    actor,
    'invitation.accept',
    { kind: 'invitation', id: invitation.id },
    { role: membership.role },
  );
  return startSession(store, secret, user, membership);
}
