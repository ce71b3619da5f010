import type { assistantLimitsSchema } from './assistants/assistant-limits.schema.js';
import type { AssistantLimits } from './assistants/assistant-limits.js';
/**
 * Compile-time proof that the identity and access types match their JSON Schemas (see
 * `schemas.type-test.ts` for the method). Kept apart so each half of the API can grow its own list.
 */
import type { FromSchema } from 'json-schema-to-ts';
import type { AssistantInfo, PublicAssistant, SigningSecret } from './assistants/assistant.js';
import type {
  assistantSchema,
  publicAssistantSchema,
  signingSecretSchema,
} from './assistants/assistant.schema.js';
import type { AuditPage, AuditQuery } from './audit/audit-entry.js';
import type { auditPageSchema, auditQuerySchema } from './audit/audit-entry.schema.js';
import type { CurrentPrincipal, LoginRequest, RefreshTokenRequest, Session } from './auth/session.js';
import type {
  currentPrincipalSchema,
  loginRequestSchema,
  refreshTokenRequestSchema,
  sessionSchema,
} from './auth/session.schema.js';
import type { EndUserToken } from './end-users/end-user-token.js';
import type { endUserTokenSchema } from './end-users/end-user-token.schema.js';
import type {
  AcceptInvitationRequest,
  CreatedInvitation,
  CreateInvitationRequest,
  InvitationList,
} from './invitations/invitation.js';
import type {
  acceptInvitationRequestSchema,
  createdInvitationSchema,
  createInvitationRequestSchema,
  invitationListSchema,
} from './invitations/invitation.schema.js';
import type {
  ApiKey,
  ApiKeyList,
  CreateApiKeyRequest,
  CreatedApiKey,
  UpdateApiKeyRequest,
} from './keys/api-key.js';
import type {
  apiKeyListSchema,
  apiKeySchema,
  createApiKeyRequestSchema,
  createdApiKeySchema,
  updateApiKeyRequestSchema,
} from './keys/api-key.schema.js';
import type { Member, MemberList, UpdateMemberRequest } from './members/member.js';
import type { memberListSchema, memberSchema, updateMemberRequestSchema } from './members/member.schema.js';

/** Mutual assignability: what the schema accepts, the type accepts, and the other way round. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

export type IdentitySchemaChecks = [
  Assert<Same<FromSchema<typeof loginRequestSchema>, LoginRequest>>,
  Assert<Same<FromSchema<typeof refreshTokenRequestSchema>, RefreshTokenRequest>>,
  Assert<Same<FromSchema<typeof sessionSchema>, Session>>,
  Assert<Same<FromSchema<typeof currentPrincipalSchema>, CurrentPrincipal>>,
  Assert<Same<FromSchema<typeof memberSchema>, Member>>,
  Assert<Same<FromSchema<typeof memberListSchema>, MemberList>>,
  Assert<Same<FromSchema<typeof updateMemberRequestSchema>, UpdateMemberRequest>>,
  Assert<Same<FromSchema<typeof createInvitationRequestSchema>, CreateInvitationRequest>>,
  Assert<Same<FromSchema<typeof createdInvitationSchema>, CreatedInvitation>>,
  Assert<Same<FromSchema<typeof invitationListSchema>, InvitationList>>,
  Assert<Same<FromSchema<typeof acceptInvitationRequestSchema>, AcceptInvitationRequest>>,
  Assert<Same<FromSchema<typeof createApiKeyRequestSchema>, CreateApiKeyRequest>>,
  Assert<Same<FromSchema<typeof updateApiKeyRequestSchema>, UpdateApiKeyRequest>>,
  Assert<Same<FromSchema<typeof apiKeySchema>, ApiKey>>,
  Assert<Same<FromSchema<typeof createdApiKeySchema>, CreatedApiKey>>,
  Assert<Same<FromSchema<typeof apiKeyListSchema>, ApiKeyList>>,
  Assert<Same<FromSchema<typeof assistantSchema>, AssistantInfo>>,
  Assert<Same<FromSchema<typeof publicAssistantSchema>, PublicAssistant>>,
  Assert<Same<FromSchema<typeof signingSecretSchema>, SigningSecret>>,
  Assert<Same<FromSchema<typeof endUserTokenSchema>, EndUserToken>>,
  Assert<Same<FromSchema<typeof auditQuerySchema>, AuditQuery>>,
  Assert<Same<FromSchema<typeof auditPageSchema>, AuditPage>>,
];

export type AssistantLimitsCheck = Assert<Same<FromSchema<typeof assistantLimitsSchema>, AssistantLimits>>;
