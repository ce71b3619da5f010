import type { Principal } from '../../http/auth/principal.js';
import { ProblemError } from '../../http/problem-error.js';
import type { Store } from '../../ports/store.js';
import { verifyEndUserToken } from '../end-users/end-user-tokens.js';
import { originAllowed } from '../keys/allowed-origins.js';
import { KEY_PREFIX } from '../keys/new-key-secret.js';
import { verifyAccessToken } from './access-token.js';
import { sha256 } from './secret-token.js';

/** What a request presents: its credentials and where a browser says it comes from. */
export interface PresentedCredentials {
  /** The `authorization` header. */
  authorization: string;
  /** The `Origin` header, sent by browsers (and only by them). */
  origin: string | undefined;
  /** This server's own origin, which the allowed-origin entry `'self'` stands for. */
  selfOrigin: string;
  /** The `x-tessera-user-token` header. */
  userToken: string | undefined;
}

export interface Authentication {
  principal: Principal;
  /** The browser origin may read the answer (a publishable key that allows it). */
  corsAllowed: boolean;
}

const BEARER = /^Bearer +(\S+) *$/i;
/** Refresh a key's last-used time at most this often, so reads stay reads. */
const TOUCH_INTERVAL_MS = 60_000;

// One answer for every failure, so a caller learns nothing about which part was wrong.
const invalid = () =>
  new ProblemError(
    401,
    'The credentials are invalid or expired. Send "authorization: Bearer <key or access token>" with a live key or a fresh access token.',
    {
      code: 'invalid_credentials',
      headers: { 'www-authenticate': 'Bearer error="invalid_token"' },
    },
  );

/**
 * Establishes who is calling from the `authorization` header: a secret key, a publishable key
 * (checked against its allowed origins, with an optional end-user token) or a user's access token
 * (whose role is read from the membership now, so removals and demotions apply at once).
 */
export async function resolvePrincipal(
  store: Store,
  secret: Uint8Array,
  request: PresentedCredentials,
): Promise<Authentication> {
  const token = BEARER.exec(request.authorization)?.[1];
  if (!token) throw invalid();
  if (token.startsWith(KEY_PREFIX.secret) || token.startsWith(KEY_PREFIX.publishable)) {
    return authenticateKey(store, secret, token, request);
  }
  const claims = await verifyAccessToken(token, secret);
  const membership = claims && (await store.getMembership(claims.workspaceId, claims.userId));
  if (!membership) throw invalid();
  return {
    principal: {
      kind: 'user',
      userId: membership.userId,
      workspaceId: membership.workspaceId,
      role: membership.role,
    },
    corsAllowed: false,
  };
}

async function authenticateKey(
  store: Store,
  secret: Uint8Array,
  token: string,
  request: PresentedCredentials,
): Promise<Authentication> {
  const key = await store.findApiKeyByHash(sha256(token));
  const type = token.startsWith(KEY_PREFIX.secret) ? 'secret' : 'publishable';
  if (!key || key.revokedAt !== null || key.type !== type) throw invalid();
  const { origin } = request;
  if (key.type === 'secret' && origin !== undefined) {
    throw new ProblemError(
      403,
      'Secret keys must stay on servers: this one was sent from a browser (the request has an Origin header). Revoke it if it was published, and use a publishable key (tpk_…) in web pages.',
      {
        code: 'secret_key_in_browser',
      },
    );
  }
  if (
    key.type === 'publishable' &&
    origin !== undefined &&
    !originAllowed(key.allowedOrigins, origin, request.selfOrigin)
  ) {
    throw new ProblemError(
      403,
      `The origin ${origin} is not allowed to use this publishable key. Add it to the key's allowed origins: PATCH /v1/keys/${key.id} with {"allowedOrigins": [...]}.`,
      {
        code: 'origin_not_allowed',
      },
    );
  }
  const now = Date.now();
  if (key.lastUsedAt === null || Date.parse(key.lastUsedAt) < now - TOUCH_INTERVAL_MS) {
    await store.touchApiKey(key.id, new Date(now).toISOString());
  }
  if (key.type === 'secret') {
    return {
      principal: { kind: 'secret-key', keyId: key.id, workspaceId: key.workspaceId },
      corsAllowed: false,
    };
  }
  const scope = { workspaceId: key.workspaceId, assistantId: key.assistantId! };
  const endUserId = request.userToken
    ? await verifyEndUserToken(store, secret, scope, request.userToken)
    : undefined;
  return {
    principal: { kind: 'publishable-key', keyId: key.id, ...scope, endUserId },
    corsAllowed: origin !== undefined,
  };
}
