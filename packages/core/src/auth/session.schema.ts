import { roleSchema } from '../members/member.schema.js';

const email = { type: 'string', format: 'email', maxLength: 254 } as const;

/** Body of `POST /v1/auth/login`. */
export const loginRequestSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/login-request.json',
  title: 'LoginRequest',
  type: 'object',
  properties: {
    email,
    password: { type: 'string', minLength: 1, maxLength: 1024 },
    workspaceId: {
      type: 'string',
      minLength: 1,
      maxLength: 100,
      description: 'Workspace to sign in to; defaults to the first one the user belongs to.',
    },
  },
  required: ['email', 'password'],
  additionalProperties: false,
} as const;

/** Body of `POST /v1/auth/refresh` and `POST /v1/auth/logout`. */
export const refreshTokenRequestSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/refresh-token-request.json',
  title: 'RefreshTokenRequest',
  type: 'object',
  properties: { refreshToken: { type: 'string', minLength: 1, maxLength: 200 } },
  required: ['refreshToken'],
  additionalProperties: false,
} as const;

/** A signed-in user as sessions and principals describe them, without `$id` for embedding. */
export const userObjectSchema = {
  title: 'User',
  type: 'object',
  properties: { id: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' } },
  required: ['id', 'email', 'name'],
  additionalProperties: false,
} as const;

/** A new session: answer of login, refresh and invitation acceptance. */
export const sessionSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/session.json',
  title: 'Session',
  type: 'object',
  properties: {
    accessToken: { type: 'string', description: 'Send as `authorization: Bearer <accessToken>`.' },
    tokenType: { const: 'Bearer' },
    expiresIn: { type: 'integer', description: 'Seconds until the access token expires.' },
    refreshToken: { type: 'string', description: 'Single use: each refresh returns a new one.' },
    refreshTokenExpiresAt: { type: 'string', format: 'date-time' },
    user: userObjectSchema,
    workspaceId: { type: 'string' },
    role: roleSchema,
  },
  required: [
    'accessToken',
    'tokenType',
    'expiresIn',
    'refreshToken',
    'refreshTokenExpiresAt',
    'user',
    'workspaceId',
    'role',
  ],
  additionalProperties: false,
} as const;

/** Answer of `GET /v1/auth/me`: who the credentials of this request belong to. */
export const currentPrincipalSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/current-principal.json',
  title: 'CurrentPrincipal',
  type: 'object',
  properties: {
    kind: { enum: ['user', 'secret-key', 'publishable-key'] },
    workspaceId: { type: 'string' },
    role: roleSchema,
    user: userObjectSchema,
    keyId: { type: 'string' },
    assistantId: { type: 'string' },
    endUserId: { type: 'string' },
  },
  required: ['kind', 'workspaceId'],
  additionalProperties: false,
} as const;
