// Retrieval quality on SQuAD v1.1 dev (see ../shared/datasets/squad-dev-v1.1/README.md): all 48
// articles are indexed; questions of the dev split (articles 00–23) tune, those of the test split
// (24–47) are only reported. A hit is a retrieved chunk that overlaps the gold paragraph.
// Run: npm run bench:quality            (the default settings, dev and test)
//      npm run bench:quality -- --sweep (chunk sizes × overlap × heading weight, dev only)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadServer, machine, saveResult } from './lib/report.mjs';

const dataset = new URL('../../shared/datasets/squad-dev-v1.1/', import.meta.url);
if (!existsSync(new URL('corpus/', dataset))) {
  console.error(
    `The SQuAD dataset was not found at ${fileURLToPath(dataset)}; it is expected next to the repository, in shared/datasets/squad-dev-v1.1.`,
  );
  process.exit(1);
}
const server = await loadServer();
const {
  openDatabase,
  SqliteStore,
  SqliteKnowledgeStore,
  SqliteLexicalIndex,
  parseDocument,
  chunkDocument,
  search,
  DEFAULT_CHUNK_OPTIONS,
} = server;

const readJsonl = (name) =>
  readFileSync(new URL(name, dataset), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
const files = readdirSync(new URL('corpus/', dataset))
  .filter((f) => f.endsWith('.md'))
  .sort();
const paragraphs = new Map(readJsonl('paragraphs.jsonl').map((p) => [p.id, p]));
const questions = readJsonl('questions.jsonl');
const split = (question) => (Number(question.paragraph.slice(1, 3)) < 24 ? 'dev' : 'test');

/** Indexes the whole corpus with one chunking setting; returns what scoring needs. */
async function buildIndex(chunking, headingWeight) {
  const db = openDatabase(':memory:');
  const workspace = await new SqliteStore(db).createWorkspace({ name: 'squad' });
  const knowledge = new SqliteKnowledgeStore(db);
  const byDocument = new Map();
  let chunkCount = 0;
  let tokens = 0;
  for (const file of files) {
    const bytes = readFileSync(new URL(`corpus/${file}`, dataset));
    const parsed = await parseDocument({ bytes, filename: file });
    if (!parsed.ok) throw new Error(`${file}: ${parsed.reason}`);
    const chunks = chunkDocument(parsed.document, chunking);
    const { document } = await knowledge.submitDocument({
      workspaceId: workspace.id,
      contentHash: file,
      title: file,
      filename: file,
      mediaType: 'text/markdown',
      url: null,
      collection: null,
      tags: [],
      upload: bytes,
    });
    await knowledge.commitDocument(workspace.id, document.id, {
      title: parsed.document.title,
      mediaType: 'text/markdown',
      pageCount: null,
      source: { text: '', blocks: [] },
      chunks,
    });
    byDocument.set(document.id, { file, text: parsed.document.text });
    chunkCount += chunks.length;
    tokens += chunks.reduce((sum, c) => sum + c.tokenCount, 0);
  }
  const deps = { lexical: new SqliteLexicalIndex(db, { headingWeight }), chunks: knowledge };
  return {
    db,
    workspaceId: workspace.id,
    deps,
    byDocument,
    chunkCount,
    meanTokens: Math.round(tokens / chunkCount),
  };
}

/** Recall@1/5/10 of the gold paragraph, and how often a top-k chunk contains an annotated answer. */
async function score(index, asked) {
  const spans = new Map();
  const goldSpan = (question) => {
    if (!spans.has(question.paragraph)) {
      const paragraph = paragraphs.get(question.paragraph);
      const document = [...index.byDocument.values()].find((d) => d.file === paragraph.file);
      const start = document.text.indexOf(paragraph.text);
      spans.set(question.paragraph, { file: paragraph.file, start, end: start + paragraph.text.length });
    }
    return spans.get(question.paragraph);
  };
  const recall = { 1: 0, 5: 0, 10: 0 };
  const answer = { 1: 0, 5: 0, 10: 0 };
  const started = performance.now();
  for (const question of asked) {
    const gold = goldSpan(question);
    const { hits } = await search(index.deps, {
      workspaceId: index.workspaceId,
      query: question.question,
      mode: 'lexical',
      topK: 10,
    });
    const isGold = (hit) =>
      index.byDocument.get(hit.citation.documentId).file === gold.file &&
      hit.citation.startOffset < gold.end &&
      hit.citation.endOffset > gold.start;
    const hasAnswer = (hit) => question.answers.some((a) => hit.text.includes(a));
    const firstGold = hits.findIndex(isGold);
    const firstAnswer = hits.findIndex(hasAnswer);
    for (const k of [1, 5, 10]) {
      if (firstGold >= 0 && firstGold < k) recall[k]++;
      if (firstAnswer >= 0 && firstAnswer < k) answer[k]++;
    }
  }
  const rate = (counts) =>
    Object.fromEntries(Object.entries(counts).map(([k, n]) => [`@${k}`, +(n / asked.length).toFixed(4)]));
  return {
    questions: asked.length,
    recall: rate(recall),
    answerInTopK: rate(answer),
    msPerQuery: +((performance.now() - started) / asked.length).toFixed(2),
  };
}

const dev = questions.filter((q) => split(q) === 'dev');
const test = questions.filter((q) => split(q) === 'test');
const results = {};

if (process.argv.includes('--sweep')) {
  const rows = [];
  for (const maxTokens of [96, 128, 192, 256, 384, 512]) {
    for (const overlapTokens of [0, 32]) {
      for (const headingWeight of [1, 3]) {
        const index = await buildIndex({ maxTokens, overlapTokens }, headingWeight);
        const result = await score(index, dev);
        index.db.close();
        const row = {
          maxTokens,
          overlapTokens,
          headingWeight,
          chunks: index.chunkCount,
          meanTokens: index.meanTokens,
          ...Object.fromEntries(Object.entries(result.recall).map(([k, v]) => [`recall${k}`, v])),
        };
        rows.push(row);
        console.log(JSON.stringify(row));
      }
    }
  }
  console.table(rows);
  results.sweep = rows;
  saveResult('quality-sweep', results);
} else {
  const chunking = {
    maxTokens: DEFAULT_CHUNK_OPTIONS.maxTokens,
    overlapTokens: DEFAULT_CHUNK_OPTIONS.overlapTokens,
  };
  const index = await buildIndex(chunking, undefined);
  results.settings = {
    ...chunking,
    headingWeight: 'default',
    chunks: index.chunkCount,
    meanTokens: index.meanTokens,
  };
  results.dev = await score(index, dev);
  results.test = await score(index, test);
  index.db.close();
  console.log(JSON.stringify(machine()));
  console.log('settings', JSON.stringify(results.settings));
  console.table({
    'dev (articles 00–23, tuned on)': { ...results.dev.recall, ms: results.dev.msPerQuery },
    'test (articles 24–47, report only)': { ...results.test.recall, ms: results.test.msPerQuery },
  });
  console.table({ dev: results.dev.answerInTopK, test: results.test.answerInTopK });
  saveResult('quality', results);
}
