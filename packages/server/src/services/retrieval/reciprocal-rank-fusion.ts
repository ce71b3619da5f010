/** The RRF constant from Cormack et al. (2009); it damps the weight of the very first ranks. */
export const RRF_K = 60;

/**
 * Reciprocal rank fusion: an item scores Σ 1/(k + rank) over the lists it appears in (rank from 1),
 * normalised by the best possible score so results fall in (0, 1]. Rank-based, so BM25 and cosine
 * scores need no calibration against each other.
 */
export function reciprocalRankFusion(lists: string[][], k = RRF_K): Map<string, number> {
  const best = lists.length / (k + 1);
  const scores = new Map<string, number>();
  for (const list of lists) {
    list.forEach((id, index) => scores.set(id, (scores.get(id) ?? 0) + 1 / (k + index + 1)));
  }
  for (const [id, score] of scores) scores.set(id, score / best);
  return scores;
}
