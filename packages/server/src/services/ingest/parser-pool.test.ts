import { afterAll, describe, expect, it } from 'vitest';
import { renderTextPng } from '../../testing/fixtures/write-png.js';
import { writePdf } from '../../testing/fixtures/write-pdf.js';
import { ParserPool } from './parser-pool.js';

const text = (value: string) => new TextEncoder().encode(value);

describe('ParserPool', () => {
  const pool = new ParserPool({ size: 2 });
  afterAll(() => pool.close());

  it('parses files in worker threads, including OCR of an image with the bundled English model', async () => {
    const [pdf, image] = await Promise.all([
      pool.parse(
        { bytes: writePdf([['Parsed in a worker thread.']]), filename: 'w.pdf' },
        { maxTokens: 100 },
      ),
      pool.parse({ bytes: renderTextPng(['HELLO TESSERA', 'OCR WORKS 42']), filename: 'scan.png' }),
    ]);
    expect(pdf.ok && pdf.document.text).toBe('Parsed in a worker thread.');
    expect(pdf.ok && pdf.chunks).toEqual([
      {
        text: 'Parsed in a worker thread.',
        headingPath: [],
        page: 1,
        startOffset: 0,
        endOffset: 26,
        tokenCount: 6,
      },
    ]);
    if (!image.ok) throw new Error(image.reason);
    expect(image.document.mediaType).toBe('image/png');
    expect(image.document.text).toContain('HELLO TESSERA');
    expect(image.document.text).toMatch(/OCR WORKS 42/);
  }, 60_000);

  it('stops a parse that passes its deadline and keeps serving with a fresh worker', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `${i},item number ${i},"a quoted, value"`).join(
      '\n',
    );
    const slow = await pool.parse({
      bytes: text(`id,name,notes\n${rows}`),
      filename: 'slow.csv',
      limits: { parseTimeoutMs: 30 },
    });
    expect(slow).toEqual({
      ok: false,
      code: 'timeout',
      reason:
        'Reading slow.csv took longer than 30 ms and was stopped; split it into smaller files or remove large images.',
    });
    const next = await pool.parse({ bytes: text('# Still here\n\nYes.'), filename: 'after.md' });
    expect(next.ok).toBe(true);
  }, 30_000);

  it('refuses an oversized file without handing it to a worker', async () => {
    const result = await pool.parse({
      bytes: new Uint8Array(10),
      filename: 'x.txt',
      limits: { maxFileBytes: 5 },
    });
    expect(result).toMatchObject({ ok: false, code: 'too_large' });
  });
});
