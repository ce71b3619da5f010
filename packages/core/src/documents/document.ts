/** Where a document is in its life: waiting, being read, being embedded, searchable, or given up on. */
export type DocumentStatus = 'queued' | 'parsing' | 'embedding' | 'ready' | 'failed';

/** Body of `POST /v1/documents` as JSON. */
export interface CreateTextDocumentRequest {
  /** Markdown or plain text. */
  text: string;
  filename?: string;
  /** Markdown by default. */
  mediaType?: 'text/markdown' | 'text/plain';
  collection?: string;
  tags?: string[];
}

/** Fields of `POST /v1/documents` as `multipart/form-data`, besides the file (field `file`). */
export interface DocumentUploadFields {
  /** Overrides the file's own name. */
  filename?: string;
  collection?: string;
  tags?: string[];
}

/** Answer of `POST /v1/documents` (202): ingestion goes on in the background. */
export interface AcceptedDocument {
  id: string;
  status: DocumentStatus;
}

/** A document of the knowledge base, without its text. */
export interface Document {
  id: string;
  title: string;
  filename: string | null;
  mediaType: string;
  url: string | null;
  contentHash: string;
  collection: string | null;
  tags: string[];
  status: DocumentStatus;
  /** 0 to 1. */
  progress: number;
  /** Why it failed, as a sentence a person can act on; null unless failed. */
  error: string | null;
  chunkCount: number;
  byteSize: number | null;
  pageCount: number | null;
  createdAt: string;
  updatedAt: string;
}

/** Query of `GET /v1/documents`. */
export interface DocumentListQuery {
  status?: DocumentStatus;
  collection?: string;
  tag?: string;
  limit?: number;
  cursor?: string;
}

/** Answer of `GET /v1/documents`. */
export interface DocumentPage {
  data: Document[];
  nextCursor: string | null;
}

/** Answer of `DELETE /v1/documents/{id}`. */
export interface DeletedDocument {
  id: string;
  deleted: true;
}
