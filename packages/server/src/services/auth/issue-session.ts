import { randomUUID } from 'node:crypto';
import type { Session } from '@tessera/core';
import type { Role } from '../../http/auth/principal.js';
import type { RefreshTokenStore, UserRecord } from '../../ports/identity-store.js';
import { ACCESS_TOKEN_SECONDS, issueAccessToken } from './access-token.js';
import { randomToken, sha256 } from './secret-token.js';

/** Refresh tokens last 30 days from their last use; each use exchanges them for a new one. */
export const REFRESH_TOKEN_MS = 30 * 24 * 3_600_000;
export const REFRESH_TOKEN_PREFIX = 'trt_';

/** A new refresh token and the record fields to store it under. */
export function newRefreshToken(now: number): { token: string; tokenHash: string; expiresAt: string } {
  const token = randomToken(REFRESH_TOKEN_PREFIX);
  return { token, tokenHash: sha256(token), expiresAt: new Date(now + REFRESH_TOKEN_MS).toISOString() };
}

/** The session answer for a user whose refresh token is already stored. */
export async function sessionFor(
  user: UserRecord,
  workspaceId: string,
  role: Role,
  refresh: { token: string; expiresAt: string },
  secret: Uint8Array,
  now: number,
): Promise<Session> {
  return {
    accessToken: await issueAccessToken({ userId: user.id, workspaceId, role }, secret, now),
    tokenType: 'Bearer',
    expiresIn: ACCESS_TOKEN_SECONDS,
    refreshToken: refresh.token,
    refreshTokenExpiresAt: refresh.expiresAt,
    user: { id: user.id, email: user.email, name: user.name },
    workspaceId,
    role,
  };
}

/** Starts a session: a new refresh-token family and an access token. */
export async function startSession(
  store: RefreshTokenStore,
  secret: Uint8Array,
  user: UserRecord,
  membership: { workspaceId: string; role: Role },
  now = Date.now(),
): Promise<Session> {
  const refresh = newRefreshToken(now);
  await store.createRefreshToken({
    familyId: randomUUID(),
    userId: user.id,
    workspaceId: membership.workspaceId,
    tokenHash: refresh.tokenHash,
    expiresAt: refresh.expiresAt,
  });
  return sessionFor(user, membership.workspaceId, membership.role, refresh, secret, now);
}
