import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../adapters/sqlite/open-database.js';
import { SqliteStore } from '../../adapters/sqlite/sqlite-store.js';
import type { FakeHttpServer } from '../../testing/fake-http-server.js';
import { FAKE_OPENAI_KEY, startFakeOpenAi } from '../../testing/fake-openai-server.js';
import { FAKE_PINECONE_KEY, startFakePinecone } from '../../testing/fake-pinecone-server.js';
import { writeDocx } from '../../testing/fixtures/write-office.js';
import { writePdf } from '../../testing/fixtures/write-pdf.js';
import { inProcessParser } from '../../testing/in-process-parser.js';
import { createKnowledgeBase } from '../create-knowledge-base.js';
import { search } from '../retrieval/search.js';
import { deleteDocument, ingestDocument, reindexDocument } from './manage-documents.js';

const text = (value: string) => new TextEncoder().encode(value);
const noWait = { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 1 };

describe('ingestion pipeline (SQLite + sqlite-vec, fake OpenAI)', () => {
  let openai: FakeHttpServer;
  beforeAll(async () => (openai = await startFakeOpenAi()));
  afterAll(() => openai.close());

  async function setup() {
    const db = openDatabase(':memory:');
    const store = new SqliteStore(db);
    const [a, b] = [await store.createWorkspace({ name: 'A' }), await store.createWorkspace({ name: 'B' })];
    const kb = createKnowledgeBase({
      db,
      embedding: {
        provider: 'openai',
        apiKey: FAKE_OPENAI_KEY,
        baseURL: `${openai.url}/v1`,
        dimensions: 64,
        retry: noWait,
      },
    });
    return { db, a: a.id, b: b.id, kb, ingest: { ...kb.ingest, parser: inProcessParser } };
  }

  it('indexes PDF, DOCX and Markdown and answers with page and heading citations', async () => {
    const { a, kb, ingest } = await setup();
    const pdf = writePdf([
      [{ text: 'Safety', size: 18 }, '', 'Wear gloves near the centrifuge.'],
      [{ text: 'Disposal', size: 18 }, '', 'Solvents go into the red drum.'],
    ]);
    const docx = await writeDocx([
      { heading: 'Onboarding', level: 1 },
      { paragraph: 'Badges are issued at reception.' },
    ]);
    for (const [bytes, filename] of [
      [pdf, 'lab.pdf'],
      [docx, 'hr.docx'],
      [text('# FAQ\n\nThe cafeteria opens at 8.'), 'faq.md'],
    ] as const) {
      const result = await ingestDocument(ingest, {
        workspaceId: a,
        bytes,
        filename,
        collection: 'handbook',
      });
      expect(result.ok && result.document.status).toBe('ready');
    }
    const { hits } = await search(kb.search, {
      workspaceId: a,
      query: 'Where do solvents go?',
      mode: 'hybrid',
      topK: 3,
    });
    expect(hits[0]!.citation).toMatchObject({
      title: 'lab',
      filename: 'lab.pdf',
      page: 2,
      headingPath: ['Disposal'],
    });
    expect(hits[0]!.text).toBe('Solvents go into the red drum.');
    expect(hits[0]!.scores.lexical).toBeGreaterThan(0);
    expect(hits[0]!.scores.vector).toBeGreaterThan(0);
    expect(hits[0]!.highlights.map((h) => hits[0]!.text.slice(h.start, h.end))).toEqual(['Solvents', 'go']);
    const badges = await search(kb.search, {
      workspaceId: a,
      query: 'badges reception',
      mode: 'vector',
      topK: 1,
    });
    expect(badges.hits[0]!.citation).toMatchObject({
      filename: 'hr.docx',
      headingPath: ['Onboarding'],
      page: null,
    });
  });

  it('makes no embedding call for unchanged text, on re-upload or re-index', async () => {
    const { a, ingest } = await setup();
    const bytes = text('# Notes\n\nRe-indexing unchanged text should be free.');
    const calls = () => openai.requestsTo('/v1/embeddings').length;
    const first = await ingestDocument(ingest, { workspaceId: a, bytes, filename: 'notes.md' });
    const before = calls();
    const again = await ingestDocument(ingest, { workspaceId: a, bytes, filename: 'renamed.md' });
    expect(again.ok && again.document.id).toBe(first.ok && first.document.id);
    await reindexDocument(ingest, a, first.ok ? first.document.id : '');
    expect(calls()).toBe(before);
  });

  it('fails an unreadable file with a reason and keeps workspaces apart', async () => {
    const { a, b, kb, ingest } = await setup();
    const broken = await ingestDocument(ingest, {
      workspaceId: a,
      bytes: writePdf([['x']]).subarray(0, 200),
      filename: 'cut.pdf',
    });
    expect(broken.ok && broken.document).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('download or export it again'),
    });
    await ingestDocument(ingest, {
      workspaceId: b,
      bytes: text('Workspace B keeps llama secrets.'),
      filename: 'b.txt',
    });
    for (const mode of ['lexical', 'vector', 'hybrid'] as const) {
      expect((await search(kb.search, { workspaceId: a, query: 'llama secrets', mode })).hits).toEqual([]);
    }
    expect((await kb.knowledge.listDocuments(a, { limit: 10 })).documents.map((d) => d.filename)).toEqual([
      'cut.pdf',
    ]);
  });

  it('filters by collection, tag and document, and drops a deleted document at once', async () => {
    const { a, kb, ingest } = await setup();
    const hr = await ingestDocument(ingest, {
      workspaceId: a,
      bytes: text('Holiday policy: 25 days of leave.'),
      filename: 'hr.txt',
      collection: 'hr',
      tags: ['policy'],
    });
    await ingestDocument(ingest, {
      workspaceId: a,
      bytes: text('Laptop policy: return on leave.'),
      filename: 'it.txt',
      collection: 'it',
    });
    const ids = async (filter: object) =>
      (await search(kb.search, { workspaceId: a, query: 'policy leave', filter })).hits.map(
        (h) => h.citation.filename,
      );
    expect(await ids({})).toHaveLength(2);
    expect(await ids({ collections: ['it'] })).toEqual(['it.txt']);
    expect(await ids({ tags: ['policy'] })).toEqual(['hr.txt']);
    const hrId = hr.ok ? hr.document.id : '';
    expect(await ids({ documentIds: [hrId] })).toEqual(['hr.txt']);
    expect(await deleteDocument(kb.ingest, a, hrId)).toBe(true);
    expect(await ids({})).toEqual(['it.txt']);
    expect((await kb.vectorIndex!.stats(a)).vectorCount).toBe(1);
  });
});

