import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeLimits } from '../services/limits/assistant-limit-policy.js';
import { DEFAULT_LIMITS } from '../services/limits/limits.js';
import { callApi } from '../testing/call-api.js';
import { seedWorkspaces, type SeededWorkspace } from '../testing/seed-workspaces.js';
import { startTempServer } from '../testing/temp-server.js';

let server: Awaited<ReturnType<typeof startTempServer>>;
let one: SeededWorkspace;
let two: SeededWorkspace;
beforeAll(async () => {
  server = await startTempServer();
  [one, two] = await seedWorkspaces(server.dataDir);
});
afterAll(() => server.close());

const limitsPath = (ws: SeededWorkspace) => `/v1/assistants/${ws.assistantId}/limits`;
const publicConfig = (ws: SeededWorkspace) =>
  callApi(server.url, 'GET', `/v1/assistants/${ws.assistantId}/public`, { auth: ws.keys.publishable.key });

describe('per-assistant limits', () => {
  it('starts empty, is replaced by an admin, and is audited', async () => {
    const admin = one.users.admin.accessToken;
    expect((await callApi(server.url, 'GET', limitsPath(one), { auth: admin })).body).toEqual({});
    const set = await callApi(server.url, 'PUT', limitsPath(one), {
      auth: admin,
      body: { keyRequestsPerMinute: 2, endUserDailyTokens: null },
    });
    expect(set.status).toBe(200);
    expect((await callApi(server.url, 'GET', limitsPath(one), { auth: admin })).body).toEqual({
      keyRequestsPerMinute: 2,
      endUserDailyTokens: null,
    });
    const audit = await callApi<{ data: { action: string }[] }>(
      server.url,
      'GET',
      '/v1/audit?action=assistant.limits.update',
      {
        auth: admin,
      },
    );
    expect(audit.body.data).toHaveLength(1);
  });

  it("applies to the assistant's publishable keys at once, and to no other assistant", async () => {
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await publicConfig(one)).status);
    expect(statuses).toEqual([200, 200, 429]);
    const refused = await publicConfig(one);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) expect((await publicConfig(two)).status).toBe(200);
  });

  it.each([
    ['zero', { keyRequestsPerMinute: 0 }, '/keyRequestsPerMinute'],
    ['a string', { ipRequestsPerMinute: 'many' }, '/ipRequestsPerMinute'],
    ['an unknown field', { everything: 1 }, '/everything'],
  ])('refuses %s with a 400 that points at the field', async (_, body, pointer) => {
    const answer = await callApi<{ errors: { pointer: string }[] }>(server.url, 'PUT', limitsPath(one), {
      auth: one.users.owner.accessToken,
      body,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((e) => e.pointer)).toContain(pointer);
  });
});

describe('mergeLimits', () => {
  it('keeps defaults for left-out fields, lifts null ones, and turns per-minute figures into buckets', () => {
    const merged = mergeLimits(DEFAULT_LIMITS, {
      endUserRequestsPerMinute: 6,
      keyRequestsPerMinute: null,
      keyDailyTokens: 500,
    });
    expect(merged.requests.endUser).toEqual({ capacity: 6, refillPerSecond: 0.1 });
    expect(merged.requests.key).toBeUndefined();
    expect(merged.requests.ip).toEqual(DEFAULT_LIMITS.requests.ip);
    expect(merged.dailyTokens).toEqual({ key: 500, endUser: DEFAULT_LIMITS.dailyTokens.endUser });
  });
});
