const nullableString = { type: ['string', 'null'] } as const;

/** One administrative action, without `$id` for embedding. */
export const auditEntryObjectSchema = {
  title: 'AuditEntry',
  type: 'object',
  properties: {
    id: { type: 'string' },
    action: { type: 'string', description: 'What was done, e.g. `key.create`, `member.remove`.' },
    actor: {
      type: 'object',
      properties: { kind: { enum: ['user', 'key', 'cli', 'system'] }, id: { type: 'string' } },
      required: ['kind', 'id'],
      additionalProperties: false,
    },
    target: {
      anyOf: [
        {
          type: 'object',
          properties: { kind: { type: 'string' }, id: { type: 'string' } },
          required: ['kind', 'id'],
          additionalProperties: false,
        },
        { type: 'null' },
      ],
    },
    ip: nullableString,
    userAgent: nullableString,
    details: { type: 'object' },
    createdAt: { type: 'string', format: 'date-time' },
  },
  required: ['id', 'action', 'actor', 'target', 'ip', 'userAgent', 'details', 'createdAt'],
  additionalProperties: false,
} as const;

/** Query of `GET /v1/audit`. */
export const auditQuerySchema = {
  type: 'object',
  properties: {
    action: { type: 'string', minLength: 1, maxLength: 100 },
    actorId: { type: 'string', minLength: 1, maxLength: 200 },
    since: { type: 'string', format: 'date-time' },
    until: { type: 'string', format: 'date-time' },
    limit: { type: 'integer', minimum: 1, maximum: 200 },
    cursor: { type: 'string', minLength: 1, maxLength: 100 },
  },
  additionalProperties: false,
} as const;

/** Answer of `GET /v1/audit`, newest first. */
export const auditPageSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/audit-page.json',
  title: 'AuditPage',
  type: 'object',
  properties: {
    data: { type: 'array', items: auditEntryObjectSchema },
    nextCursor: {
      type: ['string', 'null'],
      description: 'Pass as `cursor` for the next (older) page; `null` on the last page.',
    },
  },
  required: ['data', 'nextCursor'],
  additionalProperties: false,
} as const;
