import { endUserTokenSchema, type EndUserToken, type SigningSecret } from '@tessera/core';
import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, expectSchema } from '../testing/call-api.js';
import { seedWorkspaces, type SeededWorkspace } from '../testing/seed-workspaces.js';
import { startTempServer } from '../testing/temp-server.js';

let server: Awaited<ReturnType<typeof startTempServer>>;
let one: SeededWorkspace;
let two: SeededWorkspace;
let signingSecret: string;
beforeAll(async () => {
  server = await startTempServer({ sampleDocsDir: null });
  [one, two] = await seedWorkspaces(server.dataDir);
  signingSecret = (
    await api<SigningSecret>('GET', `/v1/assistants/${one.assistantId}/signing-secret`, {
      auth: one.keys.secret.key,
    })
  ).body.secret;
});
afterAll(() => server.close());

const api = <T = Record<string, unknown>>(method: string, path: string, options = {}) =>
  callApi<T>(server.url, method, path, options);

/** `GET /v1/auth/me` with the workspace's publishable key and an end-user token. */
const meAs = (userToken: string, key = one.keys.publishable.key) =>
  api<{ endUserId?: string }>('GET', '/v1/auth/me', {
    auth: key,
    headers: { 'x-tessera-user-token': userToken },
  });

/** A token as the host's backend would sign it. */
const hostToken = (
  claims: { sub?: string; exp?: number | string; name?: string },
  secret = signingSecret,
) => {
  const jwt = new SignJWT({ ...(claims.name ? { name: claims.name } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt();
  if (claims.sub !== undefined) jwt.setSubject(claims.sub);
  return jwt.setExpirationTime(claims.exp ?? '1h').sign(new TextEncoder().encode(secret));
};

describe('end-user tokens signed by the host', () => {
  it('scope the publishable key to the signed sub', async () => {
    const response = await meAs(await hostToken({ sub: 'customer-42', name: 'Ada' }));
    expect(response.status).toBe(200);
    expect(response.body.endUserId).toBe('customer-42');
  });

  it('are refused when expired, tampered, unsigned, wrongly signed or without sub', async () => {
    const valid = await hostToken({ sub: 'customer-42' });
    const [header, , signature] = valid.split('.');
    const forged = Buffer.from(
      JSON.stringify({ sub: 'customer-1', exp: Math.floor(Date.now() / 1000) + 600 }),
    ).toString('base64url');
    const tokens = {
      expired: await hostToken({ sub: 'customer-42', exp: Math.floor(Date.now() / 1000) - 600 }),
      tampered: `${header}.${forged}.${signature}`,
      algNone: new UnsecuredJWT({}).setSubject('customer-42').setExpirationTime('1h').encode(),
      wrongSecret: await hostToken({ sub: 'customer-42' }, 'tss_not_the_secret'),
      noSub: await hostToken({}),
      tooLong: await hostToken({ sub: 'customer-42', exp: '48h' }),
      anonymousClaim: await hostToken({ sub: 'anon_stolen' }),
      garbage: 'not-a-jwt',
    };
    for (const [kind, token] of Object.entries(tokens)) {
      const response = await meAs(token);
      expect(response.status, kind).toBe(401);
      expect(JSON.stringify(response.body), kind).toContain('x-tessera-user-token');
    }
  });

  it("stop working when the assistant's signing secret is rotated", async () => {
    const token = await hostToken({ sub: 'customer-7' });
    expect((await meAs(token)).status).toBe(200);
    const rotated = await api<SigningSecret>(
      'POST',
      `/v1/assistants/${one.assistantId}/signing-secret/rotate`,
      {
        auth: one.users.admin.accessToken,
      },
    );
    expect(rotated.body.secret).not.toBe(signingSecret);
    expect((await meAs(token)).status).toBe(401);
    signingSecret = rotated.body.secret;
    expect((await meAs(await hostToken({ sub: 'customer-7' }))).status).toBe(200);
  });

  it("are verified with the key's own assistant: another assistant's secret does not work", async () => {
    const otherSecret = (
      await api<SigningSecret>('GET', `/v1/assistants/${two.assistantId}/signing-secret`, {
        auth: two.keys.secret.key,
      })
    ).body.secret;
    const token = await hostToken({ sub: 'customer-1' }, otherSecret);
    expect((await meAs(token)).status).toBe(401);
    expect((await meAs(token, two.keys.publishable.key)).status).toBe(200);
  });
});

describe('POST /v1/end-users/anonymous', () => {
  it('issues a server-chosen anon_ id whose token scopes the key to it', async () => {
    const issued = await api<EndUserToken>('POST', '/v1/end-users/anonymous', {
      auth: one.keys.publishable.key,
    });
    expect(issued.status).toBe(201);
    expectSchema(endUserTokenSchema, issued.body);
    expect(issued.body.endUserId).toMatch(/^anon_[\w-]{22}$/);
    const me = await meAs(issued.body.token);
    expect(me.body.endUserId).toBe(issued.body.endUserId);
    const next = await api<EndUserToken>('POST', '/v1/end-users/anonymous', {
      auth: one.keys.publishable.key,
    });
    expect(next.body.endUserId).not.toBe(issued.body.endUserId);
  });

  it("refuses an anonymous token with another assistant's key", async () => {
    const issued = await api<EndUserToken>('POST', '/v1/end-users/anonymous', {
      auth: one.keys.publishable.key,
    });
    expect((await meAs(issued.body.token, two.keys.publishable.key)).status).toBe(401);
  });

  it('never lets an anonymous token stand in for an access token', async () => {
    const issued = await api<EndUserToken>('POST', '/v1/end-users/anonymous', {
      auth: one.keys.publishable.key,
    });
    expect((await api('GET', '/v1/auth/me', { auth: issued.body.token })).status).toBe(401);
  });

  it('is for publishable keys only', async () => {
    const response = await api('POST', '/v1/end-users/anonymous', { auth: one.keys.secret.key });
    expect(response.status).toBe(403);
    expect(response.body['detail']).toContain('signing secret');
  });
});
