import type { LexicalIndex, LexicalQuery, RetrievedChunk } from '../../ports/lexical-index.js';
import type { TextSpan } from '../../ports/search-filter.js';
import { queryTerms } from '../../services/retrieval/query-terms.js';
import { CHUNK_COLUMNS, toRetrievedChunk, type ChunkRow } from './knowledge-rows.js';
import type { SqliteDatabase } from './open-database.js';

/**
 * Turns free text into an FTS5 query. Every term is quoted, so nothing a user types (quotes, `NEAR`,
 * `*`, column filters) is read as FTS5 syntax; terms are OR-ed and BM25 ranks passages matching more.
 */
export function toFtsQuery(text: string): string | undefined {
  const terms = queryTerms(text);
  if (terms.length === 0) return undefined;
  return terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(' OR ');
}

const START = '\u0001';
const END = '\u0002';

/** Spans of FTS5 `highlight()` output; undefined if the markers do not describe `text` (it held them). */
export function markerSpans(marked: string, text: string): TextSpan[] | undefined {
  const spans: TextSpan[] = [];
  let plain = '';
  let open = -1;
  for (const char of marked) {
    if (char === START) open = plain.length;
    else if (char === END && open >= 0) {
      spans.push({ start: open, end: plain.length });
      open = -1;
    } else plain += char;
  }
  return plain === text ? spans : undefined;
}

export interface SqliteLexicalIndexOptions {
  /** BM25 weight of a chunk's headings against its text (1). Headings say what a passage is about. */
  headingWeight?: number;
}

/** BM25 search over the FTS5 index that lives in the same SQLite file as the chunks. */
export class SqliteLexicalIndex implements LexicalIndex {
  private readonly ranked;
  private readonly details;
  private readonly highlighted;

  constructor(db: SqliteDatabase, options: SqliteLexicalIndexOptions = {}) {
    // Ranking selects only rowids, so the sort holds no text; details are read for the top k only.
    this.ranked = db.prepare(`
      SELECT c.rowid AS rowid, bm25(chunks_fts, 1.0, ${Number(options.headingWeight ?? 3)}) AS rank
      FROM chunks_fts JOIN chunks c ON c.rowid = chunks_fts.rowid
      WHERE chunks_fts MATCH @match AND c.workspace_id = @workspace
        AND (@collections IS NULL OR c.document_id IN (
          SELECT id FROM documents WHERE workspace_id = @workspace AND collection IN (SELECT value FROM json_each(@collections))))
        AND (@documents IS NULL OR c.document_id IN (SELECT value FROM json_each(@documents)))
        AND (@tags IS NULL OR c.document_id IN (
          SELECT document_id FROM document_tags WHERE workspace_id = @workspace AND tag IN (SELECT value FROM json_each(@tags))))
      ORDER BY rank
      LIMIT @limit`);
    this.details = db.prepare(`
      SELECT c.rowid AS rowid, ${CHUNK_COLUMNS}
      FROM chunks c JOIN documents d ON d.id = c.document_id
      WHERE c.rowid IN (SELECT value FROM json_each(?))`);
    this.highlighted = db.prepare(`
      SELECT rowid, highlight(chunks_fts, 0, char(1), char(2)) AS marked
      FROM chunks_fts WHERE chunks_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))`);
  }

  async search(query: LexicalQuery): Promise<RetrievedChunk[]> {
    const match = toFtsQuery(query.text);
    if (!match || query.topK <= 0) return [];
    const list = (values: string[] | undefined) => (values?.length ? JSON.stringify(values) : null);
    const ranked = this.ranked.all({
      match,
      workspace: query.workspaceId,
      collections: list(query.filter?.collections),
      documents: list(query.filter?.documentIds),
      tags: list(query.filter?.tags),
      limit: query.topK,
    }) as { rowid: number; rank: number }[];
    if (ranked.length === 0) return [];
    const rowids = JSON.stringify(ranked.map((r) => r.rowid));
    const details = new Map(
      (this.details.all(rowids) as (ChunkRow & { rowid: number })[]).map((row) => [row.rowid, row]),
    );
    const marks = new Map(
      (this.highlighted.all(match, rowids) as { rowid: number; marked: string }[]).map((row) => [
        row.rowid,
        row.marked,
      ]),
    );
    return ranked.flatMap(({ rowid, rank }) => {
      const row = details.get(rowid);
      if (!row) return [];
      const { rowid: _rowid, ...chunk } = row;
      const highlights = markerSpans(marks.get(rowid) ?? '', chunk.text);
      // FTS5's bm25() is negative, lower is better; flip it so higher means more relevant.
      return [{ ...toRetrievedChunk(chunk, -rank), ...(highlights ? { highlights } : {}) }];
    });
  }
}
