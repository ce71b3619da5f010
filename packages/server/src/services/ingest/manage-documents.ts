import type { KnowledgeDocument } from '../../ports/knowledge-store.js';
import type { IngestDeps } from './ingest-deps.js';
import { indexFromSource, processDocument } from './process-document.js';
import { submitDocument, type SubmitDocumentInput, type SubmitResult } from './submit-document.js';

/** Submits and processes in one go (the CLI, tests); the HTTP route submits and processes in the background. */
export async function ingestDocument(deps: IngestDeps, input: SubmitDocumentInput): Promise<SubmitResult> {
  const submitted = await submitDocument(deps, input);
  if (!submitted.ok || submitted.document.status === 'ready') return submitted;
  const document = await processDocument(deps, input.workspaceId, submitted.document.id);
  return { ok: true, document: document ?? submitted.document, created: submitted.created };
}

/**
 * Finishes what a crash or restart interrupted: every document still queued, parsing or embedding
 * is processed again from its kept upload (its old chunks, if any, were never touched), or failed
 * with a reason when the upload is gone. Call once at start-up, before accepting uploads.
 */
export async function resumeUnfinished(deps: IngestDeps): Promise<KnowledgeDocument[]> {
  const resumed: KnowledgeDocument[] = [];
  for (const document of await deps.knowledge.listUnfinished()) {
    const done = await processDocument(deps, document.workspaceId, document.id);
    if (done) resumed.push(done);
  }
  return resumed;
}

/** Re-indexes a document from its stored text after a chunking, model, collection or tag change. */
export async function reindexDocument(
  deps: IngestDeps,
  workspaceId: string,
  documentId: string,
): Promise<KnowledgeDocument | undefined> {
  const document = await deps.knowledge.getDocument(workspaceId, documentId);
  if (!document || (document.status !== 'ready' && document.status !== 'failed')) return document;
  return (await indexFromSource(deps, document)) ?? document;
}

/** Removes a document, its chunks and its vectors everywhere; false when there was none. */
export async function deleteDocument(
  deps: IngestDeps,
  workspaceId: string,
  documentId: string,
): Promise<boolean> {
  const document = await deps.knowledge.getDocument(workspaceId, documentId);
  if (!document) return false;
  // External vectors first: a crash in between leaves orphan vectors, which search ignores, never orphan chunks.
  await deps.externalVectors?.deleteByDocument(workspaceId, documentId);
  return deps.knowledge.deleteDocument(workspaceId, documentId);
}
