import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeFilename } from './sanitize-filename.js';

describe('sanitizeFilename', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\me\\report.pdf', 'report.pdf'],
    // U+202E (right-to-left override) would show "exe.png" and hide the real extension.
    ['re\u0000po\nrt\u202Egnp.exe', 'reportgnp.exe'],
    ['CON.txt', '_CON.txt'],
    ['lpt1', '_lpt1'],
    ['...hidden. ', 'hidden'],
    ['a<b>c:d"e|f?g*h.md', 'abcdefgh.md'],
    ['', 'document'],
    ['///', 'document'],
  ])('%j becomes %j', (raw, safe) => {
    expect(sanitizeFilename(raw)).toBe(safe);
  });

  it('caps long names at 180 characters and keeps the extension', () => {
    const name = sanitizeFilename(`${'é'.repeat(300)}.pptx`);
    expect([...name]).toHaveLength(180);
    expect(name.endsWith('é.pptx')).toBe(true);
  });

  it('never returns a path, a control character or an empty name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (raw) => {
        const name = sanitizeFilename(raw);
        // eslint-disable-next-line no-control-regex
        expect(name).not.toMatch(/[/\\\u0000-\u001f]/);
        expect(name.length).toBeGreaterThan(0);
        expect([...name].length).toBeLessThanOrEqual(180);
      }),
      { numRuns: 200 },
    );
  });
});
