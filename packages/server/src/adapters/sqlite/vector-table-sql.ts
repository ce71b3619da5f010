import type { SearchFilter } from '../../ports/search-filter.js';
import type { SqliteDatabase } from './open-database.js';

const placeholders = (values: unknown[]) => values.map(() => '?').join(', ');

/** `float`: exact cosine KNN. `binary`: 1-bit codes scanned by Hamming distance, then rescored exactly. */
export type VectorQuantization = 'float' | 'binary';

/**
 * The SQL of one sqlite-vec index: an item table mapping chunk ids to integer rowids (vec0 keys are
 * integers; with binary quantization it also keeps the float vector for rescoring), a tag table,
 * and the vec0 table itself.
 */
export function vectorTableSql(name: string, dimensions: number, quantization: VectorQuantization = 'float') {
  if (!/^[a-z0-9_]{1,48}$/.test(name)) {
    throw new Error(
      `The vector index name "${name}" may only hold lower-case letters, digits and underscores.`,
    );
  }
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > 8192) {
    throw new Error(`Vector dimensions must be a whole number from 1 to 8192, not ${dimensions}.`);
  }
  const binary = quantization === 'binary';
  if (binary && dimensions % 8 !== 0) {
    throw new Error(
      `Binary quantization needs dimensions divisible by 8, not ${dimensions}; use float vectors for this model.`,
    );
  }
  const column = binary ? `bit[${dimensions}]` : `float[${dimensions}] distance_metric=cosine`;
  const tables = { items: `vec_${name}_items`, tags: `vec_${name}_tags`, vectors: `vec_${name}` };
  return {
    tables,
    ensure(db: SqliteDatabase): void {
      const existing = db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(tables.vectors) as
        { sql: string } | undefined;
      if (existing && !existing.sql.includes(column.split(' ')[0]!)) {
        throw new Error(
          `The vector table ${tables.vectors} holds vectors of another size or kind than ${column.split(' ')[0]}; give this embedding model its own index name or re-create the table.`,
        );
      }
      db.exec(`
        CREATE TABLE IF NOT EXISTS ${tables.items} (
          rowid INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          workspace_id TEXT NOT NULL,
          document_id TEXT NOT NULL${binary ? ', vector BLOB NOT NULL' : ''}
        );
        CREATE INDEX IF NOT EXISTS ${tables.items}_document ON ${tables.items}(workspace_id, document_id);
        CREATE TABLE IF NOT EXISTS ${tables.tags} (
          workspace_id TEXT NOT NULL,
          tag TEXT NOT NULL,
          item INTEGER NOT NULL,
          PRIMARY KEY (workspace_id, tag, item)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS ${tables.tags}_item ON ${tables.tags}(item);
        CREATE VIRTUAL TABLE IF NOT EXISTS ${tables.vectors} USING vec0(
          workspace_id text partition key,
          embedding ${column},
          document_id text,
          collection text
        );`);
    },
    /** A KNN query for a filter shape; `params` yields the filter values after vector, k and workspace. */
    knn(filter: SearchFilter) {
      const collections = filter.collections?.length ? filter.collections : undefined;
      const documents = filter.documentIds?.length ? filter.documentIds : undefined;
      const tags = filter.tags?.length ? filter.tags : undefined;
      const where = [
        collections && `AND collection IN (${placeholders(collections)})`,
        documents && `AND document_id IN (${placeholders(documents)})`,
        tags &&
          `AND rowid IN (SELECT item FROM ${tables.tags} WHERE workspace_id = ? AND tag IN (${placeholders(tags)}))`,
      ]
        .filter(Boolean)
        .join(' ');
      const sql = `
        WITH nearest AS (
          SELECT rowid, distance FROM ${tables.vectors}
          WHERE embedding MATCH ${binary ? 'vec_quantize_binary(?)' : '?'} AND k = ? AND workspace_id = ? ${where}
        )
        SELECT i.id AS id, i.document_id AS documentId, nearest.distance AS distance${binary ? ', i.vector AS vector' : ''}
        FROM nearest JOIN ${tables.items} i ON i.rowid = nearest.rowid
        ORDER BY nearest.distance`;
      const params = (workspaceId: string) => [
        ...(collections ?? []),
        ...(documents ?? []),
        ...(tags ? [workspaceId, ...tags] : []),
      ];
      return { sql, params };
    },
  };
}
