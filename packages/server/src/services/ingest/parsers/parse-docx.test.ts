import { describe, expect, it } from 'vitest';
import { outline, parseOk } from '../../../testing/fixtures/parse-fixture.js';
import { writeDocx } from '../../../testing/fixtures/write-office.js';

describe('parseDocx', () => {
  it('keeps headings, lists and tables of a Word document', async () => {
    const docx = await writeDocx([
      { heading: 'Employee Handbook', level: 1 },
      { paragraph: 'Welcome aboard.' },
      { heading: 'Leave', level: 2 },
      { bullets: ['Annual leave: 25 days', 'Sick leave: as needed'] },
      {
        table: [
          ['Grade', 'Days'],
          ['A', '25'],
          ['B & C', '27'],
        ],
      },
    ]);
    const document = await parseOk(docx, 'handbook.docx');
    expect(document.title).toBe('Employee Handbook');
    expect(outline(document)).toEqual([
      ['heading', 'Employee Handbook', null, 'Employee Handbook'],
      ['paragraph', 'Employee Handbook', null, 'Welcome aboard.'],
      ['heading', 'Employee Handbook > Leave', null, 'Leave'],
      ['list', 'Employee Handbook > Leave', null, '- Annual leave: 25 days\n- Sick leave: as needed'],
      ['table', 'Employee Handbook > Leave', null, 'Grade | Days\nA | 25\nB & C | 27'],
    ]);
  });
});
