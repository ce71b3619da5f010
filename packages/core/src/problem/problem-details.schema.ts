/** RFC 9457 problem details, as every Tessera error response carries them. */
export const problemDetailsSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/problem-details.json',
  title: 'ProblemDetails',
  type: 'object',
  properties: {
    type: { type: 'string', description: 'URI reference that identifies the problem type.' },
    title: { type: 'string', description: 'Short, human-readable summary of the problem type.' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string', description: 'What went wrong this time, and how to fix it.' },
    instance: { type: 'string', description: 'The request path.' },
    code: { type: 'string', description: 'Stable machine-readable error code.' },
    requestId: { type: 'string' },
    errors: {
      type: 'array',
      description: 'Validation failures, each pointing into the request.',
      items: {
        type: 'object',
        properties: {
          pointer: { type: 'string', description: 'JSON Pointer (RFC 6901) into the body.' },
          detail: { type: 'string' },
        },
        required: ['pointer', 'detail'],
        additionalProperties: false,
      },
    },
  },
  required: ['type', 'title', 'status'],
  additionalProperties: false,
} as const;
