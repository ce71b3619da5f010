import type { LexicalIndex, LexicalQuery, RetrievedChunk } from '../../ports/lexical-index.js';
import { queryTerms } from '../../services/retrieval/query-terms.js';
import type { SqliteDatabase } from './open-database.js';

interface ChunkHitRow {
  chunkId: string;
  documentId: string;
  documentTitle: string;
  filename: string | null;
  mediaType: string;
  url: string | null;
  text: string;
  headingPath: string;
  page: number | null;
  startOffset: number;
  endOffset: number;
  rank: number;
}

/**
 * Turns free text into an FTS5 query. Every term is quoted, so nothing a user types (quotes, `NEAR`,
 * `*`, column filters) is read as FTS5 syntax; terms are OR-ed and BM25 ranks passages matching more.
 */
export function toFtsQuery(text: string): string | undefined {
  const terms = queryTerms(text);
  if (terms.length === 0) return undefined;
  return terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(' OR ');
}

/** BM25 search over the FTS5 index that lives in the same SQLite file as the chunks. */
export class SqliteLexicalIndex implements LexicalIndex {
  // A match in the headings says the whole passage is about that word, so headings weigh more than body text.
  private readonly statement;

  constructor(db: SqliteDatabase) {
    this.statement = db.prepare(`
      SELECT c.id AS chunkId, c.document_id AS documentId, d.title AS documentTitle, d.filename,
             d.media_type AS mediaType, d.url, c.text, c.heading_path AS headingPath, c.page,
             c.start_offset AS startOffset, c.end_offset AS endOffset,
             bm25(chunks_fts, 1.0, 3.0) AS rank
      FROM chunks_fts
      JOIN chunks c ON c.rowid = chunks_fts.rowid
      JOIN documents d ON d.id = c.document_id
      WHERE chunks_fts MATCH ? AND c.workspace_id = ?
      ORDER BY rank
      LIMIT ?`);
  }

  async search(query: LexicalQuery): Promise<RetrievedChunk[]> {
    const match = toFtsQuery(query.text);
    if (!match) return [];
    const rows = this.statement.all(match, query.workspaceId, query.topK) as ChunkHitRow[];
    return rows.map(({ rank, headingPath, ...row }) => ({
      ...row,
      headingPath: JSON.parse(headingPath) as string[],
      // FTS5's bm25() is negative, lower is better; flip it so higher means more relevant.
      score: -rank,
    }));
  }
}
