import { describe, expect, it } from 'vitest';
import { ingestText } from '../../services/ingest/ingest-text.js';
import { openDatabase } from './open-database.js';
import { SqliteLexicalIndex, toFtsQuery } from './sqlite-lexical-index.js';
import { SqliteStore } from './sqlite-store.js';

describe('toFtsQuery', () => {
  it('quotes every term so user text is never FTS5 syntax', () => {
    expect(toFtsQuery('What is "NEAR(cat dog)" OR x*?')).toBe('"near" OR "cat" OR "dog" OR "x"');
  });
  it('keeps stop words when the question has nothing else', () => {
    expect(toFtsQuery('what is it')).toBe('"what" OR "is" OR "it"');
  });
  it('returns undefined for text without words', () => {
    expect(toFtsQuery('?!… --')).toBeUndefined();
  });
});

describe('SqliteLexicalIndex', () => {
  it('ranks the passage about the question first and keeps workspaces apart', async () => {
    const db = openDatabase(':memory:');
    const store = new SqliteStore(db);
    const a = await store.createWorkspace({ name: 'A' });
    const b = await store.createWorkspace({ name: 'B' });
    await ingestText(store, {
      workspaceId: a.id,
      text: '# Cats\n\nCats purr and sleep all day.\n\n## Dogs\n\nDogs bark at the mail carrier.',
    });
    await ingestText(store, { workspaceId: b.id, text: '# Secret\n\nDogs of workspace B are private.' });
    const index = new SqliteLexicalIndex(db);

    const hits = await index.search({ workspaceId: a.id, text: 'Why do dogs bark?', topK: 5 });
    expect(hits[0]!.text).toBe('Dogs bark at the mail carrier.');
    expect(hits[0]!.headingPath).toEqual(['Cats', 'Dogs']);
    expect(hits.every((h) => !h.text.includes('private'))).toBe(true);
    expect(hits[0]!.score).toBeGreaterThan(0);
    db.close();
  });

  it('stores the same text once per workspace', async () => {
    const db = openDatabase(':memory:');
    const store = new SqliteStore(db);
    const ws = await store.createWorkspace({ name: 'A' });
    const first = await ingestText(store, { workspaceId: ws.id, text: '# Same\n\nText.' });
    const second = await ingestText(store, { workspaceId: ws.id, text: '# Same\n\nText.' });
    expect(second.id).toBe(first.id);
    expect(await store.countDocuments(ws.id)).toBe(1);
    db.close();
  });
});
