import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse-document.js';
import { outline, parseOk } from '../../../testing/fixtures/parse-fixture.js';
import { writePptx } from '../../../testing/fixtures/write-office.js';

describe('parsePptx', () => {
  it('reads slides in presentation order with the slide as page and its title as heading', async () => {
    const pptx = await writePptx([
      { title: 'Quarterly Review', boxes: [['Revenue grew 12%', 'Costs fell 3%']] },
      { boxes: [['An untitled slide']] },
      {
        title: 'Regions',
        table: [
          ['Region', 'Sales'],
          ['EMEA', '4.2M'],
        ],
      },
    ]);
    const document = await parseOk(pptx, 'review.pptx');
    expect(document.title).toBe('Quarterly Review');
    expect(document.pageCount).toBe(3);
    expect(outline(document)).toEqual([
      ['heading', 'Quarterly Review', 1, 'Quarterly Review'],
      ['list', 'Quarterly Review', 1, 'Revenue grew 12%\nCosts fell 3%'],
      ['heading', 'Slide 2', 2, 'Slide 2'],
      ['paragraph', 'Slide 2', 2, 'An untitled slide'],
      ['heading', 'Regions', 3, 'Regions'],
      ['table', 'Regions', 3, 'Region | Sales\nEMEA | 4.2M'],
    ]);
  });

  it('refuses a presentation with more slides than allowed', async () => {
    const pptx = await writePptx([{ title: 'a' }, { title: 'b' }, { title: 'c' }]);
    const result = await parseDocument({ bytes: pptx, filename: 'deck.pptx', limits: { maxPages: 2 } });
    expect(result).toMatchObject({
      ok: false,
      code: 'too_many_pages',
      reason: expect.stringContaining('3 slides'),
    });
  });
});
