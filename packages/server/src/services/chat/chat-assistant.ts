import type { Principal } from '../../http/auth/principal.js';
import { ProblemError } from '../../http/problem-error.js';
import type { Assistant, Store } from '../../ports/store.js';
import { findAssistant } from '../assistants/assistants.js';

/**
 * The assistant that answers a chat request: a publishable key's own assistant, or for secret keys
 * and users the workspace's first one (until chat requests name their assistant).
 */
export async function chatAssistant(store: Store, principal: Principal): Promise<Assistant> {
  if (principal.kind === 'publishable-key')
    return findAssistant(store, principal.workspaceId, principal.assistantId);
  const [first] = await store.listAssistants(principal.workspaceId);
  if (!first) {
    throw new ProblemError(409, 'This workspace has no assistant yet; create one before chatting.', {
      code: 'no_assistant',
    });
  }
  return first;
}
