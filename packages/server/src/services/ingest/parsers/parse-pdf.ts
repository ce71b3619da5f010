import { extractTextItems, getDocumentProxy, getMeta } from 'unpdf';
import { DocumentBuilder } from '../document-builder.js';
import { MEDIA_TYPES } from '../document-format.js';
import { ParseFailure } from '../parse-failure.js';
import type { ParsedDocument } from '../parsed-document.js';
import { bodyFontSize, pdfBlocks, pdfLines } from './pdf-layout.js';
import { titleFromName, type ParserInput } from './parser-input.js';

async function openPdf(bytes: Uint8Array) {
  try {
    // A copy: pdf.js takes ownership of (and may detach) the buffer it is given.
    return await getDocumentProxy(new Uint8Array(bytes), {
      verbosity: 0,
      isEvalSupported: false,
      stopAtErrors: true,
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') {
      throw new ParseFailure(
        'encrypted',
        'The PDF is password-protected; remove the password and upload it again.',
      );
    }
    throw new ParseFailure(
      'corrupt',
      'The PDF is damaged or incomplete (perhaps cut off while downloading); download or export it again and upload the new copy.',
    );
  }
}

/** Heading levels from sizes: the largest heading size is level 1, the next level 2, and so on. */
function headingLevels(sizes: number[]): Map<number, number> {
  const distinct = [...new Set(sizes.map((s) => Math.round(s)))].sort((a, b) => b - a);
  return new Map(distinct.map((size, index) => [size, Math.min(index + 1, 6)]));
}

/** A PDF's text page by page, with paragraphs and size-based headings rebuilt from the layout. */
export async function parsePdf(input: ParserInput): Promise<ParsedDocument> {
  const pdf = await openPdf(input.bytes);
  try {
    if (pdf.numPages > input.limits.maxPages) {
      throw new ParseFailure(
        'too_many_pages',
        `The PDF has ${pdf.numPages} pages; the limit is ${input.limits.maxPages}. Split it into smaller files.`,
      );
    }
    const { items } = await extractTextItems(pdf);
    const pages = items.map(pdfLines);
    const body = bodyFontSize(pages);
    const blocks = pages.map((lines) => pdfBlocks(lines, body));
    const levels = headingLevels(
      blocks
        .flat()
        .filter((b) => b.kind === 'heading')
        .map((b) => b.fontSize),
    );
    const builder = new DocumentBuilder();
    blocks.forEach((pageBlocks, index) => {
      for (const block of pageBlocks) {
        if (block.kind === 'heading')
          builder.heading(levels.get(Math.round(block.fontSize)) ?? 1, block.text, index + 1);
        else builder.add('paragraph', block.text, index + 1);
      }
    });
    const { info } = await getMeta(pdf).catch(() => ({ info: {} as Record<string, unknown> }));
    const metaTitle = typeof info['Title'] === 'string' ? info['Title'].trim() : '';
    if (builder.blockCount === 0) {
      throw new ParseFailure(
        'empty',
        'The PDF has no text layer (it is probably a scan); run it through OCR or upload its pages as PNG or JPEG images.',
      );
    }
    return builder.build({
      title: metaTitle || titleFromName(input.name),
      mediaType: MEDIA_TYPES.pdf,
      pageCount: pdf.numPages,
    });
  } finally {
    await pdf.destroy();
  }
}
