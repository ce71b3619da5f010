import type { Token } from 'marked';
import { guard } from 'lit/directives/guard.js';
import type { MarkdownContext } from './markdown-context.js';
import { renderBlock } from './render-block.js';

/**
 * Renders top-level blocks, each behind a `guard` on its source text: while an answer streams, the
 * blocks that are done are not rendered again (their DOM stays as it is), and only the growing last
 * block is. Parts are matched by position, which is stable because the text only grows.
 */
export function renderMarkdown(blocks: readonly Token[], context: MarkdownContext): unknown[] {
  return blocks.map((block) => guard([block.raw, context.version], () => renderBlock(block, context)));
}
