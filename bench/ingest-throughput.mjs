// Ingestion throughput: 1,000 generated Markdown files and 100 generated PDFs through the whole
// pipeline (sniffing, parsing and chunking in worker threads, SQLite + FTS5 commit), without
// embedding calls. Run: npm run bench:ingest
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom, sentence, vocabulary } from './lib/random.mjs';
import { machine, saveResult, loadServer } from './lib/report.mjs';
import { writePdf } from './lib/write-pdf.mjs';

const { openDatabase, SqliteStore, createKnowledgeBase, ingestDocument } = await loadServer();
const random = seededRandom(42);
const word = vocabulary(random);

function markdownFile(index) {
  const sections = [`# Guide ${index}`];
  for (let s = 0; s < 4 + Math.floor(random() * 4); s++) {
    sections.push(`## Section ${s}: ${word()} ${word()}`);
    for (let p = 0; p < 2 + Math.floor(random() * 3); p++) {
      sections.push(
        Array.from({ length: 3 + Math.floor(random() * 4) }, () => sentence(random, word)).join(' '),
      );
    }
    if (random() < 0.5)
      sections.push(Array.from({ length: 4 }, () => `- ${sentence(random, word, 3, 8)}`).join('\n'));
    if (random() < 0.3)
      sections.push(
        `\`\`\`js\nconst ${word()} = ${Math.floor(random() * 100)};\nconsole.log(${word()});\n\`\`\``,
      );
  }
  return new TextEncoder().encode(`${sections.join('\n\n')}\n`);
}

function pdfFile() {
  const pages = Array.from({ length: 4 + Math.floor(random() * 5) }, (_, page) => [
    { text: `Chapter ${page + 1} ${word()}`, size: 16 },
    '',
    ...Array.from({ length: 40 }, (_, line) => (line % 8 === 7 ? '' : sentence(random, word, 8, 12))),
  ]);
  return writePdf(pages);
}

const files = [
  ...Array.from({ length: 1000 }, (_, i) => ({
    kind: 'markdown',
    filename: `guide-${i}.md`,
    bytes: markdownFile(i),
  })),
  ...Array.from({ length: 100 }, (_, i) => ({ kind: 'pdf', filename: `report-${i}.pdf`, bytes: pdfFile() })),
];

const dir = mkdtempSync(join(tmpdir(), 'tessera-bench-ingest-'));
const db = openDatabase(join(dir, 'tessera.db'));
const workspace = await new SqliteStore(db).createWorkspace({ name: 'bench' });
const kb = createKnowledgeBase({ db });

// Two uploads in flight per worker keeps both parser workers busy while the main thread commits.
async function run(list) {
  const started = performance.now();
  let next = 0;
  let chunks = 0;
  const failures = [];
  const lane = async () => {
    while (next < list.length) {
      const file = list[next++];
      const result = await ingestDocument(kb.ingest, {
        workspaceId: workspace.id,
        bytes: file.bytes,
        filename: file.filename,
      });
      if (!result.ok || result.document.status !== 'ready') failures.push(file.filename);
      else chunks += result.document.chunkCount;
    }
  };
  await Promise.all(Array.from({ length: 4 }, lane));
  const seconds = (performance.now() - started) / 1000;
  const megabytes = list.reduce((sum, f) => sum + f.bytes.byteLength, 0) / 2 ** 20;
  return {
    documents: list.length,
    megabytes: +megabytes.toFixed(2),
    seconds: +seconds.toFixed(2),
    documentsPerSecond: +(list.length / seconds).toFixed(1),
    megabytesPerSecond: +(megabytes / seconds).toFixed(2),
    chunks,
    failures,
  };
}

// Warm the workers (module loading, tokenizer ranks) outside the measurement.
await ingestDocument(kb.ingest, {
  workspaceId: workspace.id,
  bytes: new TextEncoder().encode('# Warm-up\n\nText.'),
  filename: 'warm.md',
});
await ingestDocument(kb.ingest, {
  workspaceId: workspace.id,
  bytes: writePdf([['Warm-up.']]),
  filename: 'warm.pdf',
});

const markdown = await run(files.filter((f) => f.kind === 'markdown'));
const pdf = await run(files.filter((f) => f.kind === 'pdf'));
const total = {
  documents: markdown.documents + pdf.documents,
  megabytes: +(markdown.megabytes + pdf.megabytes).toFixed(2),
  seconds: +(markdown.seconds + pdf.seconds).toFixed(2),
};
total.documentsPerSecond = +(total.documents / total.seconds).toFixed(1);
total.megabytesPerSecond = +(total.megabytes / total.seconds).toFixed(2);

await kb.close();
db.close();
rmSync(dir, { recursive: true, force: true });

console.log(JSON.stringify(machine()));
console.table({ markdown, pdf, total });
saveResult('ingest-throughput', { markdown, pdf, total });
