import { describe, expect, it } from 'vitest';
import { axisVector } from '../../ports/vector-index.conformance.js';
import type { IndexedChunk, NewKnowledgeDocument } from '../../ports/knowledge-store.js';
import { openDatabase } from './open-database.js';
import { SqliteKnowledgeStore } from './sqlite-knowledge-store.js';
import { SqliteLexicalIndex } from './sqlite-lexical-index.js';
import { SqliteStore } from './sqlite-store.js';
import { SqliteVectorIndex } from './sqlite-vector-index.js';

async function setup() {
  const db = openDatabase(':memory:');
  const store = new SqliteStore(db);
  const [a, b] = [await store.createWorkspace({ name: 'A' }), await store.createWorkspace({ name: 'B' })];
  const vectors = new SqliteVectorIndex(db, { dimensions: 8 });
  return {
    db,
    a: a.id,
    b: b.id,
    vectors,
    knowledge: new SqliteKnowledgeStore(db, { vectorIndex: vectors }),
    lexical: new SqliteLexicalIndex(db),
  };
}

const upload = (
  workspaceId: string,
  text: string,
  extra: Partial<NewKnowledgeDocument> = {},
): NewKnowledgeDocument => ({
  workspaceId,
  contentHash: `hash-${text}`,
  title: 'notes.md',
  filename: 'notes.md',
  mediaType: 'text/markdown',
  url: null,
  collection: null,
  tags: [],
  upload: new TextEncoder().encode(text),
  ...extra,
});

const chunk = (text: string, axis: number): IndexedChunk => ({
  text,
  headingPath: ['H'],
  page: 2,
  startOffset: 0,
  endOffset: text.length,
  tokenCount: 3,
  vector: axisVector(axis),
});
const result = (chunks: IndexedChunk[]) => ({
  title: 'Notes',
  mediaType: 'text/markdown',
  pageCount: null,
  source: { text: 'x', blocks: [] },
  chunks,
});

