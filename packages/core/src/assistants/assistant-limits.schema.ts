const perMinute = {
  type: ['integer', 'null'],
  minimum: 1,
  maximum: 1_000_000,
  description: 'Requests per minute (also the largest burst); null for no limit.',
} as const;
const perDay = {
  type: ['integer', 'null'],
  minimum: 1,
  maximum: 1_000_000_000_000,
  description: 'LLM tokens per UTC day; null for no budget.',
} as const;

/**
 * An assistant's own rate limits and budgets. A field left out keeps the server's default; `null`
 * lifts the limit for this assistant.
 */
export const assistantLimitsSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/assistant-limits.json',
  title: 'AssistantLimits',
  type: 'object',
  properties: {
    endUserRequestsPerMinute: perMinute,
    ipRequestsPerMinute: perMinute,
    keyRequestsPerMinute: perMinute,
    endUserDailyTokens: perDay,
    keyDailyTokens: perDay,
  },
  additionalProperties: false,
} as const;
