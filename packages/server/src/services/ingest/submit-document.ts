import { createHash } from 'node:crypto';
import type { KnowledgeDocument } from '../../ports/knowledge-store.js';
import type { IngestDeps } from './ingest-deps.js';
import { DEFAULT_INGEST_LIMITS } from './ingest-limits.js';
import { checkSize } from './parse-document.js';
import { ParseFailure } from './parse-failure.js';
import { sanitizeFilename } from './sanitize-filename.js';

export interface SubmitDocumentInput {
  workspaceId: string;
  bytes: Uint8Array;
  filename?: string;
  /** The media type the uploader declared; the content still decides. */
  mediaType?: string;
  /** Where the document came from, when it was fetched. */
  url?: string;
  title?: string;
  collection?: string | null;
  tags?: string[];
}

export type SubmitResult =
  | { ok: true; document: KnowledgeDocument; created: boolean }
  | { ok: false; code: ParseFailure['code']; reason: string };

/**
 * Records an upload as a queued document (what `POST /v1/documents` answers 202 with); the work
 * happens in `processDocument`. The same bytes in the same workspace give the same document.
 * Oversized and empty files are refused here, before anything is stored.
 */
export async function submitDocument(deps: IngestDeps, input: SubmitDocumentInput): Promise<SubmitResult> {
  const filename = input.filename ? sanitizeFilename(input.filename) : null;
  try {
    checkSize(input.bytes, { ...DEFAULT_INGEST_LIMITS, ...deps.limits }, filename ?? 'the upload');
  } catch (error) {
    if (error instanceof ParseFailure) return { ok: false, code: error.code, reason: error.message };
    throw error;
  }
  const { document, created } = await deps.knowledge.submitDocument({
    workspaceId: input.workspaceId,
    contentHash: createHash('sha256').update(input.bytes).digest('hex'),
    title: input.title ?? filename ?? input.url ?? 'Untitled document',
    filename,
    mediaType: input.mediaType ?? null,
    url: input.url ?? null,
    collection: input.collection ?? null,
    tags: [...new Set((input.tags ?? []).map((t) => t.trim()).filter(Boolean))],
    upload: input.bytes,
  });
  return { ok: true, document, created };
}
