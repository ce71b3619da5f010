import type { StructuredTextItem } from 'unpdf';

/** A line of text on a page, with the size of its largest glyphs. */
export interface PdfLine {
  text: string;
  y: number;
  fontSize: number;
}

/** A paragraph or heading rebuilt from lines. */
export interface PdfBlock {
  kind: 'heading' | 'paragraph';
  text: string;
  fontSize: number;
}

/**
 * Groups a page's text items into lines: an item starts a new line after an end-of-line mark or when
 * its baseline moves; a horizontal gap wider than a quarter of the font size becomes a space.
 */
export function pdfLines(items: StructuredTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: (PdfLine & { right: number }) | undefined;
  let breakNext = false;
  for (const item of items) {
    const size = Math.abs(item.fontSize) || item.height || 10;
    const sameLine = current && !breakNext && Math.abs(item.y - current.y) < size * 0.5;
    if (current && sameLine) {
      const gap = item.x - current.right;
      const needsSpace = gap > size * 0.25 && !current.text.endsWith(' ') && !item.str.startsWith(' ');
      current.text += (needsSpace ? ' ' : '') + item.str;
      current.right = item.x + item.width;
      current.fontSize = Math.max(current.fontSize, size);
    } else if (item.str.trim() || !current) {
      if (current) lines.push(current);
      current = { text: item.str, y: item.y, fontSize: size, right: item.x + item.width };
    }
    breakNext = item.hasEOL;
  }
  if (current) lines.push(current);
  return lines
    .map(({ text, y, fontSize }) => ({ text: text.replace(/\s+/g, ' ').trim(), y, fontSize }))
    .filter((line) => line.text !== '');
}

/** The font size most characters of the document use: the body text. */
export function bodyFontSize(pages: PdfLine[][]): number {
  const weight = new Map<number, number>();
  for (const line of pages.flat()) {
    const size = Math.round(line.fontSize * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + line.text.length);
  }
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

const isHeading = (line: PdfLine, body: number) =>
  line.fontSize >= body * 1.2 && line.text.length <= 150 && !/[.,;:]$/.test(line.text);

/**
 * Rebuilds paragraphs from lines: a vertical gap of more than 1.5 lines ends a paragraph, and a short
 * line set clearly larger than the body text is a heading.
 */
export function pdfBlocks(lines: PdfLine[], body: number): PdfBlock[] {
  const blocks: PdfBlock[] = [];
  let previous: PdfLine | undefined;
  for (const line of lines) {
    const heading = isHeading(line, body);
    const last = blocks.at(-1);
    const gap = previous ? Math.abs(previous.y - line.y) : Infinity;
    const continues =
      last &&
      previous &&
      gap <= Math.max(line.fontSize, previous.fontSize) * 1.5 &&
      (last.kind === 'heading') === heading;
    if (continues && last) {
      last.text += heading ? ` ${line.text}` : `\n${line.text}`;
    } else {
      blocks.push({ kind: heading ? 'heading' : 'paragraph', text: line.text, fontSize: line.fontSize });
    }
    previous = line;
  }
  return blocks;
}
