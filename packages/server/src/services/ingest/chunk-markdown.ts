import type { ChunkInput } from '../../ports/store.js';
import { markdownBlocks, type MarkdownBlock } from './markdown-blocks.js';

export interface ChunkOptions {
  /** Largest chunk, in estimated tokens. */
  maxTokens: number;
}

export const DEFAULT_CHUNK_OPTIONS: ChunkOptions = { maxTokens: 220 };

/** English text averages about four characters per token; close enough to size chunks. */
const estimateTokens = (chars: number) => Math.ceil(chars / 4);

/** Splits one over-long block at sentence ends so no chunk exceeds the budget. */
function splitLongBlock(text: string, block: MarkdownBlock, maxChars: number): MarkdownBlock[] {
  const pieces: MarkdownBlock[] = [];
  let start = block.start;
  while (block.end - start > maxChars) {
    const window = text.slice(start, start + maxChars);
    const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'));
    const cut = sentenceEnd > maxChars / 3 ? sentenceEnd + 1 : window.lastIndexOf(' ') + 1 || maxChars;
    pieces.push({ start, end: start + cut, headingPath: block.headingPath });
    start += cut;
    while (text[start] === ' ' || text[start] === '\n') start++;
  }
  if (start < block.end) pieces.push({ start, end: block.end, headingPath: block.headingPath });
  return pieces;
}

/**
 * Chunks Markdown along its structure: blocks of one section are packed together up to the token
 * budget, and a chunk never spans two sections, so its heading path is exact. The chunk text is the
 * original text between its offsets, so a citation can point at the exact place.
 */
export function chunkMarkdown(
  text: string,
  options: ChunkOptions = DEFAULT_CHUNK_OPTIONS,
): { title: string | undefined; chunks: ChunkInput[] } {
  const { title, blocks } = markdownBlocks(text);
  const maxChars = options.maxTokens * 4;
  const chunks: ChunkInput[] = [];
  let current: MarkdownBlock | undefined;
  const emit = () => {
    if (!current) return;
    chunks.push({
      text: text.slice(current.start, current.end),
      headingPath: current.headingPath,
      page: null,
      startOffset: current.start,
      endOffset: current.end,
    });
    current = undefined;
  };
  for (const block of blocks.flatMap((b) =>
    b.end - b.start > maxChars ? splitLongBlock(text, b, maxChars) : [b],
  )) {
    const sameSection = current && current.headingPath.join('\n') === block.headingPath.join('\n');
    if (current && sameSection && estimateTokens(block.end - current.start) <= options.maxTokens) {
      current = { ...current, end: block.end };
    } else {
      emit();
      current = { ...block };
    }
  }
  emit();
  return { title, chunks };
}
