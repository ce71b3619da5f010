import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse-document.js';
import { parseOk } from '../../../testing/fixtures/parse-fixture.js';

describe('parseCsv', () => {
  it('renders every row with its column names', async () => {
    const csv = 'Product;Price;Notes\r\nLamp;12,50;"Warm, soft light"\r\nDesk;;Oak\r\n';
    const document = await parseOk(csv, 'catalog.csv');
    expect(document.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['table', 'Product: Lamp | Price: 12,50 | Notes: Warm, soft light'],
      ['table', 'Product: Desk | Notes: Oak'],
    ]);
  });

  it('refuses a table with more rows than allowed', async () => {
    const csv = `a,b\n${'1,2\n'.repeat(11)}`;
    const result = await parseDocument({
      bytes: new TextEncoder().encode(csv),
      filename: 't.csv',
      limits: { maxRows: 10 },
    });
    expect(result).toMatchObject({
      ok: false,
      code: 'too_large',
      reason: expect.stringContaining('more than 10 rows'),
    });
  });
});
