import type { Principal } from '../../http/auth/principal.js';

/** Who an answer's tokens count against. */
export interface UsageSubject {
  workspaceId: string;
  keyId: string | null;
  assistantId: string | null;
  endUserId: string | null;
}

/**
 * The subject of a chat answer: the key and, for embeds, the end user. Callers without a key (the
 * public demo until keys are required, or a signed-in person previewing) are recorded against the
 * assistant only, so they count in analytics but not against any key's or end user's budget.
 */
export function usageSubject(
  principal: Principal | undefined,
  assistant: { id: string; workspaceId: string },
): UsageSubject {
  const base = {
    workspaceId: assistant.workspaceId,
    keyId: null,
    assistantId: assistant.id,
    endUserId: null,
  };
  switch (principal?.kind) {
    case 'secret-key':
      return { ...base, workspaceId: principal.workspaceId, keyId: principal.keyId };
    case 'publishable-key':
      return {
        workspaceId: principal.workspaceId,
        keyId: principal.keyId,
        assistantId: principal.assistantId,
        endUserId: principal.endUserId ?? null,
      };
    default:
      return base;
  }
}
