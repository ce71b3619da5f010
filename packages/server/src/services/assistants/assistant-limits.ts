import type { AssistantLimits } from '@tessera/core';
import { ProblemError } from '../../http/problem-error.js';
import type { Store } from '../../ports/store.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { findAssistant } from './assistants.js';

/** An assistant's own limits (fields left out use the server's defaults). */
export async function readAssistantLimits(store: Store, actor: Actor, id: string): Promise<AssistantLimits> {
  await findAssistant(store, actor.workspaceId, id);
  return store.getAssistantLimits(id);
}

/** Replaces an assistant's limits; they apply from the next request of its publishable keys. */
export async function replaceAssistantLimits(
  store: Store,
  actor: Actor,
  id: string,
  limits: AssistantLimits,
): Promise<AssistantLimits> {
  if (!(await store.setAssistantLimits(actor.workspaceId, id, limits))) {
    throw new ProblemError(404, 'No assistant has that id in this workspace.', { code: 'not_found' });
  }
  await recordAudit(store, actor, 'assistant.limits.update', { kind: 'assistant', id }, { limits });
  return limits;
}
