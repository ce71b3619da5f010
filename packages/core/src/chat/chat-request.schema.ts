import { uiMessageObjectSchema } from './ui-message.schema.js';

/** Body of `POST /v1/chat`: the AI SDK chat request, so a stock `useChat` client can talk to Tessera. */
export const chatRequestSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/chat-request.json',
  title: 'ChatRequest',
  type: 'object',
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 200, description: 'Conversation id.' },
    messages: {
      type: 'array',
      minItems: 1,
      maxItems: 500,
      items: uiMessageObjectSchema,
    },
    trigger: { enum: ['submit-message', 'regenerate-message'] },
    messageId: { type: 'string', maxLength: 200 },
  },
  required: ['messages'],
  additionalProperties: false,
} as const;
