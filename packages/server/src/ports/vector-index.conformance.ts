import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VectorIndex, VectorMetadata, VectorRecord } from './vector-index.js';

export const CONFORMANCE_DIMENSIONS = 8;

export interface VectorIndexFixture {
  index: VectorIndex;
  close?: () => Promise<void>;
}

/** A unit vector along `axis`, nudged towards `axis + 1` by `tilt`: easy to reason about cosine order. */
export function axisVector(axis: number, tilt = 0, dimensions = CONFORMANCE_DIMENSIONS): Float32Array {
  const vector = new Float32Array(dimensions);
  vector[axis % dimensions] = 1;
  vector[(axis + 1) % dimensions] = tilt;
  return vector;
}

const workspace = () => `ws_${randomUUID().slice(0, 8)}`;
const record = (
  id: string,
  vector: Float32Array,
  metadata: Partial<VectorMetadata> & { workspaceId: string },
): VectorRecord => ({
  id,
  vector,
  metadata: { documentId: 'doc_a', collection: null, tags: [], ...metadata },
});

/**
 * The behaviour every {@link VectorIndex} adapter must have. Each test works in fresh workspaces, so
 * adapters may share one index across tests.
 */
export function describeVectorIndexConformance(name: string, setup: () => Promise<VectorIndexFixture>): void {
  describe(`VectorIndex conformance: ${name}`, () => {
    let fixture: VectorIndexFixture;
    beforeAll(async () => {
      fixture = await setup();
    });
    afterAll(() => fixture.close?.());

    it('returns the nearest vectors by cosine similarity, best first', async () => {
      const ws = workspace();
      await fixture.index.upsert([
        record('far', axisVector(3), { workspaceId: ws }),
        record('near', axisVector(0, 0.2), { workspaceId: ws }),
        record(
          'exact',
          axisVector(0).map((x) => x * 5),
          { workspaceId: ws, documentId: 'doc_b' },
        ),
      ]);
      const matches = await fixture.index.query({ workspaceId: ws, vector: axisVector(0), topK: 2 });
      expect(matches.map((m) => [m.id, m.documentId])).toEqual([
        ['exact', 'doc_b'],
        ['near', 'doc_a'],
      ]);
      expect(matches[0]!.score).toBeCloseTo(1, 4);
      expect(matches[1]!.score).toBeCloseTo(1 / Math.sqrt(1.04), 4);
    });

    it('never returns vectors of another workspace', async () => {
      const [mine, theirs] = [workspace(), workspace()];
      await fixture.index.upsert([
        record('theirs-1', axisVector(0), { workspaceId: theirs }),
        record('mine-1', axisVector(5), { workspaceId: mine }),
      ]);
      const matches = await fixture.index.query({ workspaceId: mine, vector: axisVector(0), topK: 10 });
      expect(matches.map((m) => m.id)).toEqual(['mine-1']);
      expect(
        await fixture.index.query({ workspaceId: workspace(), vector: axisVector(0), topK: 10 }),
      ).toEqual([]);
    });

    it('replaces the vector and metadata of an id upserted again', async () => {
      const ws = workspace();
      await fixture.index.upsert([
        record('c1', axisVector(0), { workspaceId: ws, collection: 'old', tags: ['x'] }),
      ]);
      await fixture.index.upsert([
        record('c1', axisVector(2), { workspaceId: ws, collection: 'new', tags: ['y'] }),
      ]);
      const byVector = await fixture.index.query({ workspaceId: ws, vector: axisVector(2), topK: 5 });
      expect(byVector).toHaveLength(1);
      expect(byVector[0]!.score).toBeCloseTo(1, 4);
      expect(
        await fixture.index.query({
          workspaceId: ws,
          vector: axisVector(2),
          topK: 5,
          filter: { collections: ['old'] },
        }),
      ).toEqual([]);
      expect(
        await fixture.index.query({
          workspaceId: ws,
          vector: axisVector(2),
          topK: 5,
          filter: { tags: ['x'] },
        }),
      ).toEqual([]);
      expect(await fixture.index.stats(ws)).toEqual({ dimensions: CONFORMANCE_DIMENSIONS, vectorCount: 1 });
    });

    it('filters by collection, any of the tags and document id, combined with AND', async () => {
      const ws = workspace();
      await fixture.index.upsert([
        record('a', axisVector(0, 0.1), {
          workspaceId: ws,
          documentId: 'd1',
          collection: 'hr',
          tags: ['policy', 'eu'],
        }),
        record('b', axisVector(0, 0.2), {
          workspaceId: ws,
          documentId: 'd2',
          collection: 'hr',
          tags: ['us'],
        }),
        record('c', axisVector(0, 0.3), {
          workspaceId: ws,
          documentId: 'd3',
          collection: 'it',
          tags: ['eu'],
        }),
        record('d', axisVector(0, 0.4), { workspaceId: ws, documentId: 'd4', collection: null, tags: [] }),
      ]);
      const ids = async (filter: Parameters<VectorIndex['query']>[0]['filter']) =>
        (await fixture.index.query({ workspaceId: ws, vector: axisVector(0), topK: 10, filter })).map(
          (m) => m.id,
        );
      expect(await ids({ collections: ['hr'] })).toEqual(['a', 'b']);
      expect(await ids({ collections: ['hr', 'it'] })).toEqual(['a', 'b', 'c']);
      expect(await ids({ tags: ['eu', 'us'] })).toEqual(['a', 'b', 'c']);
      expect(await ids({ tags: ['eu'], collections: ['it'] })).toEqual(['c']);
      expect(await ids({ documentIds: ['d2', 'd4'] })).toEqual(['b', 'd']);
      expect(await ids({ collections: [], tags: [] })).toEqual(['a', 'b', 'c', 'd']);
    });

    it('deletes every vector of a document and nothing else', async () => {
      const ws = workspace();
      const other = workspace();
      await fixture.index.upsert([
        record('x1', axisVector(0), { workspaceId: ws, documentId: 'gone' }),
        record('x2', axisVector(1), { workspaceId: ws, documentId: 'gone' }),
        record('x3', axisVector(2), { workspaceId: ws, documentId: 'kept' }),
        record('x4', axisVector(0), { workspaceId: other, documentId: 'gone' }),
      ]);
      await fixture.index.deleteByDocument(ws, 'gone');
      const left = await fixture.index.query({ workspaceId: ws, vector: axisVector(0), topK: 10 });
      expect(left.map((m) => m.id)).toEqual(['x3']);
      expect((await fixture.index.stats(other)).vectorCount).toBe(1);
      await fixture.index.deleteByDocument(ws, 'never-existed');
    });

    it('upserts more vectors than fit in one request and counts them', async () => {
      const ws = workspace();
      const before = (await fixture.index.stats()).vectorCount;
      const records = Array.from({ length: 1234 }, (_, i) =>
        record(`bulk-${i}`, axisVector(i % 8, (i % 10) / 10), {
          workspaceId: ws,
          documentId: `doc-${i % 3}`,
        }),
      );
      await fixture.index.upsert(records);
      expect(await fixture.index.stats(ws)).toEqual({
        dimensions: CONFORMANCE_DIMENSIONS,
        vectorCount: 1234,
      });
      expect((await fixture.index.stats()).vectorCount).toBe(before + 1234);
      expect(await fixture.index.query({ workspaceId: ws, vector: axisVector(3), topK: 7 })).toHaveLength(7);
      await fixture.index.deleteByDocument(ws, 'doc-1');
      expect((await fixture.index.stats(ws)).vectorCount).toBe(1234 - 411);
    });

    it('refuses a vector of the wrong size with a message that names the fix', async () => {
      const ws = workspace();
      const wrong = record('w', new Float32Array(3), { workspaceId: ws });
      await expect(fixture.index.upsert([wrong])).rejects.toThrow(/has 3 dimensions but this index holds 8/);
    });
  });
}
