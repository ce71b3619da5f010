import type { IngestLimits } from '../ingest-limits.js';
import type { ParsedDocument } from '../parsed-document.js';

/** What every parser receives once the format is decided. */
export interface ParserInput {
  bytes: Uint8Array;
  /** The decoded text, for text formats; empty for binary ones. */
  text: string;
  /** The sanitized file name, used as a fallback title and in messages. */
  name: string;
  limits: IngestLimits;
}

export type Parser = (input: ParserInput) => Promise<ParsedDocument>;

/** `Quarterly report.final.pdf` → `Quarterly report.final`. */
export function titleFromName(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name) || 'Untitled document';
}
