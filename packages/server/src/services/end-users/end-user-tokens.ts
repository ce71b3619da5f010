import { randomBytes } from 'node:crypto';
import type { EndUserToken } from '@tessera/core';
import { decodeJwt, jwtVerify, SignJWT } from 'jose';
import { ProblemError } from '../../http/problem-error.js';
import type { SettingsStore } from '../../ports/settings-store.js';
import { newSigningSecret } from '../assistants/assistants.js';

/** `iss` of the tokens the server signs for anonymous end users; hosts' tokens never carry it. */
export const ANONYMOUS_ISSUER = 'tessera:anonymous';
/** Anonymous ids last long enough for a returning visitor to find their history. */
const ANONYMOUS_SECONDS = 30 * 24 * 3600;
/** Hosts' tokens must be short-lived: a copied one soon stops working. */
const HOST_TOKEN_MAX_SECONDS = 24 * 3600;
const CLOCK_TOLERANCE_SECONDS = 30;

const invalid = () =>
  new ProblemError(
    401,
    "The end-user token (x-tessera-user-token) is invalid or expired. Sign a new one on your server with the assistant's signing secret (HS256, sub, exp at most 24 hours ahead), or get an anonymous one at POST /v1/end-users/anonymous.",
    { code: 'invalid_user_token' },
  );

/** Issues an anonymous end-user id, chosen by the server, in a token bound to one assistant. */
export async function issueAnonymousToken(
  secret: Uint8Array,
  assistantId: string,
  now = Date.now(),
): Promise<EndUserToken> {
  const endUserId = `anon_${randomBytes(16).toString('base64url')}`;
  const iat = Math.floor(now / 1000);
  const exp = iat + ANONYMOUS_SECONDS;
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(ANONYMOUS_ISSUER)
    .setAudience(assistantId)
    .setSubject(endUserId)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(secret);
  return { token, endUserId, expiresAt: new Date(exp * 1000).toISOString() };
}

/**
 * The end-user id in a token sent with a publishable key: either an anonymous token this server
 * signed for the same assistant, or a token the host's backend signed with the assistant's secret.
 * Only HS256 is accepted, so `alg: none` and key confusion fail.
 */
export async function verifyEndUserToken(
  store: SettingsStore,
  serverSecret: Uint8Array,
  scope: { workspaceId: string; assistantId: string },
  token: string,
): Promise<string> {
  let issuer: unknown;
  try {
    issuer = decodeJwt(token).iss;
  } catch {
    throw invalid();
  }
  const options = {
    algorithms: ['HS256'],
    requiredClaims: ['sub', 'exp'],
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
  };
  try {
    if (issuer === ANONYMOUS_ISSUER) {
      const { payload } = await jwtVerify(token, serverSecret, {
        ...options,
        issuer: ANONYMOUS_ISSUER,
        audience: scope.assistantId,
      });
      if (typeof payload.sub !== 'string') throw invalid();
      return payload.sub;
    }
    const signing = await store.ensureSigningSecret(
      scope.workspaceId,
      scope.assistantId,
      newSigningSecret(),
      new Date().toISOString(),
    );
    if (!signing) throw invalid();
    const { payload } = await jwtVerify(token, new TextEncoder().encode(signing.secret), options);
    const sub = payload.sub;
    const lifetimeOk = payload.exp! <= Date.now() / 1000 + HOST_TOKEN_MAX_SECONDS + CLOCK_TOLERANCE_SECONDS;
    // Ids under anon_ are the server's to give; a host cannot claim one of them.
    if (typeof sub !== 'string' || !sub || sub.length > 200 || sub.startsWith('anon_') || !lifetimeOk)
      throw invalid();
    return sub;
  } catch {
    throw invalid();
  }
}
