/** What a block of a document is; chunking keeps lists, tables and code whole where they fit. */
export type BlockKind = 'heading' | 'paragraph' | 'list' | 'table' | 'code';

/** A run of a document's canonical text with its place in the structure. */
export interface DocumentBlock {
  kind: BlockKind;
  /** Exactly `document.text.slice(start, end)`. */
  text: string;
  /** Headings in force where the block stands, outermost first (a heading block includes itself). */
  headingPath: string[];
  /** 1-based page (PDF) or slide (PPTX); null where the format has no pages. */
  page: number | null;
  start: number;
  end: number;
}

/**
 * Every format parses to this one shape. `text` is the canonical text of the document (for Markdown
 * and plain text the file itself, for other formats a plain rendering of their content); block and
 * chunk offsets point into it, so a citation can show the exact place.
 */
export interface ParsedDocument {
  title: string;
  mediaType: string;
  text: string;
  /** Pages or slides, for the formats that have them. */
  pageCount: number | null;
  blocks: DocumentBlock[];
  /** Things a person may want to know (skipped parts, low OCR confidence), never errors. */
  warnings: string[];
}
