import { formatBytes, type IngestLimits } from './ingest-limits.js';
import { ParseFailure } from './parse-failure.js';
import { readZipDirectory, verifyZipSizes, type ZipEntry } from './zip-directory.js';

export type ArchiveFormat = 'docx' | 'pptx';

/** Other ZIP-based formats people upload, with what to do instead. */
const OTHER_ARCHIVES: [test: (names: Set<string>) => boolean, advice: string][] = [
  [
    (n) => n.has('xl/workbook.xml'),
    'This is an Excel workbook, which is not supported; save the sheet as CSV and upload that.',
  ],
  [
    (n) => n.has('content.xml') && n.has('mimetype'),
    'This is an OpenDocument file, which is not supported; save it as DOCX or PDF and upload that.',
  ],
  [
    (n) => n.has('META-INF/container.xml'),
    'This is an EPUB book, which is not supported; convert it to PDF and upload that.',
  ],
];

/** What a ZIP-based upload holds, decided from entry names alone. */
export function archiveFormat(entries: ZipEntry[]): ArchiveFormat | { unsupported: string } {
  const names = new Set(entries.map((e) => e.name));
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('ppt/presentation.xml')) return 'pptx';
  for (const [test, advice] of OTHER_ARCHIVES) if (test(names)) return { unsupported: advice };
  return {
    unsupported: 'This is a ZIP archive, which is not supported; unpack it and upload the documents inside.',
  };
}

/**
 * Checks a DOCX/PPTX archive against the limits from its central directory before anything is
 * inflated (zip bombs), then verifies the declared sizes with capped inflation.
 */
export function inspectArchive(
  bytes: Uint8Array,
  limits: IngestLimits,
): { format: ArchiveFormat; entries: ZipEntry[] } {
  const entries = readZipDirectory(bytes);
  if (entries.length > limits.maxArchiveEntries) {
    throw new ParseFailure(
      'archive_too_large',
      `The document’s archive has ${entries.length} parts; the limit is ${limits.maxArchiveEntries}. Remove embedded files or split the document.`,
    );
  }
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes) {
    throw new ParseFailure(
      'archive_too_large',
      `The document unpacks to ${formatBytes(total)}; the limit is ${formatBytes(limits.maxUncompressedBytes)}. Remove large embedded media or split the document.`,
    );
  }
  if (entries.some((e) => e.encrypted)) {
    throw new ParseFailure(
      'encrypted',
      'The document is password-protected; remove the password and upload it again.',
    );
  }
  if (entries.some((e) => e.method !== 0 && e.method !== 8)) {
    throw new ParseFailure(
      'corrupt',
      'The document uses a compression method Tessera cannot read; save it again from Word or PowerPoint.',
    );
  }
  const format = archiveFormat(entries);
  if (typeof format !== 'string') throw new ParseFailure('unsupported_type', format.unsupported);
  verifyZipSizes(bytes, entries);
  return { format, entries };
}
