/**
 * Compile-time proof that the document and search types match their JSON Schemas; `tsc` fails here
 * when one drifts from the other. It emits nothing that anyone imports.
 */
import type { FromSchema } from 'json-schema-to-ts';
import type {
  AcceptedDocument,
  CreateTextDocumentRequest,
  DeletedDocument,
  Document,
  DocumentListQuery,
  DocumentPage,
  DocumentUploadFields,
} from './documents/document.js';
import type {
  acceptedDocumentSchema,
  createTextDocumentRequestSchema,
  deletedDocumentSchema,
  documentListQuerySchema,
  documentPageSchema,
  documentSchema,
  documentUploadFieldsSchema,
} from './documents/document.schema.js';
import type { SearchRequest, SearchResult } from './search/search.js';
import type { searchRequestSchema, searchResultSchema } from './search/search.schema.js';

/** Mutual assignability: what the schema accepts, the type accepts, and the other way round. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

export type DocumentSearchSchemaChecks = [
  Assert<Same<FromSchema<typeof createTextDocumentRequestSchema>, CreateTextDocumentRequest>>,
  Assert<Same<FromSchema<typeof documentUploadFieldsSchema>, DocumentUploadFields>>,
  Assert<Same<FromSchema<typeof acceptedDocumentSchema>, AcceptedDocument>>,
  Assert<Same<FromSchema<typeof documentSchema>, Document>>,
  Assert<Same<FromSchema<typeof documentListQuerySchema>, DocumentListQuery>>,
  Assert<Same<FromSchema<typeof documentPageSchema>, DocumentPage>>,
  Assert<Same<FromSchema<typeof deletedDocumentSchema>, DeletedDocument>>,
  Assert<Same<FromSchema<typeof searchRequestSchema>, SearchRequest>>,
  Assert<Same<FromSchema<typeof searchResultSchema>, SearchResult>>,
];
