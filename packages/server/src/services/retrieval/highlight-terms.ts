import type { TextSpan } from '../../ports/search-filter.js';
import { queryTerms } from './query-terms.js';

/** A crude stem, enough to match "bark" with "barks" and "barking" when FTS5 did not mark them. */
const stem = (word: string) =>
  word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(ing|ed|es|s)$/, '');

/**
 * Where the query's words occur in a passage, for hits that came from vector search and so carry
 * no FTS5 highlight. Spans are character offsets into `text`; never markup.
 */
export function highlightTerms(text: string, query: string): TextSpan[] {
  const stems = new Set(
    queryTerms(query)
      .map(stem)
      .filter((s) => s.length > 1),
  );
  if (stems.size === 0) return [];
  const spans: TextSpan[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (stems.has(stem(match[0]))) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
