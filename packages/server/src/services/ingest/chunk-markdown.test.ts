import { describe, expect, it } from 'vitest';
import { chunkMarkdown } from './chunk-markdown.js';
import { markdownBlocks } from './markdown-blocks.js';
import { tokenCounter } from './token-counter.js';

const doc = `# Guide

Intro paragraph.

## Install

Run this:

\`\`\`sh
npm install

# not a heading, inside code
\`\`\`

### Linux

- one
- two

## Use

Final words.
`;

describe('markdownBlocks', () => {
  it('gives every block its heading path and keeps fenced code whole', () => {
    const { title, blocks } = markdownBlocks(doc);
    expect(title).toBe('Guide');
    const view = blocks.map((b) => [doc.slice(b.start, b.end), b.headingPath.join(' > ')]);
    expect(view).toEqual([
      ['Intro paragraph.', 'Guide'],
      ['Run this:', 'Guide > Install'],
      ['```sh\nnpm install\n\n# not a heading, inside code\n```', 'Guide > Install'],
      ['- one\n- two', 'Guide > Install > Linux'],
      ['Final words.', 'Guide > Use'],
    ]);
  });

  it('handles CRLF line endings and headings that skip a level', () => {
    const { blocks } = markdownBlocks('# A\r\n\r\n### C\r\n\r\ntext\r\n');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.headingPath).toEqual(['A', 'C']);
  });
});

describe('chunkMarkdown', () => {
  it('packs blocks of one section and never crosses a section', () => {
    const { chunks } = chunkMarkdown(doc);
    expect(chunks.map((c) => c.headingPath.join(' > '))).toEqual([
      'Guide',
      'Guide > Install',
      'Guide > Install > Linux',
      'Guide > Use',
    ]);
    for (const chunk of chunks) expect(doc.slice(chunk.startOffset, chunk.endOffset)).toBe(chunk.text);
  });

  it('splits an over-long paragraph at sentence ends within the budget', () => {
    const sentence = 'This sentence is about forty characters. ';
    const long = `# T\n\n${sentence.repeat(60).trim()}\n`;
    const { chunks } = chunkMarkdown(long, { maxTokens: 50 });
    expect(chunks.length).toBeGreaterThan(4);
    for (const chunk of chunks) {
      // The budget is in real (cl100k) tokens now, not estimated from characters.
      expect(tokenCounter().count(chunk.text)).toBeLessThanOrEqual(50);
      expect(chunk.text.endsWith('.')).toBe(true);
      expect(long.slice(chunk.startOffset, chunk.endOffset)).toBe(chunk.text);
    }
  });

  it('returns no chunks for a document with only headings', () => {
    expect(chunkMarkdown('# Only\n\n## Headings\n').chunks).toEqual([]);
  });
});
