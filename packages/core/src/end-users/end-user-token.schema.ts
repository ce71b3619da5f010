/** Answer of `POST /v1/end-users/anonymous`. */
export const endUserTokenSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/end-user-token.json',
  title: 'EndUserToken',
  type: 'object',
  properties: {
    token: { type: 'string', description: 'Send as `x-tessera-user-token` with the publishable key.' },
    endUserId: { type: 'string', description: 'The anonymous id the server chose, `anon_…`.' },
    expiresAt: { type: 'string', format: 'date-time' },
  },
  required: ['token', 'endUserId', 'expiresAt'],
  additionalProperties: false,
} as const;
