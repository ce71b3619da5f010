import { cleanText } from '../clean-text.js';
import { MEDIA_TYPES } from '../document-format.js';
import type { DocumentBlock, ParsedDocument } from '../parsed-document.js';
import { titleFromName, type ParserInput } from './parser-input.js';

/** Paragraphs are runs of lines that are not blank; found line by line so any input takes linear time. */
export function paragraphSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = -1;
  let end = -1;
  let offset = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed) {
      const lineStart = offset + line.indexOf(trimmed[0]!);
      if (start < 0) start = lineStart;
      end = offset + line.trimEnd().length;
    } else if (start >= 0) {
      spans.push({ start, end });
      start = -1;
    }
    offset += line.length + 1;
  }
  if (start >= 0) spans.push({ start, end });
  return spans;
}

/** Plain text: paragraphs are separated by blank lines; the canonical text is the file itself. */
export async function parseText(input: ParserInput): Promise<ParsedDocument> {
  const text = cleanText(input.text);
  const blocks: DocumentBlock[] = paragraphSpans(text).map(({ start, end }) => ({
    kind: 'paragraph',
    text: text.slice(start, end),
    headingPath: [],
    page: null,
    start,
    end,
  }));
  return {
    title: titleFromName(input.name),
    mediaType: MEDIA_TYPES.text,
    text,
    pageCount: null,
    blocks,
    warnings: [],
  };
}
