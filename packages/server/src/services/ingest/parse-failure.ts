import type { DocumentChunk } from './chunk-document.js';
import type { ParsedDocument } from './parsed-document.js';

/** Why a file could not be read; stable codes for clients, a sentence for people. */
export type ParseFailureCode =
  | 'too_large'
  | 'unsupported_type'
  | 'type_mismatch'
  | 'archive_too_large'
  | 'too_many_pages'
  | 'corrupt'
  | 'encrypted'
  | 'empty'
  | 'timeout'
  | 'out_of_memory';

/**
 * A file that cannot be ingested. `message` is a full sentence naming what the person can do; raw
 * library errors never reach the caller (they may name internals or be unreadable).
 */
export class ParseFailure extends Error {
  override readonly name = 'ParseFailure';

  constructor(
    readonly code: ParseFailureCode,
    message: string,
  ) {
    super(message);
  }
}

export type ParseResult =
  /** `chunks` is present when chunking was asked for (see `ParserPool.parse`). */
  | { ok: true; document: ParsedDocument; chunks?: DocumentChunk[] }
  | { ok: false; code: ParseFailureCode; reason: string };

/** Turns anything thrown while parsing into a result; unknown errors become `corrupt` with `fallback`. */
export function toParseResult(error: unknown, fallback: string): ParseResult {
  if (error instanceof ParseFailure) return { ok: false, code: error.code, reason: error.message };
  return { ok: false, code: 'corrupt', reason: fallback };
}
