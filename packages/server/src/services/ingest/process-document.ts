import { chunkId, type IndexedChunk, type KnowledgeDocument } from '../../ports/knowledge-store.js';
import { chunkDocument, DEFAULT_CHUNK_OPTIONS, type DocumentChunk } from './chunk-document.js';
import type { IngestDeps } from './ingest-deps.js';
import type { DocumentBlock, ParsedDocument } from './parsed-document.js';

/** Embeds the chunks (reporting progress) and writes external vectors; returns chunks with vectors. */
async function embedChunks(
  deps: IngestDeps,
  document: KnowledgeDocument,
  chunks: DocumentChunk[],
): Promise<IndexedChunk[]> {
  if (!deps.embedder || chunks.length === 0) return chunks;
  const { workspaceId, id } = document;
  await deps.knowledge.setProgress(workspaceId, id, 'embedding', 0.3);
  const vectors = await deps.embedder.embedDocuments(
    chunks.map((c) => c.text),
    {
      onProgress: (done, total) =>
        void deps.knowledge.setProgress(workspaceId, id, 'embedding', 0.3 + (0.6 * done) / total),
    },
  );
  if (deps.externalVectors) {
    // Stale vectors of an earlier indexing (with more chunks) must not survive a re-index.
    await deps.externalVectors.deleteByDocument(workspaceId, id);
    const metadata = { workspaceId, documentId: id, collection: document.collection, tags: document.tags };
    await deps.externalVectors.upsert(
      vectors.map((vector, ordinal) => ({ id: chunkId(id, ordinal), vector, metadata })),
    );
  }
  return chunks.map((chunk, i) => ({ ...chunk, vector: vectors[i]! }));
}

const describeError = (error: unknown) =>
  error instanceof Error ? error.message.replace(/\s+/g, ' ').slice(0, 300) : String(error);

/**
 * Chunks, embeds and commits a parsed document. Until the commit the document's previous chunks (if
 * any) stay searchable; the commit swaps them atomically.
 */
export async function indexParsedDocument(
  deps: IngestDeps,
  document: KnowledgeDocument,
  parsed: ParsedDocument,
  chunks: DocumentChunk[] = chunkDocument(parsed, deps.chunking ?? DEFAULT_CHUNK_OPTIONS),
): Promise<KnowledgeDocument> {
  const { workspaceId, id } = document;
  let indexed: IndexedChunk[];
  try {
    indexed = await embedChunks(deps, document, chunks);
  } catch (error) {
    const reason = `Embedding failed (${describeError(error)}). Check the embedding settings and re-index the document.`;
    await deps.knowledge.failDocument(workspaceId, id, reason);
    return (await deps.knowledge.getDocument(workspaceId, id)) ?? document;
  }
  const committed = await deps.knowledge.commitDocument(workspaceId, id, {
    title: parsed.title,
    mediaType: parsed.mediaType,
    pageCount: parsed.pageCount,
    source: { text: parsed.text, blocks: parsed.blocks.map(({ text: _text, ...block }) => block) },
    chunks: indexed,
  });
  // Deleted while it was being indexed: vectors written outside the store must go too.
  if (!committed) {
    await deps.externalVectors?.deleteByDocument(workspaceId, id);
    return { ...document, status: 'failed', error: 'The document was deleted while it was being indexed.' };
  }
  return committed;
}

/**
 * Re-chunks and re-embeds a document from its stored text (a re-index, or a re-index that a restart
 * interrupted); unchanged passages hit the embedding cache and cost no API call.
 */
export async function indexFromSource(
  deps: IngestDeps,
  document: KnowledgeDocument,
): Promise<KnowledgeDocument | undefined> {
  const source = await deps.knowledge.getSource(document.workspaceId, document.id);
  if (!source) return undefined;
  const blocks = (source.blocks as Omit<DocumentBlock, 'text'>[]).map((b) => ({
    ...b,
    text: source.text.slice(b.start, b.end),
  }));
  const parsed: ParsedDocument = {
    title: document.title,
    mediaType: document.mediaType,
    text: source.text,
    pageCount: document.pageCount,
    blocks,
    warnings: [],
  };
  await deps.knowledge.setProgress(document.workspaceId, document.id, 'embedding', 0.2);
  return indexParsedDocument(deps, document, parsed);
}

/**
 * Does the work for a submitted document: parse and chunk (in a worker, with a deadline), embed,
 * commit. A file that cannot be read ends `failed` with a reason a person can act on; a document
 * that is already ready is returned as is.
 */
export async function processDocument(
  deps: IngestDeps,
  workspaceId: string,
  documentId: string,
): Promise<KnowledgeDocument | undefined> {
  const document = await deps.knowledge.getDocument(workspaceId, documentId);
  if (!document || document.status === 'ready' || document.status === 'failed') return document;
  const upload = await deps.knowledge.getUpload(workspaceId, documentId);
  if (!upload) {
    // A re-index works from the stored text, not an upload.
    const reindexed = await indexFromSource(deps, document);
    if (reindexed) return reindexed;
    await deps.knowledge.failDocument(
      workspaceId,
      documentId,
      'The upload was lost before it could be read; upload the file again.',
    );
    return deps.knowledge.getDocument(workspaceId, documentId);
  }
  await deps.knowledge.setProgress(workspaceId, documentId, 'parsing', 0.05);
  const result = await deps.parser.parse(
    {
      bytes: upload.bytes,
      ...(document.filename ? { filename: document.filename } : {}),
      ...(upload.mediaType ? { mediaType: upload.mediaType } : {}),
      ...(deps.limits ? { limits: deps.limits } : {}),
    },
    deps.chunking ?? DEFAULT_CHUNK_OPTIONS,
  );
  if (!result.ok) {
    await deps.knowledge.failDocument(workspaceId, documentId, result.reason);
    return deps.knowledge.getDocument(workspaceId, documentId);
  }
  return indexParsedDocument(deps, document, result.document, result.chunks);
}
