import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CohereReranker } from '../../adapters/cohere/cohere-reranker.js';
import { openDatabase } from '../../adapters/sqlite/open-database.js';
import { SqliteEmbeddingCache } from '../../adapters/sqlite/sqlite-embedding-cache.js';
import { SqliteKnowledgeStore } from '../../adapters/sqlite/sqlite-knowledge-store.js';
import { SqliteLexicalIndex } from '../../adapters/sqlite/sqlite-lexical-index.js';
import { SqliteStore } from '../../adapters/sqlite/sqlite-store.js';
import { SqliteVectorIndex } from '../../adapters/sqlite/sqlite-vector-index.js';
import type { FakeHttpServer } from '../../testing/fake-http-server.js';
import { FAKE_COHERE_KEY, startFakeCohere } from '../../testing/fake-cohere-server.js';
import { hashEmbedding } from '../../testing/fake-http-server.js';
import { inProcessParser } from '../../testing/in-process-parser.js';
import { CachedEmbedder } from '../embeddings/cached-embedder.js';
import { ingestDocument } from '../ingest/manage-documents.js';
import { highlightTerms } from './highlight-terms.js';
import { reciprocalRankFusion } from './reciprocal-rank-fusion.js';
import { search, SearchError } from './search.js';
import { searchRetriever } from './search-retriever.js';

const passages = [
  ['cats.md', '# Cats\n\nCats purr when they are content and sleep most of the day.'],
  ['dogs.md', '# Dogs\n\nDogs bark at strangers and love long walks.'],
  ['birds.md', '# Birds\n\nMost birds can fly; penguins swim instead.'],
  ['fish.md', '# Fish\n\nFish breathe through gills under water.'],
] as const;

/** Hash-bag embeddings: similar words, similar vectors; enough to exercise vector and hybrid search. */
const hashEmbedder = {
  id: 'hash:32',
  dimensions: 32,
  embedDocuments: async (texts: string[]) => texts.map((t) => Float32Array.from(hashEmbedding(t, 32))),
  embedQuery: async (text: string) => Float32Array.from(hashEmbedding(text, 32)),
};

async function setup(withEmbedder = true) {
  const db = openDatabase(':memory:');
  const workspace = await new SqliteStore(db).createWorkspace({ name: 'A' });
  const index = new SqliteVectorIndex(db, { dimensions: 32 });
  const knowledge = new SqliteKnowledgeStore(db, { vectorIndex: index });
  const embedder = new CachedEmbedder(hashEmbedder, new SqliteEmbeddingCache(db));
  const ingest = { knowledge, parser: inProcessParser, ...(withEmbedder ? { embedder } : {}) };
  for (const [filename, body] of passages) {
    await ingestDocument(ingest, {
      workspaceId: workspace.id,
      bytes: new TextEncoder().encode(body),
      filename,
      tags: [filename.split('.')[0]!],
    });
  }
  const deps = {
    lexical: new SqliteLexicalIndex(db),
    chunks: knowledge,
    ...(withEmbedder ? { vectors: { index, embedder } } : {}),
  };
  return { workspaceId: workspace.id, deps };
}

