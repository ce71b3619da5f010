import { inflateRawSync } from 'node:zlib';
import { ParseFailure } from './parse-failure.js';

/** One file of a ZIP archive as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const corrupt = () =>
  new ParseFailure(
    'corrupt',
    'The file looks like a ZIP-based document but its index is damaged; save it again from the program that made it.',
  );

const u16 = (view: DataView, at: number) => view.getUint16(at, true);
const u32 = (view: DataView, at: number) => view.getUint32(at, true);
const u64 = (view: DataView, at: number) => Number(view.getBigUint64(at, true));

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) if (u32(view, at) === EOCD) return at;
  throw corrupt();
}

/**
 * Reads a ZIP's central directory without inflating anything, so sizes and counts can be checked
 * before a single byte is decompressed. ZIP64 archives are understood.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.byteLength < 22) throw corrupt();
  const end = findEndOfDirectory(view);
  let count = u16(view, end + 10);
  let offset = u32(view, end + 16);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && u32(view, end - 20) === ZIP64_LOCATOR) {
    const record = u64(view, end - 12);
    if (record + 56 > view.byteLength || u32(view, record) !== ZIP64_EOCD) throw corrupt();
    count = u64(view, record + 32);
    offset = u64(view, record + 48);
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || u32(view, at) !== CENTRAL_HEADER) throw corrupt();
    const nameLength = u16(view, at + 28);
    const extraLength = u16(view, at + 30);
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(view, at + 10),
      encrypted: (u16(view, at + 8) & 1) === 1,
      compressedSize: u32(view, at + 20),
      uncompressedSize: u32(view, at + 24),
      localHeaderOffset: u32(view, at + 42),
    };
    readZip64Extra(view, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + u16(view, at + 32);
  }
  return entries;
}

/** Sizes too large for 32 bits are 0xffffffff in the header and the real values sit in extra field 1. */
function readZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  for (let at = start; at + 4 <= start + length;) {
    const id = u16(view, at);
    const size = u16(view, at + 2);
    if (id === 1) {
      let field = at + 4;
      for (const key of ['uncompressedSize', 'compressedSize', 'localHeaderOffset'] as const) {
        if (entry[key] !== 0xffffffff) continue;
        if (field + 8 > at + 4 + size) throw corrupt();
        entry[key] = u64(view, field);
        field += 8;
      }
    }
    at += 4 + size;
  }
}

/** The compressed bytes of one entry (after its local header). */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > view.byteLength || u32(view, at) !== LOCAL_HEADER) throw corrupt();
  const start = at + 30 + u16(view, at + 26) + u16(view, at + 28);
  if (start + entry.compressedSize > view.byteLength) throw corrupt();
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * Proves the directory tells the truth: every entry is inflated with its declared size as a hard
 * output cap, so an archive that lies about its sizes fails here instead of filling memory later.
 */
export function verifyZipSizes(bytes: Uint8Array, entries: ZipEntry[]): void {
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const data = entryData(bytes, entry);
    let size: number;
    try {
      size =
        entry.method === 0
          ? data.length
          : inflateRawSync(data, { maxOutputLength: Math.max(entry.uncompressedSize, 1) }).length;
    } catch {
      throw new ParseFailure(
        'archive_too_large',
        'The document’s archive holds more data than it declares, as zip bombs do; it was not opened. Save it again from the program that made it.',
      );
    }
    if (size !== entry.uncompressedSize) throw corrupt();
  }
}
