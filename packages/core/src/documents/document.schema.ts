const collection = { type: 'string', minLength: 1, maxLength: 100 } as const;
const tags = {
  type: 'array',
  maxItems: 20,
  items: { type: 'string', minLength: 1, maxLength: 50 },
} as const;
const status = { enum: ['queued', 'parsing', 'embedding', 'ready', 'failed'] } as const;

/** Body of `POST /v1/documents` as JSON: Markdown or plain text. */
export const createTextDocumentRequestSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/create-text-document-request.json',
  title: 'CreateTextDocumentRequest',
  type: 'object',
  properties: {
    text: { type: 'string', minLength: 1, maxLength: 5_000_000, description: 'Markdown or plain text.' },
    filename: { type: 'string', minLength: 1, maxLength: 255 },
    mediaType: { enum: ['text/markdown', 'text/plain'], description: 'Markdown by default.' },
    collection,
    tags,
  },
  required: ['text'],
  additionalProperties: false,
} as const;

/**
 * Fields of `POST /v1/documents` as `multipart/form-data`, besides the file (field `file`). Untitled
 * so the OpenAPI document inlines it into the form's schema.
 */
export const documentUploadFieldsSchema = {
  type: 'object',
  properties: {
    filename: {
      type: 'string',
      minLength: 1,
      maxLength: 255,
      description: "Overrides the file's own name.",
    },
    collection,
    tags,
  },
  additionalProperties: false,
} as const;

/** Answer of `POST /v1/documents`: the document is queued; poll `GET /v1/documents/{id}`. */
export const acceptedDocumentSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/accepted-document.json',
  title: 'AcceptedDocument',
  type: 'object',
  properties: { id: { type: 'string' }, status },
  required: ['id', 'status'],
  additionalProperties: false,
} as const;

/** A document of the knowledge base, without its text. */
export const documentObjectSchema = {
  title: 'Document',
  type: 'object',
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    filename: { type: ['string', 'null'] },
    mediaType: { type: 'string' },
    url: { type: ['string', 'null'] },
    contentHash: { type: 'string' },
    collection: { type: ['string', 'null'] },
    tags: { type: 'array', items: { type: 'string' } },
    status,
    progress: { type: 'number', minimum: 0, maximum: 1 },
    error: { type: ['string', 'null'], description: 'Why it failed; null unless failed.' },
    chunkCount: { type: 'integer', minimum: 0 },
    byteSize: { type: ['integer', 'null'] },
    pageCount: { type: ['integer', 'null'] },
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
  },
  required: [
    'id',
    'title',
    'filename',
    'mediaType',
    'url',
    'contentHash',
    'collection',
    'tags',
    'status',
    'progress',
    'error',
    'chunkCount',
    'byteSize',
    'pageCount',
    'createdAt',
    'updatedAt',
  ],
  additionalProperties: false,
} as const;

export const documentSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/document.json',
  ...documentObjectSchema,
} as const;

/** Query of `GET /v1/documents`. */
export const documentListQuerySchema = {
  type: 'object',
  properties: {
    status,
    collection,
    tag: { type: 'string', minLength: 1, maxLength: 50 },
    limit: { type: 'integer', minimum: 1, maximum: 100 },
    cursor: { type: 'string', minLength: 1, maxLength: 200 },
  },
  additionalProperties: false,
} as const;

/** Answer of `GET /v1/documents`. */
export const documentPageSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/document-page.json',
  title: 'DocumentPage',
  type: 'object',
  properties: {
    data: { type: 'array', items: documentObjectSchema },
    nextCursor: {
      type: ['string', 'null'],
      description: 'Pass as `cursor` for the next page; `null` on the last page.',
    },
  },
  required: ['data', 'nextCursor'],
  additionalProperties: false,
} as const;

/** Answer of `DELETE /v1/documents/{id}`. */
export const deletedDocumentSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/deleted-document.json',
  title: 'DeletedDocument',
  type: 'object',
  properties: { id: { type: 'string' }, deleted: { const: true } },
  required: ['id', 'deleted'],
  additionalProperties: false,
} as const;

/** Path of `/v1/documents/{id}`. */
export const documentParamsSchema = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1, maxLength: 100 } },
  required: ['id'],
  additionalProperties: false,
} as const;
