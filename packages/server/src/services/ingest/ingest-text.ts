import { createHash } from 'node:crypto';
import type { DocumentRecord, Store } from '../../ports/store.js';
import { chunkMarkdown } from './chunk-markdown.js';

export interface TextDocumentInput {
  workspaceId: string;
  text: string;
  filename?: string;
  title?: string;
  url?: string;
  mediaType?: 'text/markdown' | 'text/plain';
}

/**
 * Ingests Markdown or plain text: chunks it and stores the document with its chunks in one
 * transaction. Idempotent by content hash: the same text in the same workspace is stored once.
 */
export async function ingestText(store: Store, input: TextDocumentInput): Promise<DocumentRecord> {
  const contentHash = createHash('sha256').update(input.text).digest('hex');
  const existing = await store.findDocumentByHash(input.workspaceId, contentHash);
  if (existing) return existing;
  const { title, chunks } = chunkMarkdown(input.text);
  return store.addDocument(
    {
      workspaceId: input.workspaceId,
      title: input.title ?? title ?? input.filename ?? 'Untitled document',
      filename: input.filename ?? null,
      mediaType: input.mediaType ?? 'text/markdown',
      url: input.url ?? null,
      contentHash,
    },
    chunks,
  );
}
