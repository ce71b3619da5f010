import mammoth from 'mammoth';
import { DocumentBuilder } from '../document-builder.js';
import { MEDIA_TYPES } from '../document-format.js';
import type { ParsedDocument } from '../parsed-document.js';
import { parseHtmlDocument } from './dom-node.js';
import { htmlBlocks } from './html-blocks.js';
import { titleFromName, type ParserInput } from './parser-input.js';

// Images carry no text here; dropping them keeps mammoth from base64-encoding every picture.
const NO_IMAGES = mammoth.images.imgElement(async () => ({ src: '' }));

/**
 * A Word document through mammoth's semantic HTML (headings from paragraph styles, lists, tables),
 * walked like a web page. The archive has been checked for size before this runs.
 */
export async function parseDocx(input: ParserInput): Promise<ParsedDocument> {
  const buffer = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  const { value: html } = await mammoth.convertToHtml(
    { buffer },
    { convertImage: NO_IMAGES, externalFileAccess: false, ignoreEmptyParagraphs: true },
  );
  const document = parseHtmlDocument(`<!doctype html><html><body>${html}</body></html>`);
  const builder = new DocumentBuilder();
  if (document.body) htmlBlocks(document.body, builder);
  const parsed = builder.build({ title: titleFromName(input.name), mediaType: MEDIA_TYPES.docx });
  const firstHeading = parsed.blocks.find((b) => b.kind === 'heading');
  return firstHeading && parsed.blocks.indexOf(firstHeading) === 0
    ? { ...parsed, title: firstHeading.text }
    : parsed;
}
