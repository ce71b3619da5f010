import type { SourceDocumentChunk, SourceMetadata } from '@tessera/core';
import type { RetrievedChunk } from '../../ports/lexical-index.js';

const SNIPPET_CHARS = 200;

/** Code fences and block markers: noise in a one-line preview of a passage. */
const PREVIEW_NOISE = /^[ \t]*(`{3,}|~{3,})[^\n]*$|^[ \t]*(#{1,6}|[-*+]|>)[ \t]+/gm;

/** A passage as a short, one-line plain-text preview, cut at a word boundary. */
export function snippetOf(text: string): string {
  const flat = text.replace(PREVIEW_NOISE, ' ').replace(/\s+/g, ' ').trim();
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
