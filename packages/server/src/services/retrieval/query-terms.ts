// Words that carry no topic; dropping them keeps BM25 from rewarding passages full of "the" and "is".
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have how i if in into is it its ' +
    'me my of on or our should so than that the their them then there these they this to was we were what ' +
    'when where which who whom why will with would you your about tell please'
  ).split(' '),
);

const MAX_TERMS = 32;

/**
 * The searchable words of a user's question: letters and digits of any script, lower-cased, without
 * stop words or repeats. If every word is a stop word, they are all kept so a question still matches.
 */
export function queryTerms(text: string): string[] {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 0);
  const unique = [...new Set(words)];
  const meaningful = unique.filter((w) => !STOP_WORDS.has(w));
  return (meaningful.length > 0 ? meaningful : unique).slice(0, MAX_TERMS);
}
