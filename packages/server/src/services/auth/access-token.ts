import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

/** Access tokens are short-lived: a leaked one is useless within minutes. */
export const ACCESS_TOKEN_SECONDS = 15 * 60;

// Issuer and audience keep access tokens and anonymous end-user tokens, signed with the same server
// secret, from standing in for each other.
const ISSUER = 'tessera';
const AUDIENCE = 'tessera:api';

export interface AccessClaims {
  userId: string;
  workspaceId: string;
}

/** Signs a 15-minute HS256 access token for a user in one workspace. */
export function issueAccessToken(
  claims: AccessClaims & { role: string },
  secret: Uint8Array,
  now = Date.now(),
): Promise<string> {
  const iat = Math.floor(now / 1000);
  return new SignJWT({ ws: claims.workspaceId, role: claims.role })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ACCESS_TOKEN_SECONDS)
    .setJti(randomUUID())
    .sign(secret);
}

/**
 * The claims of a valid access token, or `undefined` for anything else: a bad signature, expiry,
 * another issuer, or any algorithm but HS256 (so `alg: none` and RS/ES key confusion fail).
 */
export async function verifyAccessToken(
  token: string,
  secret: Uint8Array,
): Promise<AccessClaims | undefined> {
  try {
    const { payload } = await jwtVerify(token, secret, {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
      requiredClaims: ['sub', 'exp', 'iat', 'jti'],
      clockTolerance: 5,
    });
    if (typeof payload.sub !== 'string' || typeof payload['ws'] !== 'string') return undefined;
    return { userId: payload.sub, workspaceId: payload['ws'] };
  } catch {
    return undefined;
  }
}
