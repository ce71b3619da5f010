// Search latency at 10k and 100k chunks: lexical (FTS5 BM25), vector (sqlite-vec, 384-d cosine,
// exact float scan, and binary codes with exact rescoring) and hybrid (both, fused by RRF),
// measured in-process through the search service. Vectors are random but seeded; each vector query
// is a stored vector plus noise, so it has a true nearest neighbour. Run: npm run bench:search
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gaussian, seededRandom, sentence, vocabulary } from './lib/random.mjs';
import { loadServer, machine, quantile, saveResult } from './lib/report.mjs';

const { openDatabase, SqliteStore, SqliteKnowledgeStore, SqliteVectorIndex, SqliteLexicalIndex, search } =
  await loadServer();
const DIMENSIONS = 384;
const CHUNKS_PER_DOCUMENT = 50;
const QUERIES = 300;
const WARM_UP = 30;

function unitVector(random) {
  const vector = new Float32Array(DIMENSIONS);
  let norm = 0;
  for (let i = 0; i < DIMENSIONS; i++) norm += (vector[i] = gaussian(random)) ** 2;
  return vector.map((x) => x / Math.sqrt(norm));
}

async function buildIndex(chunkCount, random, word) {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-bench-search-'));
  const db = openDatabase(join(dir, 'tessera.db'));
  const workspace = await new SqliteStore(db).createWorkspace({ name: 'bench' });
  const index = new SqliteVectorIndex(db, { dimensions: DIMENSIONS });
  const knowledge = new SqliteKnowledgeStore(db, { vectorIndex: index });
  const samples = [];
  const records = [];
  const started = performance.now();
  for (let d = 0; d < chunkCount / CHUNKS_PER_DOCUMENT; d++) {
    const { document } = await knowledge.submitDocument({
      workspaceId: workspace.id,
      contentHash: `doc-${d}`,
      title: `Document ${d}`,
      filename: `d${d}.md`,
      mediaType: 'text/markdown',
      url: null,
      collection: d % 2 ? 'odd' : 'even',
      tags: [],
      upload: new Uint8Array(1),
    });
    const chunks = Array.from({ length: CHUNKS_PER_DOCUMENT }, () => {
      const text = Array.from({ length: 8 }, () => sentence(random, word)).join(' ');
      return {
        text,
        headingPath: [`Section ${d}`],
        page: null,
        startOffset: 0,
        endOffset: text.length,
        tokenCount: 200,
        vector: unitVector(random),
      };
    });
    await knowledge.commitDocument(workspace.id, document.id, {
      title: `Document ${d}`,
      mediaType: 'text/markdown',
      pageCount: null,
      source: { text: '', blocks: [] },
      chunks,
    });
    chunks.forEach((chunk, ordinal) => {
      chunk.id = `${document.id}_c${ordinal}`;
      records.push({
        id: chunk.id,
        vector: chunk.vector,
        metadata: {
          workspaceId: workspace.id,
          documentId: document.id,
          collection: d % 2 ? 'odd' : 'even',
          tags: [],
        },
      });
    });
    // Keep a few chunks to derive queries from.
    if (d % 7 === 0) samples.push(chunks[Math.floor(random() * chunks.length)]);
  }
  const buildSeconds = (performance.now() - started) / 1000;
  // The same vectors as 1-bit codes (plus the floats kept for rescoring), in a second table.
  const binary = new SqliteVectorIndex(db, {
    dimensions: DIMENSIONS,
    name: 'bench_bq',
    quantization: 'binary',
  });
  await binary.upsert(records);
  return { dir, db, workspaceId: workspace.id, index, binary, knowledge, samples, buildSeconds };
}

async function measure(fn) {
  const times = [];
  for (let i = 0; i < WARM_UP + QUERIES; i++) {
    const started = performance.now();
    await fn(i);
    if (i >= WARM_UP) times.push(performance.now() - started);
  }
  return {
    p50: +quantile(times, 0.5).toFixed(2),
    p99: +quantile(times, 0.99).toFixed(2),
    mean: +(times.reduce((a, b) => a + b, 0) / times.length).toFixed(2),
  };
}

const results = {};
for (const chunkCount of [10_000, 100_000]) {
  const random = seededRandom(chunkCount);
  const word = vocabulary(random);
  const built = await buildIndex(chunkCount, random, word);
  // Real queries lose their stop words; here the 100 most frequent made-up words play that part.
  const frequency = new Map();
  for (const sample of built.samples)
    for (const w of sample.text.toLowerCase().match(/[a-z]+/g)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const stopWords = new Set(
    [...frequency]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 100)
      .map(([w]) => w),
  );
  const queries = Array.from({ length: WARM_UP + QUERIES }, (_, i) => {
    const sample = built.samples[i % built.samples.length];
    const words = sample.text
      .toLowerCase()
      .match(/[a-z]+/g)
      .filter((w) => !stopWords.has(w));
    const start = Math.floor(random() * Math.max(1, words.length - 4));
    const vector = sample.vector.map((x) => x + gaussian(random) * 0.03);
    return { text: words.slice(start, start + 4).join(' '), vector, source: sample.id };
  });
  const vectors = new Map(queries.map((q) => [q.text, q.vector]));
  // The embedder is the one thing not measured: it would be a network call.
  const embedder = {
    id: 'bench',
    dimensions: DIMENSIONS,
    embedQuery: async (text) => vectors.get(text),
    embedDocuments: async () => [],
  };
  const lexical = new SqliteLexicalIndex(built.db);
  const exact = { lexical, chunks: built.knowledge, vectors: { index: built.index, embedder } };
  const quantized = { lexical, chunks: built.knowledge, vectors: { index: built.binary, embedder } };
  const run = (deps, mode) =>
    measure((i) => search(deps, { workspaceId: built.workspaceId, query: queries[i].text, mode, topK: 10 }));
  // How much the binary shortlist loses against the exact scan.
  let sameTop10 = 0;
  let sourceFirst = 0;
  for (const query of queries.slice(WARM_UP)) {
    const want = await built.index.query({ workspaceId: built.workspaceId, vector: query.vector, topK: 10 });
    const got = await built.binary.query({ workspaceId: built.workspaceId, vector: query.vector, topK: 10 });
    const ids = new Set(want.map((m) => m.id));
    sameTop10 += got.filter((m) => ids.has(m.id)).length / 10;
    if (got[0]?.id === query.source) sourceFirst++;
  }
  results[`${chunkCount / 1000}k`] = {
    buildSeconds: +built.buildSeconds.toFixed(1),
    lexical: await run(exact, 'lexical'),
    vector: await run(exact, 'vector'),
    hybrid: await run(exact, 'hybrid'),
    'vector (binary)': await run(quantized, 'vector'),
    'hybrid (binary)': await run(quantized, 'hybrid'),
    binaryRecall: {
      top10VsExact: +(sameTop10 / QUERIES).toFixed(3),
      nearestIsSource: +(sourceFirst / QUERIES).toFixed(3),
    },
  };
  built.db.close();
  rmSync(built.dir, { recursive: true, force: true });
  console.log(`${chunkCount / 1000}k chunks`, JSON.stringify(results[`${chunkCount / 1000}k`]));
}

console.log(JSON.stringify(machine()));
const modes = ['lexical', 'vector', 'hybrid', 'vector (binary)', 'hybrid (binary)'];
console.table(
  Object.fromEntries(
    Object.entries(results).flatMap(([size, r]) => modes.map((mode) => [`${size} ${mode}`, r[mode]])),
  ),
);
saveResult('search-latency', results);
