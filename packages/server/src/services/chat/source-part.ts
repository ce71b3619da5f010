import type { SourceDocumentChunk, SourceMetadata } from '@tessera/core';
import type { RetrievedChunk } from '../../ports/lexical-index.js';

const SNIPPET_CHARS = 280;

/** A passage shortened at a word boundary, as plain text. */
export function snippetOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= SNIPPET_CHARS) return flat;
  const cut = flat.lastIndexOf(' ', SNIPPET_CHARS);
  return `${flat.slice(0, cut > 0 ? cut : SNIPPET_CHARS)}…`;
}

/** The `source-document` part that cites a retrieved passage as `[index]`. */
export function sourcePart(chunk: RetrievedChunk, index: number): SourceDocumentChunk {
  const metadata: SourceMetadata = {
    index,
    documentId: chunk.documentId,
    chunkId: chunk.chunkId,
    snippet: snippetOf(chunk.text),
    headingPath: chunk.headingPath,
    score: chunk.score,
    ...(chunk.page !== null ? { page: chunk.page } : {}),
    ...(chunk.url !== null ? { url: chunk.url } : {}),
  };
  return {
    type: 'source-document',
    sourceId: chunk.chunkId,
    mediaType: chunk.mediaType,
    title: chunk.documentTitle,
    ...(chunk.filename !== null ? { filename: chunk.filename } : {}),
    providerMetadata: { tessera: { ...metadata } },
  };
}
