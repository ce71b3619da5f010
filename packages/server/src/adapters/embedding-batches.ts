import type { EmbedOptions } from '../ports/embedder.js';

/**
 * Embeds `texts` in batches of `size`, in order, reporting progress after each batch. Requests run
 * one after another: providers rate-limit per minute, and a burst would only earn 429s.
 */
export async function inBatches(
  texts: string[],
  size: number,
  embed: (batch: string[]) => Promise<Float32Array[]>,
  options: EmbedOptions = {},
): Promise<Float32Array[]> {
  const vectors: Float32Array[] = [];
  for (let start = 0; start < texts.length; start += size) {
    options.signal?.throwIfAborted();
    const batch = texts.slice(start, start + size);
    const result = await embed(batch);
    if (result.length !== batch.length) {
      throw new Error(
        `The embedding provider returned ${result.length} vectors for ${batch.length} texts; check the model and base URL settings.`,
      );
    }
    vectors.push(...result);
    options.onProgress?.(vectors.length, texts.length);
  }
  return vectors;
}
