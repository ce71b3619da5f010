import type { ChunkInput } from '../../ports/store.js';
import { chunkBlocks, DEFAULT_CHUNK_OPTIONS, type ChunkOptions } from './chunk-document.js';
import { markdownBlocks } from './markdown-blocks.js';

export { DEFAULT_CHUNK_OPTIONS, type ChunkOptions } from './chunk-document.js';

/**
 * Chunks Markdown along its structure and in tokens (see {@link chunkBlocks}). Offsets point into
 * `text` exactly as given, so a citation can point at the exact place.
 */
export function chunkMarkdown(
  text: string,
  options: ChunkOptions = DEFAULT_CHUNK_OPTIONS,
): { title: string | undefined; chunks: ChunkInput[] } {
  const { title, blocks } = markdownBlocks(text);
  const documentBlocks = blocks.map((block) => ({
    ...block,
    text: text.slice(block.start, block.end),
    page: null,
  }));
  const chunks = chunkBlocks(text, documentBlocks, options).map(({ tokenCount: _tokens, ...chunk }) => chunk);
  return { title, chunks };
}
