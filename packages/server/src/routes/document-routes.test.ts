import type { Document, SearchResult, UIMessageChunk } from '@tessera/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedLimitPolicy, UNLIMITED } from '../services/limits/limits.js';
import { callApi } from '../testing/call-api.js';
import { seedWorkspaces, type SeededWorkspace } from '../testing/seed-workspaces.js';
import { askBody, jsonWith, readSse, startTempServer } from '../testing/temp-server.js';

let server: Awaited<ReturnType<typeof startTempServer>>;
let one: SeededWorkspace;
let two: SeededWorkspace;

beforeAll(async () => {
  server = await startTempServer({ platform: { limitPolicy: fixedLimitPolicy(UNLIMITED) } });
  [one, two] = await seedWorkspaces(server.dataDir);
});
afterAll(() => server.close());

const HANDBOOK = `# Zanzibar handbook

## Refunds

Quokka plans are refunded within fourteen days of purchase, no questions asked.

## Support

Write to the Zanzibar helpdesk; it answers on weekdays.
`;

async function upload(key: string, body: Record<string, unknown>) {
  return callApi<{ id: string; status: string }>(server.url, 'POST', '/v1/documents', { auth: key, body });
}

async function waitReady(key: string, id: string): Promise<Document> {
  for (let i = 0; i < 200; i++) {
    const answer = await callApi<Document>(server.url, 'GET', `/v1/documents/${id}`, { auth: key });
    expect(answer.status).toBe(200);
    if (answer.body.status === 'ready' || answer.body.status === 'failed') return answer.body;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`Document ${id} never finished ingesting.`);
}

async function chatSources(key: string, question: string) {
  const response = await fetch(`${server.url}/v1/chat`, {
    method: 'POST',
    headers: jsonWith(key),
    body: askBody(question),
  });
  expect(response.status).toBe(200);
  const parts = (await readSse(response)).slice(0, -1) as UIMessageChunk[];
  return parts.filter((p) => p.type === 'source-document');
}

