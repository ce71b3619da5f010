import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../testing/fixtures/write-office.js';
import { writePdf } from '../../testing/fixtures/write-pdf.js';
import { renderTextPng } from '../../testing/fixtures/write-png.js';
import { writeZip } from '../../testing/fixtures/write-zip.js';
import { parseDocument, type ParseRequest } from './parse-document.js';

const text = (value: string) => new TextEncoder().encode(value);
const failure = async (request: ParseRequest) => {
  const result = await parseDocument(request);
  if (result.ok) throw new Error('Expected the parse to fail.');
  return result;
};

describe('parseDocument: the content decides the type', () => {
  it('reads a PDF named .docx as a mismatch and says how to fix it', async () => {
    const result = await failure({ bytes: writePdf([['Hello']]), filename: 'report.docx' });
    expect(result.code).toBe('type_mismatch');
    expect(result.reason).toBe(
      'The file report.docx is named as a Word document (DOCX) but holds a PDF; rename it .pdf or upload the file you meant.',
    );
  });

  it('refuses text named as a PDF, and a PNG declared as JPEG by media type', async () => {
    expect((await failure({ bytes: text('just words'), filename: 'scan.pdf' })).reason).toContain(
      'holds text; rename it .txt',
    );
    const png = renderTextPng(['HI']);
    expect((await failure({ bytes: png, filename: 'photo', mediaType: 'image/jpeg' })).code).toBe(
      'type_mismatch',
    );
  });

  it('refuses a full HTML page named .md and a .csv without columns', async () => {
    const page = text('<!DOCTYPE html><html><body><p>Hi</p></body></html>');
    expect((await failure({ bytes: page, filename: 'notes.md' })).reason).toContain('rename it .html');
    expect((await failure({ bytes: text('one line\nanother line'), filename: 'data.csv' })).code).toBe(
      'type_mismatch',
    );
  });

  it('sniffs the format when the name says nothing', async () => {
    const result = await parseDocument({ bytes: writePdf([['Untitled upload']]), filename: 'upload' });
    expect(result.ok && result.document.mediaType).toBe('application/pdf');
    const markdown = await parseDocument({ bytes: text('# Title\n\nBody'), filename: 'README' });
    expect(markdown.ok && markdown.document.mediaType).toBe('text/markdown');
  });

  it('names unsupported formats and what to convert them to', async () => {
    const gif = new Uint8Array([...text('GIF89a'), 1, 0, 1, 0, 0, 0, 0]);
    expect((await failure({ bytes: gif, filename: 'a.gif' })).reason).toContain('Convert it to PNG');
    const xlsx = writeZip([
      { name: '[Content_Types].xml', data: text('<Types/>') },
      { name: 'xl/workbook.xml', data: text('<workbook/>') },
    ]);
    expect((await failure({ bytes: xlsx, filename: 'sheet.xlsx' })).reason).toContain(
      'save the sheet as CSV',
    );
    const binary = new Uint8Array(64).map((_, i) => (i * 37) % 256);
    expect((await failure({ bytes: binary, filename: 'blob.bin' })).code).toBe('unsupported_type');
  });
});

describe('parseDocument: hostile and broken files', () => {
  it('refuses an oversized file before looking inside and an empty one', async () => {
    const big = await failure({
      bytes: new Uint8Array(2048),
      filename: 'big.txt',
      limits: { maxFileBytes: 1024 },
    });
    expect(big).toEqual({
      ok: false,
      code: 'too_large',
      reason: 'The file big.txt is 2.0 KB; the limit is 1.0 KB per file. Split it or compress its images.',
    });
    expect((await failure({ bytes: new Uint8Array(0), filename: 'empty.txt' })).code).toBe('empty');
  });

  it('reports a truncated PDF as damaged, never with the library error', async () => {
    const pdf = writePdf([['A complete sentence on the first page.'], ['And a second page.']]);
    const result = await failure({
      bytes: pdf.subarray(0, Math.floor(pdf.length * 0.6)),
      filename: 'cut.pdf',
    });
    expect(result.code).toBe('corrupt');
    expect(result.reason).toContain('download or export it again');
  });

  it('refuses a zip bomb from its central directory before inflating anything', async () => {
    const docx = await writeDocx([{ paragraph: 'hello' }]);
    const result = await failure({
      bytes: docx,
      filename: 'bomb.docx',
      limits: { maxUncompressedBytes: 100 },
    });
    expect(result.code).toBe('archive_too_large');
    expect(result.reason).toMatch(/unpacks to .* the limit is 100 bytes/);
    const crowded = await failure({ bytes: docx, filename: 'many.docx', limits: { maxArchiveEntries: 2 } });
    expect(crowded.reason).toContain('the limit is 2');
  });

  it('catches an archive that lies about its sizes with capped inflation', async () => {
    const huge = new Uint8Array(5 * 1024 * 1024);
    expect(deflateRawSync(huge).length).toBeLessThan(10 * 1024);
    const lying = writeZip([
      { name: '[Content_Types].xml', data: text('<Types/>') },
      { name: 'word/document.xml', data: huge, declaredSize: 100 },
    ]);
    const result = await failure({ bytes: lying, filename: 'liar.docx' });
    expect(result).toMatchObject({
      code: 'archive_too_large',
      reason: expect.stringContaining('more data than it declares'),
    });
  });

  it('reads a JPEG’s size from its frame header and refuses a canvas too large for OCR', async () => {
    // SOI, an APP0 (JFIF) segment, then a baseline SOF0 declaring 60000×60000 pixels.
    const app0 = [0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
    const sof0 = [0xff, 0xc0, 0, 11, 8, 0xea, 0x60, 0xea, 0x60, 1, 1, 0x11, 0];
    const jpeg = new Uint8Array([0xff, 0xd8, ...app0, ...sof0, 0xff, 0xd9]);
    expect((await failure({ bytes: jpeg, filename: 'scan.jpg' })).reason).toContain('60000×60000 pixels');
    expect((await failure({ bytes: jpeg, filename: 'scan.png' })).reason).toContain(
      'holds a JPEG image; rename it .jpg',
    );
  });

  it('refuses a damaged archive and an image that declares a gigantic canvas', async () => {
    const docx = await writeDocx([{ paragraph: 'hello' }]);
    expect((await failure({ bytes: docx.subarray(0, docx.length - 30), filename: 'cut.docx' })).code).toBe(
      'corrupt',
    );
    const png = renderTextPng(['A']);
    const view = new DataView(png.buffer, png.byteOffset);
    view.setUint32(16, 100_000);
    view.setUint32(20, 100_000);
    expect((await failure({ bytes: png, filename: 'huge.png' })).reason).toContain('100000×100000 pixels');
  });
});
