import type { Document, SearchResult } from '@tessera/core';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UPLOAD_DIR_PREFIX } from '../http/multipart-upload.js';
import { fixedLimitPolicy, UNLIMITED } from '../services/limits/limits.js';
import { callApi } from '../testing/call-api.js';
import { writeDocx } from '../testing/fixtures/write-office.js';
import { writePdf } from '../testing/fixtures/write-pdf.js';
import { seedWorkspaces, type SeededWorkspace } from '../testing/seed-workspaces.js';
import { bearer, startTempServer } from '../testing/temp-server.js';

const MAX_BYTES = 64 * 1024;
let server: Awaited<ReturnType<typeof startTempServer>>;
let one: SeededWorkspace;

beforeAll(async () => {
  server = await startTempServer({
    platform: { limitPolicy: fixedLimitPolicy(UNLIMITED) },
    knowledge: { limits: { maxFileBytes: MAX_BYTES } },
  });
  [one] = await seedWorkspaces(server.dataDir);
});
afterAll(() => server.close());

function form(
  file: Uint8Array | undefined,
  filename: string,
  fields: Record<string, string | string[]> = {},
) {
  const body = new FormData();
  if (file) body.append('file', new Blob([file], { type: 'application/octet-stream' }), filename);
  for (const [name, value] of Object.entries(fields)) {
    for (const v of [value].flat()) body.append(name, v);
  }
  return body;
}

async function post(body: FormData, key = one.keys.secret.key) {
  const response = await fetch(`${server.url}/v1/documents`, { method: 'POST', headers: bearer(key), body });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: (await response.json()) as Record<string, unknown>,
  };
}

async function waitDone(id: string): Promise<Document> {
  for (let i = 0; i < 400; i++) {
    const answer = await callApi<Document>(server.url, 'GET', `/v1/documents/${id}`, {
      auth: one.keys.secret.key,
    });
    if (answer.body.status === 'ready' || answer.body.status === 'failed') return answer.body;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`Document ${id} never finished ingesting.`);
}

describe('POST /v1/documents as multipart/form-data', () => {
  it('ingests a PDF with page citations, keeping form fields', async () => {
    const pdf = writePdf([['Welcome to the manual.'], ['The capybara valve is cleaned every Tuesday.']]);
    const answer = await post(form(pdf, 'manual.pdf', { collection: 'manuals', tags: ['ops', 'valves'] }));
    expect(answer.status).toBe(202);
    const document = await waitDone(answer.body['id'] as string);
    expect(document).toMatchObject({
      status: 'ready',
      filename: 'manual.pdf',
      mediaType: 'application/pdf',
      collection: 'manuals',
      tags: ['ops', 'valves'],
      pageCount: 2,
    });
    const found = await callApi<SearchResult>(server.url, 'POST', '/v1/search', {
      auth: one.keys.secret.key,
      body: { query: 'capybara valve', filter: { tags: ['valves'] } },
    });
    expect(found.body.data[0]!.citation).toMatchObject({ documentId: document.id, page: 2 });
  });

  it('ingests a DOCX with its headings', async () => {
    const docx = await writeDocx([
      { heading: 'Travel policy', level: 1 },
      { paragraph: 'Ocelot class tickets need approval from a manager.' },
    ]);
    const answer = await post(form(docx, 'travel.docx'));
    expect(answer.status).toBe(202);
    const document = await waitDone(answer.body['id'] as string);
    // The title comes from the content: the document's first heading.
    expect(document).toMatchObject({ status: 'ready', title: 'Travel policy', filename: 'travel.docx' });
    const found = await callApi<SearchResult>(server.url, 'POST', '/v1/search', {
      auth: one.keys.secret.key,
      body: { query: 'ocelot tickets' },
    });
    expect(found.body.data[0]!.citation.documentId).toBe(document.id);
    expect(found.body.data[0]!.citation.headingPath).toContain('Travel policy');
  });

  it('fails a file whose content does not match its declared type, with a reason', async () => {
    const answer = await post(form(new TextEncoder().encode('just some text, not a PDF'), 'fake.pdf'));
    expect(answer.status).toBe(202);
    const document = await waitDone(answer.body['id'] as string);
    expect(document.status).toBe('failed');
    expect(document.error).toBeTruthy();
  });

  it('refuses files over the size limit with 413, and leaves no temporary files behind', async () => {
    const answer = await post(form(new Uint8Array(MAX_BYTES + 1024).fill(65), 'big.txt'));
    expect(answer.status).toBe(413);
    expect(answer.type).toContain('application/problem+json');
    const leftover = (await readdir(tmpdir())).filter((f) => f.startsWith(UPLOAD_DIR_PREFIX));
    expect(leftover).toEqual([]);
  });

  it('refuses a form without a file, with two files, or with unknown fields; and viewers', async () => {
    expect((await post(form(undefined, 'x', { collection: 'none' }))).status).toBe(400);
    const two = form(new TextEncoder().encode('one'), 'a.txt');
    two.append('other', new Blob(['two']), 'b.txt');
    expect((await post(two)).status).toBe(400);
    expect((await post(form(new TextEncoder().encode('hi'), 'a.txt', { owner: 'me' }))).status).toBe(400);
    expect(
      (await post(form(new TextEncoder().encode('hi'), 'a.txt'), one.users.viewer.accessToken)).status,
    ).toBe(403);
  });
});
