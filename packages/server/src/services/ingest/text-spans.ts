/** A half-open range of a text. */
export interface Span {
  start: number;
  end: number;
}

/** Trims whitespace off both ends of a span; returns undefined when nothing is left. */
export function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : undefined;
}

/** Cuts `[start, end)` after every match of `boundary` (global regex), trimming each piece. */
export function splitSpan(text: string, start: number, end: number, boundary: RegExp): Span[] {
  const slice = text.slice(start, end);
  const spans: Span[] = [];
  let from = 0;
  for (const match of slice.matchAll(boundary)) {
    const cut = match.index + match[0].length;
    const span = trimSpan(text, start + from, start + cut);
    if (span) spans.push(span);
    from = cut;
  }
  const rest = trimSpan(text, start + from, end);
  if (rest) spans.push(rest);
  return spans;
}

// A sentence ends at . ! ? or … (with closing quotes or brackets) before whitespace, or at a line break.
export const SENTENCE_END = /[.!?…]["'”’)\]]*(?=\s)|\n+/g;
export const LINE_END = /\n+/g;
export const WORD_END = /\s+/g;
