import type { SearchFilter } from '../../ports/search-filter.js';
import type { SqliteDatabase } from './open-database.js';

const placeholders = (values: unknown[]) => values.map(() => '?').join(', ');

/**
 * The SQL of one sqlite-vec index: an item table mapping chunk ids to integer rowids (vec0 keys are
 * integers), a tag table, and the vec0 table itself.
 */
export function vectorTableSql(name: string, dimensions: number) {
  if (!/^[a-z0-9_]{1,48}$/.test(name)) {
    throw new Error(`The vector index name "${name}" may only hold lower-case letters, digits and underscores.`);
  }
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > 8192) {
    throw new Error(`Vector dimensions must be a whole number from 1 to 8192, not ${dimensions}.`);
  }
  const tables = { items: `vec_${name}_items`, tags: `vec_${name}_tags`, vectors: `vec_${name}` };
  return {
    tables,
    ensure(db: SqliteDatabase): void {
      const existing = db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(tables.vectors) as { sql: string } | undefined;
      if (existing && !existing.sql.includes(`float[${dimensions}]`)) {
        throw new Error(
          `The vector table ${tables.vectors} holds vectors of another size than ${dimensions}; give this embedding model its own index name or re-create the table.`,
        );
      }
      db.exec(`
        CREATE TABLE IF NOT EXISTS ${tables.items} (
          rowid INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          workspace_id TEXT NOT NULL,
          document_id TEXT NOT NULL
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
          embedding float[${dimensions}] distance_metric=cosine,
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
        tags && `AND rowid IN (SELECT item FROM ${tables.tags} WHERE workspace_id = ? AND tag IN (${placeholders(tags)}))`,
      ]
        .filter(Boolean)
        .join(' ');
      const sql = `
        WITH nearest AS (
          SELECT rowid, distance FROM ${tables.vectors}
          WHERE embedding MATCH ? AND k = ? AND workspace_id = ? ${where}
        )
        SELECT i.id AS id, i.document_id AS documentId, nearest.distance AS distance
        FROM nearest JOIN ${tables.items} i ON i.rowid = nearest.rowid
        ORDER BY nearest.distance`;
      const params = (workspaceId: string) => [...(collections ?? []), ...(documents ?? []), ...(tags ? [workspaceId, ...tags] : [])];
      return { sql, params };
    },
  };
}
