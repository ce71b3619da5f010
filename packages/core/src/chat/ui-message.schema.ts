/**
 * JSON Schema of a UI message as `useChat` clients send it back to the server. Text parts are checked
 * strictly; the other part kinds the AI SDK knows (sources, files, data, tools…) are accepted as
 * objects with a `type`, because a client echoes the assistant's earlier messages verbatim.
 */
export const textPartSchema = {
  type: 'object',
  properties: {
    type: { const: 'text' },
    text: { type: 'string', maxLength: 32_000 },
    state: { enum: ['streaming', 'done'] },
    providerMetadata: { type: 'object' },
  },
  required: ['type', 'text'],
  additionalProperties: false,
} as const;

export const uiMessagePartSchema = {
  type: 'object',
  properties: { type: { type: 'string', minLength: 1, maxLength: 100 } },
  required: ['type'],
  if: { properties: { type: { const: 'text' } } },
  then: textPartSchema,
} as const;

/** A UI message, without `$id` so it can be embedded in other schemas. */
export const uiMessageObjectSchema = {
  title: 'UIMessage',
  type: 'object',
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 200 },
    role: { enum: ['system', 'user', 'assistant'] },
    metadata: {},
    parts: { type: 'array', maxItems: 200, items: uiMessagePartSchema },
  },
  required: ['id', 'role', 'parts'],
  additionalProperties: false,
} as const;

export const uiMessageSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/ui-message.json',
  ...uiMessageObjectSchema,
} as const;