describe('SqliteKnowledgeStore', () => {
  it('queues an upload once per content and keeps it until the document is committed', async () => {
    const { knowledge, a } = await setup();
    const first = await knowledge.submitDocument(upload(a, 'hello', { collection: 'kb', tags: ['x', 'a'] }));
    expect(first.created).toBe(true);
    expect(first.document).toMatchObject({
      status: 'queued',
      progress: 0,
      collection: 'kb',
      tags: ['a', 'x'],
      byteSize: 5,
      chunkCount: 0,
    });
    const again = await knowledge.submitDocument(upload(a, 'hello'));
    expect(again).toMatchObject({ created: false, document: { id: first.document.id } });
    expect(new TextDecoder().decode((await knowledge.getUpload(a, first.document.id))!.bytes)).toBe('hello');
    expect((await knowledge.listUnfinished()).map((d) => d.id)).toEqual([first.document.id]);
  });

  it('commits chunks, vectors and status in one step, replacing an earlier version', async () => {
    const { knowledge, vectors, lexical, a } = await setup();
    const { document } = await knowledge.submitDocument(upload(a, 'v1', { tags: ['t'] }));
    await knowledge.commitDocument(
      a,
      document.id,
      result([chunk('old words here', 0), chunk('more old words', 1)]),
    );
    const ready = await knowledge.commitDocument(a, document.id, result([chunk('llamas graze on hills', 2)]));
    expect(ready).toMatchObject({ status: 'ready', progress: 1, chunkCount: 1, title: 'Notes', error: null });
    expect(await knowledge.getUpload(a, document.id)).toBeUndefined();
    expect(await lexical.search({ workspaceId: a, text: 'old', topK: 5 })).toEqual([]);
    const hits = await lexical.search({ workspaceId: a, text: 'llamas', topK: 5 });
    expect(hits.map((h) => [h.chunkId, h.page, h.highlights])).toEqual([
      [`${document.id}_c0`, 2, [{ start: 0, end: 6 }]],
    ]);
    const near = await vectors.query({
      workspaceId: a,
      vector: axisVector(2),
      topK: 5,
      filter: { tags: ['t'] },
    });
    expect(near.map((m) => m.id)).toEqual([`${document.id}_c0`]);
    expect((await vectors.stats(a)).vectorCount).toBe(1);
  });

  it('leaves no chunk behind when the commit fails half-way', async () => {
    const { knowledge, vectors, db, a } = await setup();
    const { document } = await knowledge.submitDocument(upload(a, 'atomic'));
    const broken = { ...chunk('second', 1), vector: new Float32Array(3) };
    await expect(
      knowledge.commitDocument(a, document.id, result([chunk('first', 0), broken])),
    ).rejects.toThrow(/dimensions/);
    expect(db.prepare('SELECT count(*) AS n FROM chunks').get()).toEqual({ n: 0 });
    expect((await vectors.stats()).vectorCount).toBe(0);
    expect(await knowledge.getDocument(a, document.id)).toMatchObject({ status: 'queued' });
  });

  it('queues a failed document again when the same file is uploaded again', async () => {
    const { knowledge, a } = await setup();
    const { document } = await knowledge.submitDocument(upload(a, 'broken'));
    await knowledge.failDocument(a, document.id, 'The PDF is damaged.');
    expect(await knowledge.getDocument(a, document.id)).toMatchObject({
      status: 'failed',
      error: 'The PDF is damaged.',
    });
    expect(await knowledge.getUpload(a, document.id)).toBeUndefined();
    const retried = await knowledge.submitDocument(upload(a, 'broken'));
    expect(retried).toMatchObject({
      created: false,
      document: { id: document.id, status: 'queued', error: null },
    });
  });

  it('lists a workspace’s documents newest first with filters and a cursor', async () => {
    const { knowledge, a, b } = await setup();
    for (let i = 0; i < 5; i++)
      await knowledge.submitDocument(
        upload(a, `doc ${i}`, { collection: i % 2 ? 'odd' : 'even', tags: i === 4 ? ['last'] : [] }),
      );
    await knowledge.submitDocument(upload(b, 'other workspace'));
    const page1 = await knowledge.listDocuments(a, { limit: 2 });
    const page2 = await knowledge.listDocuments(a, { limit: 2, cursor: page1.nextCursor! });
    const page3 = await knowledge.listDocuments(a, { limit: 2, cursor: page2.nextCursor! });
    const seen = [...page1.documents, ...page2.documents, ...page3.documents];
    expect(new Set(seen.map((d) => d.id)).size).toBe(5);
    expect(page3.nextCursor).toBeNull();
    expect((await knowledge.listDocuments(a, { limit: 10, collection: 'odd' })).documents).toHaveLength(2);
    expect((await knowledge.listDocuments(a, { limit: 10, tag: 'last' })).documents).toHaveLength(1);
    expect((await knowledge.listDocuments(a, { limit: 10, status: 'ready' })).documents).toHaveLength(0);
  });

  it('keeps workspaces apart and deletes a document with its chunks and vectors', async () => {
    const { knowledge, vectors, lexical, a, b } = await setup();
    const { document } = await knowledge.submitDocument(upload(a, 'mine'));
    await knowledge.commitDocument(a, document.id, result([chunk('secret plans', 0)]));
    expect(await knowledge.getDocument(b, document.id)).toBeUndefined();
    expect(await knowledge.getChunks(b, [`${document.id}_c0`])).toEqual([]);
    expect(await knowledge.deleteDocument(b, document.id)).toBe(false);
    expect((await knowledge.getChunks(a, ['missing', `${document.id}_c0`])).map((c) => c.text)).toEqual([
      'secret plans',
    ]);
    expect(await knowledge.deleteDocument(a, document.id)).toBe(true);
    expect(await lexical.search({ workspaceId: a, text: 'secret', topK: 5 })).toEqual([]);
    expect((await vectors.stats()).vectorCount).toBe(0);
  });
});
