import { fileTypeFromBuffer } from 'file-type';
import { detectDelimiter } from './csv-shape.js';
import { decodeText } from './decode-text.js';

export type SniffedContent =
  | { kind: 'binary'; format: 'pdf' | 'png' | 'jpeg' | 'zip' }
  | { kind: 'text'; text: string; html: 'document' | 'fragment' | 'none'; table: boolean; markdown: boolean }
  | { kind: 'unsupported'; reason: string };

const SUPPORTED = 'Tessera reads PDF, DOCX, PPTX, HTML, Markdown, plain text, CSV, PNG and JPEG files.';

const ADVICE: Record<string, string> = {
  cfb: 'This is an older Office file (DOC, XLS or PPT) or a password-protected one; save it as DOCX or PPTX without a password and upload that.',
  gif: 'This is a GIF image; only PNG and JPEG images are read. Convert it to PNG and upload that.',
  webp: 'This is a WebP image; only PNG and JPEG images are read. Convert it to PNG and upload that.',
  tif: 'This is a TIFF image; only PNG and JPEG images are read. Convert it to PNG and upload that.',
  rtf: 'This is an RTF document, which is not supported; save it as DOCX or PDF and upload that.',
};

const HTML_DOCUMENT = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype\s+html|<html[\s>]|<head[\s>])/i;
const HTML_TAGS = /<(p|div|span|br|h[1-6]|ul|ol|li|table|a\s+href|body|section|article)[\s>/]/gi;
const MARKDOWN = /^(#{1,6}\s|```|~~~|\s{0,3}[-*+]\s|\s{0,3}\d+\.\s|>\s)|\[[^\]]+\]\([^)]+\)/m;

function describeText(text: string): SniffedContent {
  const head = text.slice(0, 8192);
  const tags = new Set((head.match(HTML_TAGS) ?? []).map((t) => t.toLowerCase()));
  const html = HTML_DOCUMENT.test(head) ? 'document' : tags.size >= 2 ? 'fragment' : 'none';
  return {
    kind: 'text',
    text,
    html,
    table: detectDelimiter(text) !== undefined,
    markdown: MARKDOWN.test(head),
  };
}

/**
 * Decides what a file holds from its bytes alone: magic numbers for binary formats (file-type, plus
 * ZIP recognised here so that nothing is inflated before the archive is checked), and decoding
 * plus a few heuristics for text.
 */
export async function sniffContent(bytes: Uint8Array): Promise<SniffedContent> {
  if (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5) &&
    (bytes[3] === 4 || bytes[3] === 6)
  ) {
    return { kind: 'binary', format: 'zip' };
  }
  // file-type reads only the first few KB; hand it a view so the whole file is not copied.
  const type = await fileTypeFromBuffer(bytes.subarray(0, 64 * 1024));
  if (type?.ext === 'pdf' || type?.ext === 'png') return { kind: 'binary', format: type.ext };
  if (type?.ext === 'jpg') return { kind: 'binary', format: 'jpeg' };
  const text = decodeText(bytes);
  if (text !== undefined && (!type || type.ext === 'xml')) {
    const described = describeText(text);
    if (type?.ext === 'xml' && described.kind === 'text' && described.html !== 'document') {
      return { kind: 'unsupported', reason: `This is an XML file, which is not supported. ${SUPPORTED}` };
    }
    return described;
  }
  if (type && ADVICE[type.ext]) return { kind: 'unsupported', reason: ADVICE[type.ext]! };
  if (type)
    return {
      kind: 'unsupported',
      reason: `This is a ${type.ext.toUpperCase()} file (${type.mime}), which is not supported. ${SUPPORTED}`,
    };
  return {
    kind: 'unsupported',
    reason: `The file’s content is not a format Tessera recognises. ${SUPPORTED}`,
  };
}
