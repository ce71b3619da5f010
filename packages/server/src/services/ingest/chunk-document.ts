import type { ChunkInput } from '../../ports/store.js';
import type { BlockKind, DocumentBlock, ParsedDocument } from './parsed-document.js';
import { LINE_END, SENTENCE_END, splitSpan, WORD_END, type Span } from './text-spans.js';
import { tokenCounter, type TokenCounter } from './token-counter.js';

export interface ChunkOptions {
  /** Largest chunk, in tokens of `counter`. */
  maxTokens: number;
  /** Tokens of the previous chunk's end repeated at the start of the next one in the same section. */
  overlapTokens?: number;
  /** Defaults to tiktoken cl100k_base. */
  counter?: TokenCounter;
}

/**
 * Chosen on the SQuAD dev split (bench/quality.mjs --sweep, bench/RESULTS.md): 384 tokens with a
 * 32-token overlap had the best recall@1 of the gold paragraph; larger chunks only raise recall@5/10
 * by covering more text, at the price of longer prompts.
 */
export const DEFAULT_CHUNK_OPTIONS: ChunkOptions = { maxTokens: 384, overlapTokens: 32 };

export interface DocumentChunk extends ChunkInput {
  /** Tokens in the chunk, an upper bound that is exact for single-block chunks. */
  tokenCount: number;
}

interface Unit extends Span {
  tokens: number;
  kind: Exclude<BlockKind, 'heading'>;
  headingPath: string[];
  page: number | null;
}

/** Whitespace between two units counts as one token; BPE usually merges it into the next word. */
const GAP = 1;

/** Pieces of an over-long span, each within budget: sentences (or lines), then words, then characters. */
function refine(
  text: string,
  span: Span,
  level: number,
  budget: number,
  counter: TokenCounter,
): (Span & { tokens: number })[] {
  const tokens = counter.count(text.slice(span.start, span.end));
  if (tokens <= budget) return [{ ...span, tokens }];
  if (level === 0 || level === 1) {
    const boundary = level === 0 ? SENTENCE_END : WORD_END;
    const pieces = splitSpan(text, span.start, span.end, boundary);
    if (pieces.length > 1) return pieces.flatMap((piece) => refine(text, piece, level + 1, budget, counter));
    return refine(text, span, level + 1, budget, counter);
  }
  // One unbroken run longer than the budget (base64, a hash list…): BPE is slow on such runs, and a
  // token is at least one UTF-8 byte, so windows of `budget` bytes fit without being encoded.
  const out: (Span & { tokens: number })[] = [];
  let start = span.start;
  let bytes = 0;
  for (let at = span.start; at < span.end;) {
    const code = text.codePointAt(at)!;
    const width = code > 0xffff ? 2 : 1;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (bytes + size > budget && at > start) {
      out.push({ start, end: at, tokens: bytes });
      start = at;
      bytes = 0;
    }
    bytes += size;
    at += width;
  }
  out.push({ start, end: span.end, tokens: bytes });
  return out;
}

function unitsOf(text: string, block: DocumentBlock, options: Required<ChunkOptions>): Unit[] {
  const base = { kind: block.kind as Unit['kind'], headingPath: block.headingPath, page: block.page };
  const tokens = options.counter.count(block.text);
  if (tokens <= options.maxTokens) return [{ ...base, start: block.start, end: block.end, tokens }];
  // Code and tables break at line ends; prose at sentence ends.
  const lines = block.kind === 'code' || block.kind === 'table' ? LINE_END : SENTENCE_END;
  return splitSpan(text, block.start, block.end, lines).flatMap((piece) =>
    refine(text, piece, 1, options.maxTokens, options.counter).map((span) => ({ ...base, ...span })),
  );
}

/** Where the next chunk starts so it repeats the previous chunk's last sentences (same section only). */
function overlapStart(
  text: string,
  previous: Unit[],
  budget: number,
  counter: TokenCounter,
): { start: number; tokens: number } | undefined {
  let tokens = 0;
  let start: number | undefined;
  for (const unit of [...previous].reverse()) {
    if (unit.kind === 'code' || unit.kind === 'table') break;
    const sentences = splitSpan(text, unit.start, unit.end, SENTENCE_END).reverse();
    for (const sentence of sentences) {
      const count = counter.count(text.slice(sentence.start, sentence.end)) + GAP;
      if (tokens + count > budget) return start === undefined ? undefined : { start, tokens };
      tokens += count;
      start = sentence.start;
    }
  }
  return start === undefined ? undefined : { start, tokens };
}

const sectionOf = (unit: Unit) => `${unit.page ?? ''}\u0000${unit.headingPath.join('\u0000')}`;

/**
 * Chunks blocks of `text` by structure and token budget: units (whole blocks, or the sentences,
 * lines or words of a block too big for one chunk) of one section are packed up to `maxTokens`; a
 * chunk never spans two sections or pages, so its heading path and page are exact. Consecutive
 * chunks of a section share up to `overlapTokens` of sentences. Chunk text is always the original
 * text between its offsets.
 */
export function chunkBlocks(
  text: string,
  blocks: DocumentBlock[],
  options: ChunkOptions = DEFAULT_CHUNK_OPTIONS,
): DocumentChunk[] {
  const settings: Required<ChunkOptions> = { overlapTokens: 0, counter: tokenCounter(), ...options };
  const units = blocks.filter((b) => b.kind !== 'heading').flatMap((b) => unitsOf(text, b, settings));
  const chunks: DocumentChunk[] = [];
  let members: Unit[] = [];
  let start = 0;
  let tokens = 0;
  const emit = () => {
    const first = members[0];
    if (!first) return;
    const end = members.at(-1)!.end;
    chunks.push({
      text: text.slice(start, end),
      headingPath: first.headingPath,
      page: first.page,
      startOffset: start,
      endOffset: end,
      tokenCount: tokens,
    });
  };
  for (const unit of units) {
    const sameSection = members.length > 0 && sectionOf(members[0]!) === sectionOf(unit);
    if (sameSection && tokens + GAP + unit.tokens <= settings.maxTokens) {
      members.push(unit);
      tokens += GAP + unit.tokens;
      continue;
    }
    emit();
    const seed =
      sameSection && settings.overlapTokens > 0
        ? overlapStart(text, members, settings.overlapTokens, settings.counter)
        : undefined;
    const fits = seed && seed.tokens + unit.tokens <= settings.maxTokens;
    start = fits ? seed.start : unit.start;
    tokens = fits ? seed.tokens + unit.tokens : unit.tokens;
    members = [unit];
  }
  emit();
  return chunks;
}

/** Chunks a parsed document; see {@link chunkBlocks}. */
export function chunkDocument(
  document: ParsedDocument,
  options: ChunkOptions = DEFAULT_CHUNK_OPTIONS,
): DocumentChunk[] {
  return chunkBlocks(document.text, document.blocks, options);
}
