const idList = {
  type: 'array',
  maxItems: 50,
  items: { type: 'string', minLength: 1, maxLength: 100 },
} as const;

/** Body of `POST /v1/search`. */
export const searchRequestSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/search-request.json',
  title: 'SearchRequest',
  type: 'object',
  properties: {
    query: { type: 'string', minLength: 1, maxLength: 2000 },
    topK: { type: 'integer', minimum: 1, maximum: 50, description: '8 by default.' },
    threshold: {
      type: 'number',
      description: 'Drops results scoring below it; the scale depends on the mode.',
    },
    mode: {
      enum: ['lexical', 'vector', 'hybrid'],
      description: '`hybrid` when an embedding provider is configured, else `lexical`.',
    },
    filter: {
      type: 'object',
      properties: { collections: idList, tags: idList, documentIds: idList },
      additionalProperties: false,
    },
    rerank: { type: 'boolean', description: 'Reorder with the reranker, when one is configured.' },
  },
  required: ['query'],
  additionalProperties: false,
} as const;

const span = {
  type: 'object',
  properties: { start: { type: 'integer' }, end: { type: 'integer' } },
  required: ['start', 'end'],
  additionalProperties: false,
} as const;

const searchHitSchema = {
  title: 'SearchHit',
  type: 'object',
  properties: {
    chunkId: { type: 'string' },
    text: { type: 'string' },
    score: { type: 'number' },
    scores: {
      type: 'object',
      properties: {
        lexical: { type: 'number' },
        vector: { type: 'number' },
        fused: { type: 'number' },
        rerank: { type: 'number' },
      },
      additionalProperties: false,
    },
    highlights: { type: 'array', items: span },
    citation: {
      type: 'object',
      properties: {
        documentId: { type: 'string' },
        title: { type: 'string' },
        filename: { type: ['string', 'null'] },
        mediaType: { type: 'string' },
        url: { type: ['string', 'null'] },
        page: { type: ['integer', 'null'] },
        headingPath: { type: 'array', items: { type: 'string' } },
        startOffset: { type: 'integer' },
        endOffset: { type: 'integer' },
      },
      required: [
        'documentId',
        'title',
        'filename',
        'mediaType',
        'url',
        'page',
        'headingPath',
        'startOffset',
        'endOffset',
      ],
      additionalProperties: false,
    },
  },
  required: ['chunkId', 'text', 'score', 'scores', 'highlights', 'citation'],
  additionalProperties: false,
} as const;

/** Answer of `POST /v1/search`: the best chunks first. */
export const searchResultSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/search-result.json',
  title: 'SearchResult',
  type: 'object',
  properties: {
    mode: { enum: ['lexical', 'vector', 'hybrid'] },
    data: { type: 'array', items: searchHitSchema },
  },
  required: ['mode', 'data'],
  additionalProperties: false,
} as const;
