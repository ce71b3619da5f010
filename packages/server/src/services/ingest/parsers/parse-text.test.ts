import { describe, expect, it } from 'vitest';
import { outline, parseOk } from '../../../testing/fixtures/parse-fixture.js';

describe('parseMarkdown and parseText', () => {
  it('keeps Markdown as the canonical text with heading blocks, kinds and paths', async () => {
    const markdown =
      '\ufeff# Guide\r\n\r\nIntro.\r\n\r\n## Table\r\n\r\n| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n\r\n- x\r\n- y\r\n';
    const document = await parseOk(markdown, 'guide.md');
    expect(document.text.startsWith('# Guide\n\nIntro.')).toBe(true);
    expect(outline(document)).toEqual([
      ['heading', 'Guide', null, 'Guide'],
      ['paragraph', 'Guide', null, 'Intro.'],
      ['heading', 'Guide > Table', null, 'Table'],
      ['table', 'Guide > Table', null, '| a | b |\n|---|---|\n| 1 | 2 |'],
      ['list', 'Guide > Table', null, '- x\n- y'],
    ]);
  });

  it('splits plain text into paragraphs at blank lines and drops control characters', async () => {
    const document = await parseOk('  First line\nsame paragraph\u0007\n\n\n   Second.  \n', 'notes.txt');
    expect(document.title).toBe('notes');
    expect(outline(document)).toEqual([
      ['paragraph', '', null, 'First line\nsame paragraph'],
      ['paragraph', '', null, 'Second.'],
    ]);
  });

  it('reads Windows-1252 text that is not valid UTF-8', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Caf'), 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]);
    const document = await parseOk(bytes, 'legacy.txt');
    expect(document.text).toBe('Café “ok”');
  });
});
