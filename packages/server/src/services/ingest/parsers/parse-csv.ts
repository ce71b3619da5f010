import { parse } from 'csv-parse/sync';
import { cleanText } from '../clean-text.js';
import { detectDelimiter } from '../csv-shape.js';
import { DocumentBuilder } from '../document-builder.js';
import { MEDIA_TYPES } from '../document-format.js';
import { ParseFailure } from '../parse-failure.js';
import type { ParsedDocument } from '../parsed-document.js';
import { titleFromName, type ParserInput } from './parser-input.js';

/**
 * A CSV/TSV table, header-aware: every data row is rendered as `Column: value` pairs, so a chunk of
 * rows still says what each value means. Rows are table blocks, which chunking packs together.
 */
export async function parseCsv(input: ParserInput): Promise<ParsedDocument> {
  const text = cleanText(input.text);
  const rows = parse(text, {
    delimiter: detectDelimiter(text) ?? ',',
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    // One row past the limit is enough to know the file is too long.
    to_line: input.limits.maxRows + 2,
  });
  if (rows.length > input.limits.maxRows + 1) {
    throw new ParseFailure(
      'too_large',
      `The table has more than ${input.limits.maxRows} rows; split it into smaller files.`,
    );
  }
  const [header = [], ...records] = rows;
  const columns = header.map((name, index) => name.trim() || `Column ${index + 1}`);
  const builder = new DocumentBuilder();
  for (const record of records) {
    const pairs = record
      .map(
        (value, index) =>
          [columns[index] ?? `Column ${index + 1}`, value.replace(/\s+/g, ' ').trim()] as const,
      )
      .filter(([, value]) => value !== '')
      .map(([column, value]) => `${column}: ${value}`);
    builder.add('table', pairs.join(' | '));
  }
  return builder.build({ title: titleFromName(input.name), mediaType: MEDIA_TYPES.csv });
}
