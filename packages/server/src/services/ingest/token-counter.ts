import { createRequire } from 'node:module';
import { Tiktoken, type TiktokenBPE } from 'js-tiktoken/lite';

/** Counts tokens the way the embedding and chat models do. */
export interface TokenCounter {
  count(text: string): number;
}

export type TokenEncoding = 'cl100k_base' | 'o200k_base';

/** BPE is quadratic in the length of one unbroken word (56 ms at 1,000 characters); longer runs are bounded, not encoded. */
const MAX_RUN = 100;

function longestRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    run = code === 32 || code === 10 || code === 9 || code === 13 ? 0 : run + 1;
    if (run > longest) longest = run;
  }
  return longest;
}

const counters = new Map<TokenEncoding, TokenCounter>();
const MEMO_LIMIT = 200_000;

/**
 * Counts like `encode(text).length`, piece by piece: tiktoken splits text with a regex before BPE,
 * and each piece encodes on its own, so memoising pieces (words repeat, Zipf) is exact and skips
 * most of the BPE work.
 */
function memoisedCount(tiktoken: Tiktoken, pattern: RegExp): (text: string) => number {
  const memo = new Map<string, number>();
  return (text) => {
    let total = 0;
    for (const [piece] of text.matchAll(pattern)) {
      let count = memo.get(piece);
      if (count === undefined) {
        count = tiktoken.encode(piece, [], []).length;
        if (memo.size >= MEMO_LIMIT) memo.clear();
        memo.set(piece, count);
      }
      total += count;
    }
    return total;
  };
}

/**
 * A tiktoken counter (cl100k_base by default: the text-embedding-3 and GPT-4 tokenizer). The ranks
 * ship inside js-tiktoken and load on first use. Special-token strings in documents count as plain
 * text, and text with a run of more than 100 non-blank characters counts as its UTF-8 length, an
 * upper bound (a token is at least one byte) that keeps hostile input from stalling the encoder.
 */
export function tokenCounter(encoding: TokenEncoding = 'cl100k_base'): TokenCounter {
  let counter = counters.get(encoding);
  if (!counter) {
    const ranks = createRequire(import.meta.url)(`js-tiktoken/ranks/${encoding}`) as {
      default?: TiktokenBPE;
    } & TiktokenBPE;
    const bpe = ranks.default ?? ranks;
    const count = memoisedCount(new Tiktoken(bpe), new RegExp(bpe.pat_str, 'ug'));
    counter = { count: (text) => (longestRun(text) > MAX_RUN ? Buffer.byteLength(text) : count(text)) };
    counters.set(encoding, counter);
  }
  return counter;
}
