/**
 * Where a cited passage comes from. It rides in `providerMetadata.tessera` of a `source-document`
 * part, because the AI SDK's part shape is closed and a new field would break `useChat` clients.
 */
export interface SourceMetadata {
  /** The citation number the answer uses: `[1]` refers to `index: 1`. */
  index: number;
  documentId: string;
  chunkId: string;
  /** Plain text of the cited passage, shortened; never HTML. */
  snippet: string;
  /** Headings from the document's top down to the passage. */
  headingPath: string[];
  /** Page number in paginated formats (PDF). */
  page?: number;
  /** Where the reader can open the original, when it has an address. */
  url?: string;
  /** Relevance score of the retrieval method; higher is better. */
  score: number;
}

/** Reads Tessera's metadata off a source part, or `undefined` when a part carries none. */
export function getSourceMetadata(part: {
  providerMetadata?: Record<string, Record<string, unknown>>;
}): SourceMetadata | undefined {
  const value = part.providerMetadata?.['tessera'];
  return value && typeof value['chunkId'] === 'string' ? (value as unknown as SourceMetadata) : undefined;
}
