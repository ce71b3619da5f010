import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axisVector,
  CONFORMANCE_DIMENSIONS,
  describeVectorIndexConformance,
} from '../../ports/vector-index.conformance.js';
import type { FakeHttpServer } from '../../testing/fake-http-server.js';
import { FAKE_PINECONE_KEY, startFakePinecone } from '../../testing/fake-pinecone-server.js';
import type { RetryPolicy } from '../http/retrying-fetch.js';
import { PineconeVectorIndex } from './pinecone-vector-index.js';
import { toPineconeRecord, upsertBatches } from './pinecone-records.js';

const noWait: RetryPolicy = { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 1 };

async function fakeIndex(dimensions = CONFORMANCE_DIMENSIONS, retry = noWait) {
  // The client caches index hosts per API key and index name for the whole process: names must differ.
  const indexName = `tessera-${randomUUID().slice(0, 8)}`;
  const server = await startFakePinecone({ indexName, dimension: dimensions });
  const index = new PineconeVectorIndex({
    apiKey: FAKE_PINECONE_KEY,
    indexName,
    dimensions,
    controllerHostUrl: server.url,
    retry,
  });
  return { server, index };
}

describeVectorIndexConformance('Pinecone (fake server)', async () => {
  const { server, index } = await fakeIndex();
  return { index, close: () => server.close() };
});

describe('PineconeVectorIndex against the fake server', () => {
  let server: FakeHttpServer;
  let index: PineconeVectorIndex;
  beforeAll(async () => ({ server, index } = await fakeIndex()));
  afterAll(() => server.close());

  const record = (id: string, workspaceId: string) => ({
    id,
    vector: axisVector(1),
    metadata: { workspaceId, documentId: 'doc', collection: 'kb', tags: ['t'] },
  });

  it('finds the host through describe_index once, and puts each workspace in its own namespace', async () => {
    await index.upsert([record('c1', 'ws_one'), record('c2', 'ws_two')]);
    expect(server.requests.filter((r) => r.path.startsWith('/indexes/'))).toHaveLength(1);
    const upserts = server
      .requestsTo('/vectors/upsert')
      .map((r) => r.body as { namespace: string; vectors: { id: string; metadata: unknown }[] });
    expect(upserts.map((u) => [u.namespace, u.vectors.map((v) => v.id)])).toEqual([
      ['ws_one', ['doc#c1']],
      ['ws_two', ['doc#c2']],
    ]);
    expect(upserts[0]!.vectors[0]!.metadata).toEqual({ documentId: 'doc', tags: ['t'], collection: 'kb' });
    expect(
      server.requestsTo('/vectors/upsert').every((r) => r.headers['x-pinecone-api-version'] === '2026-04'),
    ).toBe(true);
  });

  it('retries a 429 and a 503, waiting what retry-after asks', async () => {
    const waits: number[] = [];
    const { server: flaky, index: retrying } = await fakeIndex(CONFORMANCE_DIMENSIONS, {
      ...noWait,
      sleep: async (ms: number) => void waits.push(ms),
    });
    flaky.failNext({
      path: '/query',
      status: 429,
      headers: { 'retry-after': '2' },
      body: { code: 8, message: 'Request was rate limited. Retry after some time.', details: [] },
    });
    flaky.failNext({
      path: '/query',
      status: 503,
      body: { code: 14, message: 'Service unavailable', details: [] },
    });
    await retrying.upsert([record('r1', 'ws_r')]);
    const matches = await retrying.query({ workspaceId: 'ws_r', vector: axisVector(1), topK: 1 });
    expect(matches.map((m) => m.id)).toEqual(['r1']);
    expect(flaky.requestsTo('/query')).toHaveLength(3);
    expect(waits[0]).toBe(2000);
    await flaky.close();
  });

  it('surfaces a rejected request as an error with Pinecone’s message', async () => {
    server.failNext({
      path: '/vectors/upsert',
      status: 400,
      body: {
        code: 3,
        message: 'Metadata size is 41000 bytes, which exceeds the limit of 40960 bytes per vector',
        details: [],
      },
    });
    await expect(index.upsert([record('big', 'ws_x')])).rejects.toThrow(/exceeds the limit of 40960 bytes/);
  });

  it('keeps every upsert request within 1,000 vectors and 2 MB', () => {
    const wide = Array.from({ length: 400 }, (_, i) =>
      toPineconeRecord({
        id: `c${i}`,
        vector: new Float32Array(1536).map((_, j) => Math.sin(i + j) / 3),
        metadata: { workspaceId: 'w', documentId: 'd', collection: null, tags: [] },
      }),
    );
    const batches = upsertBatches(wide);
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) {
      expect(batch.length).toBeLessThanOrEqual(1000);
      expect(Buffer.byteLength(JSON.stringify({ vectors: batch, namespace: 'w' }))).toBeLessThan(
        2 * 1024 * 1024,
      );
    }
    expect(batches.flat()).toHaveLength(400);
  });
});

describe.runIf(process.env['PINECONE_API_KEY'] && process.env['PINECONE_INDEX'])(
  'PineconeVectorIndex live',
  () => {
    it('upserts, queries and deletes in a real serverless index', async () => {
      const live = new PineconeVectorIndex({
        apiKey: process.env['PINECONE_API_KEY']!,
        indexName: process.env['PINECONE_INDEX']!,
        dimensions: Number(process.env['PINECONE_DIMENSIONS'] ?? 8),
      });
      const workspaceId = `tessera-live-${randomUUID().slice(0, 8)}`;
      const vector = new Float32Array(live.dimensions).fill(0.1);
      await live.upsert([
        { id: 'c1', vector, metadata: { workspaceId, documentId: 'live-doc', collection: null, tags: [] } },
      ]);
      // Serverless indexes are eventually consistent: poll until the vector is visible.
      let matches: Awaited<ReturnType<PineconeVectorIndex['query']>> = [];
      for (let i = 0; i < 30 && matches.length === 0; i++) {
        matches = await live.query({ workspaceId, vector, topK: 1 });
        if (matches.length === 0) await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      expect(matches[0]?.id).toBe('c1');
      await live.deleteByDocument(workspaceId, 'live-doc');
    }, 90_000);
  },
);