describe('ingestion pipeline with Pinecone for vectors', () => {
  it('writes vectors to the workspace namespace before commit and deletes them with the document', async () => {
    const openai = await startFakeOpenAi();
    const pinecone = await startFakePinecone({ indexName: 'kb-pipeline', dimension: 32 });
    const db = openDatabase(':memory:');
    const workspace = await new SqliteStore(db).createWorkspace({ name: 'A' });
    const kb = createKnowledgeBase({
      db,
      embedding: {
        provider: 'openai',
        apiKey: FAKE_OPENAI_KEY,
        baseURL: `${openai.url}/v1`,
        dimensions: 32,
        retry: noWait,
      },
      pinecone: {
        apiKey: FAKE_PINECONE_KEY,
        indexName: 'kb-pipeline',
        controllerHostUrl: pinecone.url,
        retry: noWait,
      },
    });
    const ingest = { ...kb.ingest, parser: inProcessParser };
    const result = await ingestDocument(ingest, {
      workspaceId: workspace.id,
      bytes: text('Pinecone holds the vectors of this passage.'),
      filename: 'p.txt',
    });
    const id = result.ok ? result.document.id : '';
    expect((await kb.vectorIndex!.stats(workspace.id)).vectorCount).toBe(1);
    const upsert = pinecone.requestsTo('/vectors/upsert')[0]!.body as {
      namespace: string;
      vectors: { id: string }[];
    };
    expect(upsert).toMatchObject({ namespace: workspace.id, vectors: [{ id: `${id}#${id}_c0` }] });
    const { hits } = await search(kb.search, {
      workspaceId: workspace.id,
      query: 'vectors passage',
      mode: 'vector',
    });
    expect(hits.map((h) => h.chunkId)).toEqual([`${id}_c0`]);
    await deleteDocument(kb.ingest, workspace.id, id);
    expect((await kb.vectorIndex!.stats(workspace.id)).vectorCount).toBe(0);
    await Promise.all([openai.close(), pinecone.close(), kb.close()]);
  });
});
