import type { AssistantLimits } from '@tessera/core';

/** Each assistant's own limits; an assistant without any uses the server's defaults. */
export interface AssistantLimitsStore {
  getAssistantLimits(assistantId: string): Promise<AssistantLimits>;
  /** Replaces the assistant's limits; `false` when no such assistant is in the workspace. */
  setAssistantLimits(workspaceId: string, assistantId: string, limits: AssistantLimits): Promise<boolean>;
}
