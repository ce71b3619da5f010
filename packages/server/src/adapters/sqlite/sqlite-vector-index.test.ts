import { describe, expect, it } from 'vitest';
import {
  axisVector,
  CONFORMANCE_DIMENSIONS,
  describeVectorIndexConformance,
} from '../../ports/vector-index.conformance.js';
import { openDatabase } from './open-database.js';
import { SqliteVectorIndex } from './sqlite-vector-index.js';

describeVectorIndexConformance('sqlite-vec', async () => {
  const db = openDatabase(':memory:');
  return {
    index: new SqliteVectorIndex(db, { dimensions: CONFORMANCE_DIMENSIONS }),
    close: async () => void db.close(),
  };
});

describe('SqliteVectorIndex', () => {
  it('rolls its vectors back with the surrounding transaction', async () => {
    const db = openDatabase(':memory:');
    const index = new SqliteVectorIndex(db, { dimensions: 8 });
    const write = db.transaction(() => {
      index.upsertInTransaction([
        {
          id: 'c',
          vector: axisVector(0),
          metadata: { workspaceId: 'w', documentId: 'd', collection: null, tags: [] },
        },
      ]);
      throw new Error('crash before commit');
    });
    expect(write).toThrow('crash before commit');
    expect((await index.stats('w')).vectorCount).toBe(0);
    db.close();
  });

  it('refuses to reuse a table made for another vector size', () => {
    const db = openDatabase(':memory:');
    new SqliteVectorIndex(db, { dimensions: 8, name: 'model_a' });
    expect(() => new SqliteVectorIndex(db, { dimensions: 16, name: 'model_a' })).toThrow(
      /another size or kind than float\[16\]/,
    );
    db.close();
  });
});

describeVectorIndexConformance('sqlite-vec, binary quantization with exact rescoring', async () => {
  const db = openDatabase(':memory:');
  return {
    index: new SqliteVectorIndex(db, {
      dimensions: CONFORMANCE_DIMENSIONS,
      quantization: 'binary',
      oversample: 50,
      maxCandidates: 500,
    }),
    close: async () => void db.close(),
  };
});
