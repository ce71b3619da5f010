import { declaredFormat, FORMAT_LABELS, type DocumentFormat } from './document-format.js';
import { DEFAULT_INGEST_LIMITS, formatBytes, type IngestLimits } from './ingest-limits.js';
import { inspectArchive } from './inspect-archive.js';
import { ParseFailure, toParseResult, type ParseResult } from './parse-failure.js';
import type { Parser } from './parsers/parser-input.js';
import { resolveFormat } from './resolve-format.js';
import { sanitizeFilename } from './sanitize-filename.js';
import { sniffContent } from './sniff-content.js';

/** One file to parse, as received. */
export interface ParseRequest {
  bytes: Uint8Array;
  /** The name the file was uploaded with (any path is ignored). */
  filename?: string;
  /** The media type the uploader declared, if any. */
  mediaType?: string;
  limits?: Partial<IngestLimits>;
}

// Loaded on demand so a worker that never sees a PDF or an image never loads pdf.js or Tesseract.
const PARSERS: Record<DocumentFormat, () => Promise<Parser>> = {
  pdf: async () => (await import('./parsers/parse-pdf.js')).parsePdf,
  docx: async () => (await import('./parsers/parse-docx.js')).parseDocx,
  pptx: async () => (await import('./parsers/parse-pptx.js')).parsePptx,
  html: async () => (await import('./parsers/parse-html.js')).parseHtml,
  markdown: async () => (await import('./parsers/parse-markdown.js')).parseMarkdown,
  text: async () => (await import('./parsers/parse-text.js')).parseText,
  csv: async () => (await import('./parsers/parse-csv.js')).parseCsv,
  png: async () => (await import('./parsers/parse-image.js')).parseImage,
  jpeg: async () => (await import('./parsers/parse-image.js')).parseImage,
};

/** Refuses what is too big before anything else looks at it. */
export function checkSize(bytes: Uint8Array, limits: IngestLimits, name: string): void {
  if (bytes.byteLength === 0) throw new ParseFailure('empty', `The file ${name} is empty; upload it again.`);
  if (bytes.byteLength > limits.maxFileBytes) {
    throw new ParseFailure(
      'too_large',
      `The file ${name} is ${formatBytes(bytes.byteLength)}; the limit is ${formatBytes(limits.maxFileBytes)} per file. Split it or compress its images.`,
    );
  }
}

/**
 * Parses one uploaded file in this thread: size check, content sniffing, archive checks, then the
 * format's parser. Never throws: every failure is a result with a reason a person can act on.
 * Run it through {@link ParserPool} to get a deadline and memory isolation.
 */
export async function parseDocument(request: ParseRequest): Promise<ParseResult> {
  const limits = { ...DEFAULT_INGEST_LIMITS, ...request.limits };
  const name = sanitizeFilename(request.filename ?? '', 'the upload');
  let format: DocumentFormat | undefined;
  try {
    checkSize(request.bytes, limits, name);
    const content = await sniffContent(request.bytes);
    if (content.kind === 'unsupported') throw new ParseFailure('unsupported_type', content.reason);
    const archive =
      content.kind === 'binary' && content.format === 'zip'
        ? inspectArchive(request.bytes, limits).format
        : undefined;
    format = resolveFormat(content, archive, declaredFormat(request.filename, request.mediaType), name);
    const parser = await PARSERS[format]();
    const document = await parser({
      bytes: request.bytes,
      text: content.kind === 'text' ? content.text : '',
      name,
      limits,
    });
    if (!document.blocks.some((block) => block.kind !== 'heading')) {
      throw new ParseFailure('empty', `No text was found in ${name}; check that it is the right file.`);
    }
    return { ok: true, document };
  } catch (error) {
    const what = format ? FORMAT_LABELS[format] : 'a document';
    return toParseResult(
      error,
      `The file ${name} could not be read as ${what}; it may be damaged. Open it, save it again and upload the new copy.`,
    );
  }
}
