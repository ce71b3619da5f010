import type {
  AcceptedDocument,
  CreateTextDocumentRequest,
  DeletedDocument,
  Document,
  DocumentListQuery,
  DocumentPage,
  DocumentUploadFields,
} from '@tessera/core';
import type { RequestOptions } from '../client.js';
import { APIResource } from '../core/api-resource.js';
import { PagePromise } from '../core/pagination.js';
import { path } from '../internal/path.js';

/** Filters of `client.documents.list()`: the query of `GET /v1/documents` without the cursor, which the pages carry. */
export type DocumentListParams = Omit<DocumentListQuery, 'cursor'>;

/** `client.documents`: the knowledge base the assistant answers from. Viewers read; editors write. */
export class Documents extends APIResource {
  /**
   * Adds Markdown or plain text (`POST /v1/documents`); ingestion runs in the background, so poll
   * `get(id)` until its status is `ready` (or `failed`).
   *
   * @example
   * ```ts
   * const { id } = await client.documents.create({ text: '# Refunds\n…', filename: 'refunds.md' });
   * ```
   */
  create(body: CreateTextDocumentRequest, options?: RequestOptions): Promise<AcceptedDocument> {
    return this._client.post('/v1/documents', { body, ...options });
  }

  /**
   * Uploads a file (`POST /v1/documents` as `multipart/form-data`): PDF, DOCX, PPTX, HTML, Markdown,
   * text, CSV, PNG or JPEG; the content decides the format. Ingestion runs in the background.
   *
   * @example
   * ```ts
   * const { id } = await client.documents.upload(new Blob([bytes]), 'manual.pdf', { collection: 'manuals' });
   * ```
   */
  upload(
    file: Blob,
    filename: string,
    fields: DocumentUploadFields = {},
    options?: RequestOptions,
  ): Promise<AcceptedDocument> {
    const body = new FormData();
    body.append('file', file, filename);
    for (const [name, value] of Object.entries(fields) as [string, string | string[] | undefined][]) {
      for (const one of value === undefined ? [] : [value].flat()) body.append(name, one);
    }
    return this._client.post('/v1/documents', { body, ...options });
  }

  /** Lists documents (`GET /v1/documents`); await it for one page or `for await` it to walk every page. */
  list(query: DocumentListParams = {}, options?: RequestOptions): PagePromise<Document> {
    return new PagePromise((cursor) =>
      this._client.get<DocumentPage>('/v1/documents', { query: { ...query, cursor }, ...options }),
    );
  }

  /** A document with its status, progress and chunk count (`GET /v1/documents/{id}`). */
  get(id: string, options?: RequestOptions): Promise<Document> {
    return this._client.get(path`/v1/documents/${id}`, options);
  }

  /** Removes a document, its chunks and vectors (`DELETE /v1/documents/{id}`). */
  delete(id: string, options?: RequestOptions): Promise<DeletedDocument> {
    return this._client.delete(path`/v1/documents/${id}`, options);
  }

  /** Indexes a document again from its stored text (`POST /v1/documents/{id}/reindex`). */
  reindex(id: string, options?: RequestOptions): Promise<Document> {
    return this._client.post(path`/v1/documents/${id}/reindex`, options);
  }
}
