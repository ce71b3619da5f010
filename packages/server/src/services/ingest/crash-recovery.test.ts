import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../adapters/sqlite/open-database.js';
import { SqliteKnowledgeStore } from '../../adapters/sqlite/sqlite-knowledge-store.js';
import { SqliteStore } from '../../adapters/sqlite/sqlite-store.js';
import { SqliteVectorIndex } from '../../adapters/sqlite/sqlite-vector-index.js';
import { axisVector } from '../../ports/vector-index.conformance.js';
import { inProcessParser } from '../../testing/in-process-parser.js';
import { resumeUnfinished } from './manage-documents.js';

const childScript = fileURLToPath(new URL('../../testing/crash-ingest-child.ts', import.meta.url));
const loader = new URL('../../testing/ts-worker-loader.mjs', import.meta.url).href;

describe('crash recovery', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('resumes a document whose process was killed mid-ingestion, leaving no half-indexed state', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tessera-crash-'));
    dirs.push(dir);
    const file = join(dir, 'tessera.db');
    const setup = openDatabase(file);
    const workspace = await new SqliteStore(setup).createWorkspace({ name: 'A' });
    setup.close();

    const child = spawn(process.execPath, ['--import', loader, childScript, file, workspace.id], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (data: Buffer) => data.toString().includes('embedding') && resolve());
      child.on('exit', (code) => reject(new Error(`The child exited early with ${code}.`)));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    const db = openDatabase(file);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(() => db.exec("INSERT INTO chunks_fts(chunks_fts) VALUES ('integrity-check')")).not.toThrow();
    const vectors = new SqliteVectorIndex(db, { dimensions: 8 });
    const knowledge = new SqliteKnowledgeStore(db, { vectorIndex: vectors });
    const [interrupted] = await knowledge.listUnfinished();
    expect(interrupted).toMatchObject({ status: 'embedding', chunkCount: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM chunks').get()).toEqual({ n: 0 });

    const embedder = {
      id: 'ok:8',
      dimensions: 8,
      embedQuery: async () => axisVector(0),
      embedDocuments: async (texts: string[]) => texts.map((_, i) => axisVector(i)),
    };
    const [resumed] = await resumeUnfinished({
      knowledge,
      parser: inProcessParser,
      embedder,
      chunking: { maxTokens: 40 },
    });
    expect(resumed).toMatchObject({ id: interrupted!.id, status: 'ready' });
    expect(resumed!.chunkCount).toBeGreaterThan(5);
    expect(db.prepare('SELECT count(*) AS n FROM chunks WHERE document_id = ?').get(resumed!.id)).toEqual({
      n: resumed!.chunkCount,
    });
    expect((await vectors.stats(workspace.id)).vectorCount).toBe(resumed!.chunkCount);
    expect(await knowledge.listUnfinished()).toEqual([]);
    db.close();
  }, 30_000);
});
