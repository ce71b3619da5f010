/** An assistant as its workspace's members see it, without `$id` for embedding. */
export const assistantObjectSchema = {
  title: 'Assistant',
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    greeting: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
  },
  required: ['id', 'name', 'greeting', 'createdAt'],
  additionalProperties: false,
} as const;

export const assistantSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/assistant.json',
  ...assistantObjectSchema,
} as const;

/** Answer of `GET /v1/assistants`. */
export const assistantListSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/assistant-list.json',
  title: 'AssistantList',
  type: 'object',
  properties: { data: { type: 'array', items: assistantObjectSchema } },
  required: ['data'],
  additionalProperties: false,
} as const;

/** Answer of `GET /v1/assistants/{id}/public`: only what a widget may show to anyone. */
export const publicAssistantSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/public-assistant.json',
  title: 'PublicAssistant',
  type: 'object',
  properties: { name: { type: 'string' }, greeting: { type: 'string' } },
  required: ['name', 'greeting'],
  additionalProperties: false,
} as const;

/** Answer of the signing-secret routes of an assistant. */
export const signingSecretSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/signing-secret.json',
  title: 'SigningSecret',
  type: 'object',
  properties: {
    assistantId: { type: 'string' },
    secret: {
      type: 'string',
      description:
        'HS256 key for end-user tokens: your backend signs { sub, exp ≤ 24 h, name?, email? } with it. Keep it on servers.',
    },
    rotatedAt: { type: 'string', format: 'date-time' },
  },
  required: ['assistantId', 'secret', 'rotatedAt'],
  additionalProperties: false,
} as const;

/** Path of `/v1/assistants/{id}…`. */
export const assistantParamsSchema = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1, maxLength: 100 } },
  required: ['id'],
  additionalProperties: false,
} as const;
