import { queryTerms } from '../../services/retrieval/query-terms.js';

// Crude stemming: "streaming" and "streams" share "strea"; enough to score sentences, not to search.
const stem = (word: string) => word.slice(0, 5);

/** Block markers (headings, bullets, quotes) that read as noise once a sentence leaves its block. */
const BLOCK_MARKERS = /^[ \t]*(#{1,6}|[-*+]|\d+\.|>)[ \t]+/gm;
/** Code is quoted by citation, not sentence by sentence; prose around it is what answers. */
const FENCED_CODE = /^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?(^[ \t]*\1[ \t]*$|$(?![\s\S]))/gm;

/** Sentences of a Markdown passage; inline markup stays, since the answer is Markdown too. */
function sentencesOf(passage: string): string[] {
  return passage
    .replace(FENCED_CODE, ' ')
    .replace(BLOCK_MARKERS, '')
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"'(])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * The sentences of a passage that share the most words with the question, in their original order.
 * Ties favour earlier sentences, which in documentation usually state the point.
 */
export function bestSentences(passage: string, question: string, count: number): string[] {
  const wanted = new Set(queryTerms(question).map(stem));
  const sentences = sentencesOf(passage);
  const scored = sentences.map((sentence, index) => {
    const words = new Set(queryTerms(sentence).map(stem));
    let hits = 0;
    for (const w of wanted) if (words.has(w)) hits++;
    return { index, hits };
  });
  const chosen = scored
    .filter((s) => s.hits > 0)
    .sort((a, b) => b.hits - a.hits || a.index - b.index)
    .slice(0, count)
    .sort((a, b) => a.index - b.index)
    .map((s) => sentences[s.index]!);
  return chosen.length > 0 ? chosen : sentences.slice(0, 1);
}