describe('search', () => {
  let cohere: FakeHttpServer;
  beforeAll(async () => (cohere = await startFakeCohere()));
  afterAll(() => cohere.close());

  it('ranks by BM25 in lexical mode with highlights and citations', async () => {
    const { workspaceId, deps } = await setup();
    const { mode, hits } = await search(deps, {
      workspaceId,
      query: 'Why do dogs bark?',
      mode: 'lexical',
      topK: 2,
    });
    expect(mode).toBe('lexical');
    expect(hits[0]).toMatchObject({
      text: 'Dogs bark at strangers and love long walks.',
      highlights: [
        { start: 0, end: 4 },
        { start: 5, end: 9 },
      ],
      citation: {
        title: 'Dogs',
        filename: 'dogs.md',
        headingPath: ['Dogs'],
        page: null,
        startOffset: 8,
        endOffset: 51,
      },
    });
    expect(hits[0]!.score).toBe(hits[0]!.scores.lexical);
  });

  it('finds by meaning in vector mode and fuses both lists in hybrid mode', async () => {
    const { workspaceId, deps } = await setup();
    const vector = await search(deps, { workspaceId, query: 'penguins swim', mode: 'vector', topK: 1 });
    expect(vector.hits[0]!.citation.filename).toBe('birds.md');
    expect(vector.hits[0]!.scores.vector).toBeGreaterThan(0.3);
    expect(vector.hits[0]!.highlights.map((h) => vector.hits[0]!.text.slice(h.start, h.end))).toEqual([
      'penguins',
      'swim',
    ]);
    const hybrid = await search(deps, { workspaceId, query: 'fish gills', topK: 4 });
    expect(hybrid.mode).toBe('hybrid');
    expect(hybrid.hits[0]).toMatchObject({ citation: { filename: 'fish.md' }, score: 1 });
    expect(hybrid.hits[0]!.scores).toMatchObject({
      lexical: expect.any(Number),
      vector: expect.any(Number),
      fused: 1,
    });
  });

  it('applies the threshold to the mode’s score and filters by tag', async () => {
    const { workspaceId, deps } = await setup();
    const all = await search(deps, { workspaceId, query: 'cats dogs birds fish', mode: 'hybrid', topK: 10 });
    expect(all.hits).toHaveLength(4);
    const confident = await search(deps, {
      workspaceId,
      query: 'cats dogs birds fish',
      mode: 'vector',
      threshold: 0.99,
    });
    expect(confident.hits).toEqual([]);
    const tagged = await search(deps, {
      workspaceId,
      query: 'cats dogs birds fish',
      filter: { tags: ['cats', 'fish'] },
    });
    expect(tagged.hits.map((h) => h.citation.filename).sort()).toEqual(['cats.md', 'fish.md']);
  });

  it('reranks the candidates with Cohere rerank-v3.5', async () => {
    const { workspaceId, deps } = await setup();
    const reranker = new CohereReranker({
      apiKey: FAKE_COHERE_KEY,
      baseUrl: cohere.url,
      retry: { maxRetries: 0, baseDelayMs: 1, maxDelayMs: 1 },
    });
    const { hits } = await search(
      { ...deps, reranker },
      { workspaceId, query: 'do dogs love walks', rerank: true, topK: 2 },
    );
    expect(hits[0]!.citation.filename).toBe('dogs.md');
    expect(hits[0]!.scores.rerank).toBe(hits[0]!.score);
    expect(hits).toHaveLength(2);
    const sent = cohere.requestsTo('/v2/rerank').at(-1)!.body as { documents: string[]; top_n: number };
    expect(sent.documents.length).toBe(4);
    expect(sent.top_n).toBe(2);
  });

  it('refuses vector search without an embedder with a sentence naming the fix', async () => {
    const { workspaceId, deps } = await setup(false);
    expect((await search(deps, { workspaceId, query: 'cats' })).mode).toBe('lexical');
    await expect(search(deps, { workspaceId, query: 'cats', mode: 'vector' })).rejects.toThrow(SearchError);
  });
});

describe('reciprocalRankFusion and highlightTerms', () => {
  it('rewards items high in both lists and normalises to (0, 1]', () => {
    const fused = reciprocalRankFusion([
      ['a', 'b', 'c'],
      ['b', 'a', 'd'],
    ]);
    expect([...fused].sort((x, y) => y[1] - x[1]).map(([id]) => id)).toEqual(['a', 'b', 'c', 'd']);
    expect(fused.get('a')).toBeCloseTo((1 / 61 + 1 / 62) / (2 / 61), 10);
    expect(reciprocalRankFusion([['x']]).get('x')).toBe(1);
  });

  it('marks query words and simple inflections, as spans', () => {
    const text = 'The dog barks; barking dogs rarely bite. Café';
    expect(highlightTerms(text, 'dog bark cafe').map((s) => text.slice(s.start, s.end))).toEqual([
      'dog',
      'barks',
      'barking',
      'dogs',
      'Café',
    ]);
  });
});

describe('searchRetriever', () => {
  it('answers the chat pipeline’s LexicalIndex calls with the assistant’s search settings', async () => {
    const { workspaceId, deps } = await setup();
    const retriever = searchRetriever(deps, { mode: 'hybrid', topK: 1 });
    const [source] = await retriever.search({ workspaceId, text: 'Why do dogs bark?', topK: 5 });
    expect(source).toMatchObject({
      documentTitle: 'Dogs',
      filename: 'dogs.md',
      headingPath: ['Dogs'],
      text: 'Dogs bark at strangers and love long walks.',
    });
    expect(
      await retriever.search({
        workspaceId,
        text: 'Why do dogs bark?',
        topK: 5,
        filter: { collections: ['none'] },
      }),
    ).toEqual([]);
  });
});
