import type { LoginRequest, Session } from '@tessera/core';
import { ProblemError } from '../../http/problem-error.js';
import type { Store } from '../../ports/store.js';
import type { Actor, RequestOrigin } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { newRefreshToken, sessionFor, startSession } from './issue-session.js';
import { verifyAgainstDummy, verifyPassword } from './password-hash.js';
import { sha256 } from './secret-token.js';

const invalidCredentials = () =>
  new ProblemError(401, 'The email or password is wrong. Check both and try again.', {
    code: 'invalid_credentials',
  });

const invalidRefresh = () =>
  new ProblemError(401, 'The refresh token is invalid or expired; sign in again at POST /v1/auth/login.', {
    code: 'invalid_refresh_token',
  });

const userActor = (workspaceId: string, userId: string, from: RequestOrigin): Actor => ({
  workspaceId,
  audit: { kind: 'user', id: userId },
  role: 'viewer',
  ...from,
});

/** Signs a user in with email and password, into the given workspace or their first one. */
export async function login(
  store: Store,
  secret: Uint8Array,
  input: LoginRequest,
  from: RequestOrigin,
): Promise<Session> {
  const user = await store.findUserByEmail(input.email.trim().toLowerCase());
  const valid = user
    ? await verifyPassword(input.password, user.passwordHash)
    : await verifyAgainstDummy(input.password);
  if (!user || !valid) throw invalidCredentials();
  const memberships = await store.listMemberships(user.id);
  const membership = input.workspaceId
    ? memberships.find((m) => m.workspaceId === input.workspaceId)
    : memberships[0];
  if (!membership) {
    throw input.workspaceId
      ? new ProblemError(
          404,
          'You are not a member of that workspace; leave out workspaceId to use your first one.',
          {
            code: 'not_found',
          },
        )
      : new ProblemError(
          403,
          'Your account belongs to no workspace any more; ask an admin for an invitation.',
          {
            code: 'no_workspace',
          },
        );
  }
  await recordAudit(store, userActor(membership.workspaceId, user.id, from), 'auth.login', {
    kind: 'user',
    id: user.id,
  });
  return startSession(store, secret, user, membership);
}

/**
 * Exchanges a refresh token for a new session. A token that was already exchanged means it leaked
 * (or a client raced itself): the whole family is revoked and the user must sign in again.
 */
export async function refreshSession(
  store: Store,
  secret: Uint8Array,
  refreshToken: string,
  from: RequestOrigin,
  now = Date.now(),
): Promise<Session> {
  const next = newRefreshToken(now);
  const rotation = await store.rotateRefreshToken(sha256(refreshToken), next, new Date(now).toISOString());
  if (rotation.status === 'reused') {
    const { workspaceId, userId, familyId } = rotation.token;
    await recordAudit(
      store,
      userActor(workspaceId, userId, from),
      'auth.refresh_reuse',
      { kind: 'user', id: userId },
      { familyId },
    );
    throw new ProblemError(
      401,
      'This refresh token was already used, so the session was ended for safety; sign in again.',
      {
        code: 'refresh_token_reused',
      },
    );
  }
  if (rotation.status !== 'rotated') throw invalidRefresh();
  const { userId, workspaceId } = rotation.token;
  const [user, membership] = await Promise.all([
    store.getUser(userId),
    store.getMembership(workspaceId, userId),
  ]);
  if (!user || !membership) {
    await store.revokeRefreshFamily(next.tokenHash, new Date(now).toISOString());
    throw invalidRefresh();
  }
  return sessionFor(user, workspaceId, membership.role, next, secret, now);
}

/** Ends the session a refresh token belongs to; unknown tokens are ignored so logout always succeeds. */
export async function logout(store: Store, refreshToken: string, from: RequestOrigin): Promise<void> {
  const token = await store.revokeRefreshFamily(sha256(refreshToken), new Date().toISOString());
  if (token) {
    await recordAudit(store, userActor(token.workspaceId, token.userId, from), 'auth.logout', {
      kind: 'user',
      id: token.userId,
    });
  }
}
