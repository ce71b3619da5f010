import type { UIMessageChunk } from '@tessera/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorkspaces, type SeededWorkspace } from '../testing/seed-workspaces.js';
import { askBody, jsonWith, JSON_HEADERS, readSse, startTempServer } from '../testing/temp-server.js';

let server: Awaited<ReturnType<typeof startTempServer>>;
let one: SeededWorkspace;
let two: SeededWorkspace;
beforeAll(async () => {
  server = await startTempServer();
  [one, two] = await seedWorkspaces(server.dataDir);
});
afterAll(() => server.close());

const chat = (headers: Record<string, string>) =>
  fetch(`${server.url}/v1/chat`, { method: 'POST', headers, body: askBody('What is Tessera?') });
const answerText = async (response: Response) =>
  ((await readSse(response)).slice(0, -1) as UIMessageChunk[])
    .map((part) => (part.type === 'text-delta' ? part.delta : ''))
    .join('');

describe('POST /v1/chat access', () => {
  it('needs credentials', async () => {
    const response = await chat(JSON_HEADERS);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('refuses revoked keys', async () => {
    expect((await chat(jsonWith(one.keys.revokedSecret.key))).status).toBe(401);
    expect((await chat(jsonWith(one.keys.revokedPublishable.key))).status).toBe(401);
  });

  it('answers a publishable key from its own assistant’s workspace only', async () => {
    expect(await answerText(await chat(jsonWith(one.keys.publishable.key)))).toContain(
      'Tessera is an embeddable',
    );
    // The second workspace has no documents: its key must not find the first one's.
    expect(await answerText(await chat(jsonWith(two.keys.publishable.key)))).toContain('found nothing');
  });

  it('answers users of any role and secret keys from their workspace', async () => {
    expect((await chat(jsonWith(one.users.viewer.accessToken))).status).toBe(200);
    expect(await answerText(await chat(jsonWith(two.keys.secret.key)))).toContain('found nothing');
  });
});
