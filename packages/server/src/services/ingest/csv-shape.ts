const CANDIDATES = [',', ';', '\t', '|'];

/** Counts a delimiter outside double quotes on one line. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count++;
  }
  return count;
}

/**
 * The delimiter of a CSV/TSV text: the candidate that splits the first lines into the same number
 * (at least two) of columns. Undefined when no candidate does, i.e. the text is not a table.
 */
export function detectDelimiter(text: string): string | undefined {
  const lines = text
    .slice(0, 16 * 1024)
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '')
    .slice(0, 20);
  // The last sampled line may be cut in the middle.
  const sample = lines.length > 2 ? lines.slice(0, -1) : lines;
  if (sample.length < 2) return undefined;
  let best: { delimiter: string; columns: number } | undefined;
  for (const delimiter of CANDIDATES) {
    const counts = sample.map((line) => countOutsideQuotes(line, delimiter));
    const columns = counts[0]! + 1;
    if (columns < 2 || counts.some((c) => c + 1 !== columns)) continue;
    if (!best || columns > best.columns) best = { delimiter, columns };
  }
  return best?.delimiter;
}
