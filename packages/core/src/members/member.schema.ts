/** A person's role in a workspace; each role can do everything the ones before it can. */
export const roleSchema = {
  enum: ['viewer', 'editor', 'admin', 'owner'],
  description: 'viewer < editor < admin < owner; each role can do what the ones before it can.',
} as const;

/** One member of a workspace, without `$id` so lists can embed it. */
export const memberObjectSchema = {
  title: 'Member',
  type: 'object',
  properties: {
    userId: { type: 'string' },
    email: { type: 'string' },
    name: { type: 'string' },
    role: roleSchema,
    joinedAt: { type: 'string', format: 'date-time' },
  },
  required: ['userId', 'email', 'name', 'role', 'joinedAt'],
  additionalProperties: false,
} as const;

export const memberSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/member.json',
  ...memberObjectSchema,
} as const;

/** Response of `GET /v1/members`. */
export const memberListSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/member-list.json',
  title: 'MemberList',
  type: 'object',
  properties: { data: { type: 'array', items: memberObjectSchema } },
  required: ['data'],
  additionalProperties: false,
} as const;

/** Body of `PATCH /v1/members/{userId}`. */
export const updateMemberRequestSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/update-member-request.json',
  title: 'UpdateMemberRequest',
  type: 'object',
  properties: { role: roleSchema },
  required: ['role'],
  additionalProperties: false,
} as const;

/** Path of `/v1/members/{userId}`. */
export const memberParamsSchema = {
  type: 'object',
  properties: { userId: { type: 'string', minLength: 1, maxLength: 100 } },
  required: ['userId'],
  additionalProperties: false,
} as const;