describe('/v1/documents', () => {
  it('ingests text in the background, lists it, and chat and search cite it; delete removes it at once', async () => {
    const key = one.keys.secret.key;
    const accepted = await upload(key, {
      text: HANDBOOK,
      filename: 'handbook.md',
      collection: 'policies',
      tags: ['billing'],
    });
    expect(accepted.status).toBe(202);
    expect(accepted.headers.get('location')).toBe(`/v1/documents/${accepted.body.id}`);
    const { id } = accepted.body;

    const ready = await waitReady(key, id);
    expect(ready).toMatchObject({
      id,
      status: 'ready',
      filename: 'handbook.md',
      collection: 'policies',
      tags: ['billing'],
      error: null,
    });
    expect(ready.chunkCount).toBeGreaterThan(0);

    // The same content gives the same document.
    const again = await upload(key, { text: HANDBOOK, filename: 'handbook.md' });
    expect(again.status).toBe(202);
    expect(again.body).toEqual({ id, status: 'ready' });

    const listed = await callApi<{ data: Document[]; nextCursor: string | null }>(
      server.url,
      'GET',
      '/v1/documents?collection=policies&tag=billing&status=ready',
      { auth: one.users.viewer.accessToken },
    );
    expect(listed.status).toBe(200);
    expect(listed.body.data.map((d) => d.id)).toEqual([id]);
    const none = await callApi<{ data: Document[] }>(server.url, 'GET', '/v1/documents?collection=other', {
      auth: key,
    });
    expect(none.body.data).toEqual([]);

    const sources = await chatSources(key, 'How long do quokka plans take to be refunded?');
    expect(sources.map((s) => s.title)).toContain('Zanzibar handbook');

    const found = await callApi<SearchResult>(server.url, 'POST', '/v1/search', {
      auth: one.users.viewer.accessToken,
      body: { query: 'quokka refunded', topK: 3, filter: { collections: ['policies'] } },
    });
    expect(found.status).toBe(200);
    expect(found.body.mode).toBe('lexical');
    const [best] = found.body.data;
    expect(best!.citation).toMatchObject({ documentId: id, filename: 'handbook.md' });
    expect(best!.citation.headingPath).toContain('Refunds');
    expect(best!.highlights.length).toBeGreaterThan(0);
    const word = best!.highlights[0]!;
    expect(best!.text.slice(word.start, word.end).toLowerCase()).toMatch(/quokka|refund/);

    const reindexed = await callApi<Document>(server.url, 'POST', `/v1/documents/${id}/reindex`, {
      auth: one.users.editor.accessToken,
    });
    expect(reindexed.status).toBe(200);
    expect(reindexed.body.status).toBe('ready');

    const deleted = await callApi(server.url, 'DELETE', `/v1/documents/${id}`, {
      auth: one.users.editor.accessToken,
    });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ id, deleted: true });
    const after = await chatSources(key, 'How long do quokka plans take to be refunded?');
    expect(after.map((s) => s.title)).not.toContain('Zanzibar handbook');
    const gone = await callApi(server.url, 'GET', `/v1/documents/${id}`, { auth: key });
    expect(gone.status).toBe(404);
    const searchedAgain = await callApi<SearchResult>(server.url, 'POST', '/v1/search', {
      auth: key,
      body: { query: 'quokka refunded' },
    });
    expect(searchedAgain.body.data.map((h) => h.citation.documentId)).not.toContain(id);
    expect((await callApi(server.url, 'DELETE', `/v1/documents/${id}`, { auth: key })).status).toBe(404);
  });

  it("keeps each workspace's documents to itself", async () => {
    const accepted = await upload(one.keys.secret.key, { text: 'Private notes about the walrus project.' });
    expect(accepted.status).toBe(202);
    const { id } = accepted.body;
    await waitReady(one.keys.secret.key, id);
    for (const credentials of [two.keys.secret.key, two.users.owner.accessToken]) {
      for (const [method, path] of [
        ['GET', `/v1/documents/${id}`],
        ['DELETE', `/v1/documents/${id}`],
        ['POST', `/v1/documents/${id}/reindex`],
      ] as const) {
        expect(
          (await callApi(server.url, method, path, { auth: credentials })).status,
          `${method} ${path}`,
        ).toBe(404);
      }
      const listed = await callApi(server.url, 'GET', '/v1/documents', { auth: credentials });
      expect(JSON.stringify(listed.body)).not.toContain(id);
      const found = await callApi<SearchResult>(server.url, 'POST', '/v1/search', {
        auth: credentials,
        body: { query: 'walrus project' },
      });
      expect(found.status).toBe(200);
      expect(found.body.data).toEqual([]);
    }
    expect((await waitReady(one.keys.secret.key, id)).status).toBe('ready');
  });

  it('refuses viewers on writes, empty text, and unknown fields', async () => {
    const viewer = await upload(one.users.viewer.accessToken, { text: 'hello' });
    expect(viewer.status).toBe(403);
    expect((await upload(one.keys.secret.key, { text: '' })).status).toBe(400);
    expect((await upload(one.keys.secret.key, { text: 'x', owner: 'me' })).status).toBe(400);
    const whitespace = await upload(one.keys.secret.key, { text: '   \n  ' });
    if (whitespace.status === 202) {
      const document = await waitReady(one.keys.secret.key, whitespace.body.id);
      expect(document.status).toBe('failed');
      expect(document.error).toBeTruthy();
    } else {
      expect(whitespace.status).toBe(400);
    }
  });
});

describe('POST /v1/search', () => {
  it('answers 400 for vector mode without an embedding provider', async () => {
    const answer = await callApi(server.url, 'POST', '/v1/search', {
      auth: one.keys.secret.key,
      body: { query: 'anything', mode: 'vector' },
    });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(String(answer.body['detail'])).toMatch(/embedding provider/);
  });

  it('is refused to publishable keys', async () => {
    const answer = await callApi(server.url, 'POST', '/v1/search', {
      auth: one.keys.publishable.key,
      origin: 'https://allowed.example',
      body: { query: 'anything' },
    });
    expect(answer.status).toBe(403);
  });
});
