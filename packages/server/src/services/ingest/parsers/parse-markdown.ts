import { cleanText } from '../clean-text.js';
import { MEDIA_TYPES } from '../document-format.js';
import { markdownBlocks } from '../markdown-blocks.js';
import type { DocumentBlock, ParsedDocument } from '../parsed-document.js';
import { titleFromName, type ParserInput } from './parser-input.js';

/** Markdown's canonical text is the file itself (cleaned), so citations point into what was uploaded. */
export function parseMarkdownText(source: string, fallbackTitle: string): ParsedDocument {
  const text = cleanText(source);
  const structure = markdownBlocks(text);
  const blocks: DocumentBlock[] = [
    ...structure.headings.map((h) => ({ kind: 'heading' as const, ...h })),
    ...structure.blocks,
  ]
    .sort((a, b) => a.start - b.start)
    .map(({ kind, start, end, headingPath }) => ({
      kind,
      text: text.slice(start, end),
      headingPath,
      page: null,
      start,
      end,
    }));
  return {
    title: structure.title ?? fallbackTitle,
    mediaType: MEDIA_TYPES.markdown,
    text,
    pageCount: null,
    blocks,
    warnings: [],
  };
}

export async function parseMarkdown(input: ParserInput): Promise<ParsedDocument> {
  return parseMarkdownText(input.text, titleFromName(input.name));
}
