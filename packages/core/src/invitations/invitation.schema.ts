import { roleSchema } from '../members/member.schema.js';

const timestamp = { type: 'string', format: 'date-time' } as const;
const nullableTimestamp = { type: ['string', 'null'], format: 'date-time' } as const;

/** Body of `POST /v1/invitations`. */
export const createInvitationRequestSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/create-invitation-request.json',
  title: 'CreateInvitationRequest',
  type: 'object',
  properties: {
    email: { type: 'string', format: 'email', maxLength: 254 },
    role: roleSchema,
    expiresInHours: {
      type: 'integer',
      minimum: 1,
      maximum: 720,
      description: 'How long the invitation stays valid; 168 (7 days) by default.',
    },
  },
  required: ['email', 'role'],
  additionalProperties: false,
} as const;

const invitationProperties = {
  id: { type: 'string' },
  email: { type: 'string' },
  role: roleSchema,
  invitedBy: {
    type: 'string',
    description: 'Who invited: `user:<id>`, `key:<id>` or `cli:<name>`.',
  },
  createdAt: timestamp,
  expiresAt: timestamp,
  acceptedAt: nullableTimestamp,
  revokedAt: nullableTimestamp,
} as const;

const invitationRequired = [
  'id',
  'email',
  'role',
  'invitedBy',
  'createdAt',
  'expiresAt',
  'acceptedAt',
  'revokedAt',
] as const;

/** An invitation as listed; its token is never shown again after creation. */
export const invitationObjectSchema = {
  title: 'Invitation',
  type: 'object',
  properties: invitationProperties,
  required: invitationRequired,
  additionalProperties: false,
} as const;

/** Answer of `POST /v1/invitations`: the invitation and, this once, its token. */
export const createdInvitationSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/created-invitation.json',
  title: 'CreatedInvitation',
  type: 'object',
  properties: {
    ...invitationProperties,
    token: {
      type: 'string',
      description: 'Give this to the invitee; it is shown only now. They accept at /v1/invitations/accept.',
    },
  },
  required: [...invitationRequired, 'token'],
  additionalProperties: false,
} as const;

/** Answer of `GET /v1/invitations`. */
export const invitationListSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/invitation-list.json',
  title: 'InvitationList',
  type: 'object',
  properties: { data: { type: 'array', items: invitationObjectSchema } },
  required: ['data'],
  additionalProperties: false,
} as const;

/** Body of `POST /v1/invitations/accept`. */
export const acceptInvitationRequestSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/accept-invitation-request.json',
  title: 'AcceptInvitationRequest',
  type: 'object',
  properties: {
    token: { type: 'string', minLength: 1, maxLength: 200 },
    password: {
      type: 'string',
      minLength: 10,
      maxLength: 1024,
      description: 'A new account: its password. An existing account: its current password.',
    },
    name: { type: 'string', minLength: 1, maxLength: 200, description: 'Display name of a new account.' },
  },
  required: ['token', 'password'],
  additionalProperties: false,
} as const;

/** Path of `/v1/invitations/{id}`. */
export const invitationParamsSchema = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1, maxLength: 100 } },
  required: ['id'],
  additionalProperties: false,
} as const;
