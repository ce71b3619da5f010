import {
  acceptedDocumentSchema,
  createTextDocumentRequestSchema,
  deletedDocumentSchema,
  documentListQuerySchema,
  documentPageSchema,
  documentParamsSchema,
  documentSchema,
  documentUploadFieldsSchema,
  type CreateTextDocumentRequest,
  type DocumentUploadFields,
  type Document,
  type DocumentListQuery,
} from '@tessera/core';
import type { AppDeps } from '../app-deps.js';
import { requestActor } from '../http/auth/request-actor.js';
import { ProblemError } from '../http/problem-error.js';
import { defineRoute } from '../http/route.js';
import type { KnowledgeDocument } from '../ports/knowledge-store.js';
import { deleteDocument, reindexDocument } from '../services/ingest/manage-documents.js';
import { DEFAULT_INGEST_LIMITS } from '../services/ingest/ingest-limits.js';
import { submitDocument, type SubmitDocumentInput } from '../services/ingest/submit-document.js';
import { AUTH_PROBLEMS, problemResponses } from './problem-responses.js';

type DocumentParams = { id: string };

/** A document as the API shows it: without its workspace. */
function toDocument(document: KnowledgeDocument): Document {
  const { workspaceId: _workspaceId, ...shown } = document;
  return shown;
}

const notFound = () =>
  new ProblemError(404, 'No document with that id in this workspace.', { code: 'not_found' });

/** `/v1/documents`: the knowledge base's documents, ingested in the background. */
export function documentRoutes({ knowledge }: Required<Pick<AppDeps, 'knowledge'>>) {
  const { base, jobs } = knowledge;
  const maxBytes = { ...DEFAULT_INGEST_LIMITS, ...base.ingest.limits }.maxFileBytes;
  return [
    defineRoute<CreateTextDocumentRequest>({
      method: 'POST',
      path: '/v1/documents',
      operationId: 'documents.create',
      summary:
        'Add a document: Markdown or plain text as JSON, or a file (PDF, DOCX, PPTX, HTML, CSV, PNG, JPEG, …) as multipart/form-data in `file`; answers 202 and ingests in the background.',
      tag: 'documents',
      access: 'editor',
      body: createTextDocumentRequestSchema,
      // 5 MB of text, with room for JSON escaping.
      bodyLimit: '6mb',
      upload: { maxBytes, fields: documentUploadFieldsSchema },
      responses: {
        202: {
          description: 'Queued (or already known: the same content gives the same document).',
          schema: acceptedDocumentSchema,
        },
        ...problemResponses(400, ...AUTH_PROBLEMS, 413, 415),
      },
      async handler(ctx) {
        const { workspaceId } = requestActor(ctx);
        const { file } = ctx.input;
        let input: SubmitDocumentInput;
        if (file) {
          // A multipart upload: the body holds the form's other fields; the content decides the format.
          const fields = ctx.input.body as DocumentUploadFields;
          const filename = fields.filename ?? file.filename;
          input = {
            workspaceId,
            bytes: file.bytes,
            ...(filename ? { filename } : {}),
            ...(file.mediaType ? { mediaType: file.mediaType } : {}),
            ...(fields.collection !== undefined ? { collection: fields.collection } : {}),
            ...(fields.tags !== undefined ? { tags: fields.tags } : {}),
          };
        } else {
          const body = ctx.input.body;
          input = {
            workspaceId,
            bytes: Buffer.from(body.text, 'utf8'),
            mediaType: body.mediaType ?? 'text/markdown',
            ...(body.filename !== undefined ? { filename: body.filename } : {}),
            ...(body.collection !== undefined ? { collection: body.collection } : {}),
            ...(body.tags !== undefined ? { tags: body.tags } : {}),
          };
        }
        const submitted = await submitDocument(base.ingest, input);
        if (!submitted.ok) {
          const status = submitted.code === 'too_large' ? 413 : 400;
          throw new ProblemError(status, submitted.reason, { code: submitted.code });
        }
        const { document } = submitted;
        if (document.status !== 'ready' && document.status !== 'failed') jobs.start(workspaceId, document.id);
        ctx.status = 202;
        ctx.set('location', `/v1/documents/${encodeURIComponent(document.id)}`);
        ctx.body = { id: document.id, status: document.status };
      },
    }),
    defineRoute<unknown, DocumentListQuery>({
      method: 'GET',
      path: '/v1/documents',
      operationId: 'documents.list',
      summary: 'List documents, newest first; filter by status, collection and tag; page with cursor.',
      tag: 'documents',
      access: 'viewer',
      query: documentListQuerySchema,
      responses: {
        200: { description: 'One page of documents.', schema: documentPageSchema },
        ...problemResponses(400, ...AUTH_PROBLEMS),
      },
      async handler(ctx) {
        const { limit = 50, ...filters } = ctx.input.query;
        const page = await base.knowledge.listDocuments(requestActor(ctx).workspaceId, { ...filters, limit });
        ctx.body = { data: page.documents.map(toDocument), nextCursor: page.nextCursor };
      },
    }),
    defineRoute<unknown, Record<string, unknown>, DocumentParams>({
      method: 'GET',
      path: '/v1/documents/:id',
      operationId: 'documents.get',
      summary: 'A document with its status, progress, chunk count and error.',
      tag: 'documents',
      access: 'viewer',
      params: documentParamsSchema,
      responses: {
        200: { description: 'The document.', schema: documentSchema },
        ...problemResponses(400, ...AUTH_PROBLEMS, 404),
      },
      async handler(ctx) {
        const document = await base.knowledge.getDocument(requestActor(ctx).workspaceId, ctx.input.params.id);
        if (!document) throw notFound();
        ctx.body = toDocument(document);
      },
    }),
    defineRoute<unknown, Record<string, unknown>, DocumentParams>({
      method: 'DELETE',
      path: '/v1/documents/:id',
      operationId: 'documents.delete',
      summary: 'Remove a document with its chunks and vectors; answers stop citing it at once.',
      tag: 'documents',
      access: 'editor',
      params: documentParamsSchema,
      responses: {
        200: { description: 'The document is gone.', schema: deletedDocumentSchema },
        ...problemResponses(400, ...AUTH_PROBLEMS, 404),
      },
      async handler(ctx) {
        const { id } = ctx.input.params;
        if (!(await deleteDocument(base.ingest, requestActor(ctx).workspaceId, id))) throw notFound();
        ctx.body = { id, deleted: true };
      },
    }),
    defineRoute<unknown, Record<string, unknown>, DocumentParams>({
      method: 'POST',
      path: '/v1/documents/:id/reindex',
      operationId: 'documents.reindex',
      summary:
        'Index a ready or failed document again from its stored text (after a model or chunking change).',
      tag: 'documents',
      access: 'editor',
      params: documentParamsSchema,
      responses: {
        200: { description: 'The document after re-indexing.', schema: documentSchema },
        ...problemResponses(400, ...AUTH_PROBLEMS, 404, 409),
      },
      async handler(ctx) {
        const { workspaceId } = requestActor(ctx);
        const document = await reindexDocument(base.ingest, workspaceId, ctx.input.params.id);
        if (!document) throw notFound();
        if (document.status !== 'ready' && document.status !== 'failed') {
          throw new ProblemError(409, 'The document is still being ingested; re-index it once it is ready.', {
            code: 'conflict',
          });
        }
        ctx.body = toDocument(document);
      },
    }),
  ];
}
