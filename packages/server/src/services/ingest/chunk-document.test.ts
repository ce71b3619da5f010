import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkDocument } from './chunk-document.js';
import { DocumentBuilder } from './document-builder.js';
import { parseMarkdownText } from './parsers/parse-markdown.js';
import { tokenCounter } from './token-counter.js';

const count = (text: string) => tokenCounter().count(text);
const sentence = (i: number) => `Sentence number ${i} talks about topic ${i % 7} at some length. `;

describe('chunkDocument', () => {
  it('keeps a code block whole when it fits and never mixes sections or pages', () => {
    const builder = new DocumentBuilder();
    builder.heading(1, 'Setup', 1);
    builder.add('paragraph', 'Short intro.', 1);
    builder.add('code', 'const a = 1;\n\nconst b = 2;\nconsole.log(a + b);', 1);
    builder.add('paragraph', 'Same section, next page.', 2);
    builder.heading(2, 'Details', 2);
    builder.add('paragraph', 'Details text.', 2);
    const document = builder.build({ title: 'T', mediaType: 'application/pdf' });
    const chunks = chunkDocument(document, { maxTokens: 40 });
    expect(chunks.map((c) => [c.page, c.headingPath.join(' > '), c.text])).toEqual([
      [1, 'Setup', 'Short intro.\n\nconst a = 1;\n\nconst b = 2;\nconsole.log(a + b);'],
      [2, 'Setup', 'Same section, next page.'],
      [2, 'Setup > Details', 'Details text.'],
    ]);
  });

  it('splits a long section at sentence ends, repeats the last sentence, and stays within budget', () => {
    const text = `# Topic\n\n${Array.from({ length: 40 }, (_, i) => sentence(i))
      .join('')
      .trim()}\n`;
    const document = parseMarkdownText(text, 'x');
    const chunks = chunkDocument(document, { maxTokens: 60, overlapTokens: 16 });
    expect(chunks.length).toBeGreaterThan(5);
    for (const [i, chunk] of chunks.entries()) {
      expect(text.slice(chunk.startOffset, chunk.endOffset)).toBe(chunk.text);
      expect(count(chunk.text)).toBeLessThanOrEqual(60);
      expect(chunk.text).toMatch(/^Sentence number \d+ .*\.$/s);
      if (i > 0) expect(chunk.startOffset).toBeLessThan(chunks[i - 1]!.endOffset);
    }
    expect(chunks.at(-1)!.endOffset).toBe(text.trimEnd().length);
  });

  it('cuts an unbroken run of characters into windows that fit, quickly', () => {
    const blob = 'QUJD'.repeat(250_000);
    const document = parseMarkdownText(`# Data\n\n${blob}\n`, 'x');
    const started = performance.now();
    const chunks = chunkDocument(document, { maxTokens: 200 });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(chunks.map((c) => c.text).join('')).toBe(blob);
    for (const chunk of chunks.slice(0, 20)) expect(count(chunk.text)).toBeLessThanOrEqual(200);
  });

  it('produces exact offsets and respects the token budget for any text', () => {
    const word = fc.constantFrom(
      'alpha',
      'beta',
      'Gamma.',
      'δέλτα',
      '42',
      'x-y',
      '“quoted”',
      '```',
      '- item',
      '# Head',
      '|a|b|',
      '😀',
    );
    const line = fc.array(word, { minLength: 0, maxLength: 30 }).map((words) => words.join(' '));
    const markdown = fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(
        markdown,
        fc.integer({ min: 8, max: 80 }),
        fc.integer({ min: 0, max: 20 }),
        (text, maxTokens, overlapTokens) => {
          const document = parseMarkdownText(text, 'x');
          for (const chunk of chunkDocument(document, { maxTokens, overlapTokens })) {
            expect(document.text.slice(chunk.startOffset, chunk.endOffset)).toBe(chunk.text);
            expect(count(chunk.text)).toBeLessThanOrEqual(maxTokens);
            expect(chunk.tokenCount).toBeGreaterThanOrEqual(count(chunk.text));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
