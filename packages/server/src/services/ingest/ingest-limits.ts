/** Bounds that keep one hostile or huge file from exhausting the server. */
export interface IngestLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Largest total uncompressed size of a DOCX/PPTX archive (zip bombs), in bytes. */
  maxUncompressedBytes: number;
  /** Most entries in a DOCX/PPTX archive. */
  maxArchiveEntries: number;
  /** Most pages (PDF) or slides (PPTX). */
  maxPages: number;
  /** Most data rows in a CSV file. */
  maxRows: number;
  /** Most pixels in an image sent to OCR (a tiny PNG can declare a gigantic canvas). */
  maxImagePixels: number;
  /** How long one file may take to parse before its worker is stopped, in milliseconds. */
  parseTimeoutMs: number;
}

export const DEFAULT_INGEST_LIMITS: IngestLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxArchiveEntries: 10_000,
  maxPages: 2_000,
  maxRows: 200_000,
  maxImagePixels: 40_000_000,
  parseTimeoutMs: 120_000,
};

/** `1536` → `1.5 KB`, for messages people read. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
