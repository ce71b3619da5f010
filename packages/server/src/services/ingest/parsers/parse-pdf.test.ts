import { describe, expect, it } from 'vitest';
import { outline, parseOk } from '../../../testing/fixtures/parse-fixture.js';
import { writePdf } from '../../../testing/fixtures/write-pdf.js';

describe('parsePdf', () => {
  it('keeps page numbers, rebuilds paragraphs from line gaps and headings from font size', async () => {
    const pdf = writePdf(
      [
        [
          { text: 'Installation Guide', size: 20 },
          '',
          'Tessera runs on Node 20.',
          'It needs no database server.',
          '',
          'A second paragraph.',
        ],
        [{ text: 'Upgrading', size: 16 }, '', 'Back up the data folder (first).'],
      ],
      { title: 'The Manual' },
    );
    const document = await parseOk(pdf, 'manual.pdf');
    expect(document.title).toBe('The Manual');
    expect(document.pageCount).toBe(2);
    expect(outline(document)).toEqual([
      ['heading', 'Installation Guide', 1, 'Installation Guide'],
      ['paragraph', 'Installation Guide', 1, 'Tessera runs on Node 20.\nIt needs no database server.'],
      ['paragraph', 'Installation Guide', 1, 'A second paragraph.'],
      ['heading', 'Installation Guide > Upgrading', 2, 'Upgrading'],
      ['paragraph', 'Installation Guide > Upgrading', 2, 'Back up the data folder (first).'],
    ]);
  });

  it('refuses a PDF with more pages than allowed before extracting text', async () => {
    const { parseDocument } = await import('../parse-document.js');
    const pdf = writePdf([['one'], ['two'], ['three']]);
    const result = await parseDocument({ bytes: pdf, filename: 'big.pdf', limits: { maxPages: 2 } });
    expect(result).toEqual({
      ok: false,
      code: 'too_many_pages',
      reason: expect.stringContaining('3 pages; the limit is 2'),
    });
  });

  it('reports a PDF without a text layer as empty, with what to do', async () => {
    const { parseDocument } = await import('../parse-document.js');
    const result = await parseDocument({ bytes: writePdf([[]]), filename: 'scan.pdf' });
    expect(result).toMatchObject({ ok: false, code: 'empty', reason: expect.stringContaining('OCR') });
  });
});
