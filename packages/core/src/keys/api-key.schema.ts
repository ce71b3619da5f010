const timestamp = { type: 'string', format: 'date-time' } as const;
const nullableTimestamp = { type: ['string', 'null'], format: 'date-time' } as const;

/** An allowed origin: `'self'` (the server's own pages) or `scheme://host[:port]` without a path. */
export const allowedOriginSchema = {
  type: 'string',
  minLength: 1,
  maxLength: 200,
  // Any letter case: the server normalises origins to the lower-case form browsers send.
  pattern: "^(?:'self'|[A-Za-z][A-Za-z0-9+.-]*://[^/?#\\s]+/?)$",
} as const;

const allowedOrigins = {
  type: 'array',
  maxItems: 50,
  items: allowedOriginSchema,
  description:
    "Browser origins that may use a publishable key. Deny by default: an empty list allows no browser. `'self'` is the server's own origin.",
} as const;

/** Body of `POST /v1/keys`. */
export const createApiKeyRequestSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/create-api-key-request.json',
  title: 'CreateApiKeyRequest',
  type: 'object',
  properties: {
    type: { enum: ['secret', 'publishable'] },
    name: { type: 'string', minLength: 1, maxLength: 200 },
    assistantId: {
      type: 'string',
      minLength: 1,
      maxLength: 100,
      description: "Publishable keys: the assistant they chat with; the workspace's first by default.",
    },
    allowedOrigins,
  },
  required: ['type'],
  additionalProperties: false,
} as const;

/** Body of `PATCH /v1/keys/{id}`. */
export const updateApiKeyRequestSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/update-api-key-request.json',
  title: 'UpdateApiKeyRequest',
  type: 'object',
  properties: { name: { type: 'string', minLength: 1, maxLength: 200 }, allowedOrigins },
  minProperties: 1,
  additionalProperties: false,
} as const;

const apiKeyProperties = {
  id: { type: 'string' },
  type: { enum: ['secret', 'publishable'] },
  name: { type: 'string' },
  prefix: { type: 'string', description: 'The first characters of the key, to recognise it.' },
  last4: { type: 'string', description: 'The last four characters of the key.' },
  assistantId: { type: ['string', 'null'] },
  allowedOrigins: { type: 'array', items: { type: 'string' } },
  createdAt: timestamp,
  revokedAt: nullableTimestamp,
  lastUsedAt: nullableTimestamp,
} as const;

const apiKeyRequired = [
  'id',
  'type',
  'name',
  'prefix',
  'last4',
  'assistantId',
  'allowedOrigins',
  'createdAt',
  'revokedAt',
  'lastUsedAt',
] as const;

/** An API key as listed: never the key itself, never its hash. */
export const apiKeyObjectSchema = {
  title: 'ApiKey',
  type: 'object',
  properties: apiKeyProperties,
  required: apiKeyRequired,
  additionalProperties: false,
} as const;

export const apiKeySchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/api-key.json',
  ...apiKeyObjectSchema,
} as const;

/** Answer of `POST /v1/keys` and of a rotation: the key's record and, this once, the key. */
export const createdApiKeySchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/created-api-key.json',
  title: 'CreatedApiKey',
  type: 'object',
  properties: {
    ...apiKeyProperties,
    key: { type: 'string', description: 'The full key. It is shown only now; store it safely.' },
  },
  required: [...apiKeyRequired, 'key'],
  additionalProperties: false,
} as const;

/** Answer of `GET /v1/keys`. */
export const apiKeyListSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/api-key-list.json',
  title: 'ApiKeyList',
  type: 'object',
  properties: { data: { type: 'array', items: apiKeyObjectSchema } },
  required: ['data'],
  additionalProperties: false,
} as const;

/** Path of `/v1/keys/{id}`. */
export const apiKeyParamsSchema = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1, maxLength: 100 } },
  required: ['id'],
  additionalProperties: false,
} as const;
