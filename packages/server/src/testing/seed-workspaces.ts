import { join } from 'node:path';
import { SignJWT, UnsecuredJWT } from 'jose';
import { openDatabase } from '../adapters/sqlite/open-database.js';
import { SqliteStore } from '../adapters/sqlite/sqlite-store.js';
import type { Role } from '../http/auth/principal.js';
import type { Store } from '../ports/store.js';
import type { Actor } from '../services/access/actor.js';
import { issueAccessToken } from '../services/auth/access-token.js';
import { hashPassword } from '../services/auth/password-hash.js';
import { serverSecret } from '../services/auth/server-secret.js';
import { createApiKey, revokeApiKey } from '../services/keys/api-keys.js';

/** The password of every seeded user. */
export const SEED_PASSWORD = 'correct horse battery staple';
/** The one browser origin the seeded publishable keys allow. */
export const SEED_ORIGIN = 'https://allowed.example';

export interface SeededUser {
  userId: string;
  email: string;
  password: string;
  /** A valid 15-minute access token for this workspace. */
  accessToken: string;
}

export interface SeededWorkspace {
  workspaceId: string;
  assistantId: string;
  users: Record<Role, SeededUser>;
  keys: {
    secret: { id: string; key: string };
    /** Allows {@link SEED_ORIGIN} only. */
    publishable: { id: string; key: string };
    revokedSecret: { id: string; key: string };
    revokedPublishable: { id: string; key: string };
  };
  /** Tokens that must always be refused: expired, tampered with, unsigned (`alg: none`), wrongly signed. */
  badTokens: { expired: string; tampered: string; algNone: string; wrongSecret: string };
}

const ROLES: Role[] = ['owner', 'admin', 'editor', 'viewer'];

async function seedOne(
  store: Store,
  label: string,
  workspaceId: string,
  assistantId: string,
  passwordHash: string,
) {
  const secret = await serverSecret(store);
  const users = {} as Record<Role, SeededUser>;
  for (const role of ROLES) {
    const email = `${role}@${label}.example`;
    const user = await store.createUser({ email, name: `${role} of ${label}`, passwordHash });
    await store.addMembership({ workspaceId, userId: user.id, role });
    const accessToken = await issueAccessToken({ userId: user.id, workspaceId, role }, secret);
    users[role] = { userId: user.id, email, password: SEED_PASSWORD, accessToken };
  }
  const actor: Actor = {
    workspaceId,
    audit: { kind: 'system', id: 'seed' },
    role: 'owner',
    ip: null,
    userAgent: null,
  };
  const make = async (type: 'secret' | 'publishable') => {
    const created = await createApiKey(store, actor, {
      type,
      name: `${label} ${type}`,
      ...(type === 'publishable' ? { assistantId, allowedOrigins: [SEED_ORIGIN] } : {}),
    });
    return { id: created.id, key: created.key };
  };
  const keys = {
    secret: await make('secret'),
    publishable: await make('publishable'),
    revokedSecret: await make('secret'),
    revokedPublishable: await make('publishable'),
  };
  await revokeApiKey(store, actor, keys.revokedSecret.id);
  await revokeApiKey(store, actor, keys.revokedPublishable.id);
  const owner = users.owner;
  const claims = { ws: workspaceId, role: 'owner' };
  const [header, payload, signature] = owner.accessToken.split('.') as [string, string, string];
  const forgedPayload = Buffer.from(
    JSON.stringify({
      ...JSON.parse(Buffer.from(payload, 'base64url').toString()),
      role: 'owner',
      sub: users.viewer.userId,
    }),
  ).toString('base64url');
  const past = Math.floor(Date.now() / 1000) - 3600;
  const badTokens = {
    expired: await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(owner.userId)
      .setIssuer('tessera')
      .setAudience('tessera:api')
      .setIssuedAt(past - 900)
      .setExpirationTime(past)
      .setJti('expired')
      .sign(secret),
    tampered: `${header}.${forgedPayload}.${signature}`,
    algNone: new UnsecuredJWT(claims)
      .setSubject(owner.userId)
      .setIssuer('tessera')
      .setAudience('tessera:api')
      .setIssuedAt()
      .setExpirationTime('15m')
      .setJti('none')
      .encode(),
    wrongSecret: await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(owner.userId)
      .setIssuer('tessera')
      .setAudience('tessera:api')
      .setIssuedAt()
      .setExpirationTime('15m')
      .setJti('wrong')
      .sign(new TextEncoder().encode('not the server secret')),
  };
  return { workspaceId, assistantId, users, keys, badTokens };
}

/**
 * Seeds two workspaces into a server's data directory, each with an owner, admin, editor and viewer
 * (password {@link SEED_PASSWORD}), live and revoked secret and publishable keys, and tokens that must
 * be refused. The first workspace is the server's default one (it has the sample documents); the
 * second is new. Made for authorization matrices and fuzzing: every credential is returned.
 */
export async function seedWorkspaces(dataDir: string): Promise<[SeededWorkspace, SeededWorkspace]> {
  // A second connection to the running server's file: WAL lets both work at once.
  const store = new SqliteStore(openDatabase(join(dataDir, 'tessera.db')));
  try {
    const passwordHash = await hashPassword(SEED_PASSWORD);
    const [first] = await store.listWorkspaces();
    if (!first) throw new Error('Start the server on this data directory before seeding it.');
    const [firstAssistant] = await store.listAssistants(first.id);
    const second = await store.createWorkspace({ name: 'Second workspace' });
    const secondAssistant = await store.createAssistant({
      workspaceId: second.id,
      name: 'Second',
      greeting: 'Hello.',
    });
    return [
      await seedOne(store, 'one', first.id, firstAssistant!.id, passwordHash),
      await seedOne(store, 'two', second.id, secondAssistant.id, passwordHash),
    ];
  } finally {
    await store.close();
  }
}
