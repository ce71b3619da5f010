import type { CurrentPrincipal } from '@tessera/core';
import type { Principal } from '../../http/auth/principal.js';
import type { UserStore } from '../../ports/identity-store.js';

/** The caller as `GET /v1/auth/me` describes them: never a secret, never another workspace. */
export async function currentPrincipal(store: UserStore, principal: Principal): Promise<CurrentPrincipal> {
  switch (principal.kind) {
    case 'user': {
      const user = await store.getUser(principal.userId);
      return {
        kind: 'user',
        workspaceId: principal.workspaceId,
        role: principal.role,
        ...(user ? { user: { id: user.id, email: user.email, name: user.name } } : {}),
      };
    }
    case 'secret-key':
      return { kind: 'secret-key', workspaceId: principal.workspaceId, keyId: principal.keyId };
    case 'publishable-key':
      return {
        kind: 'publishable-key',
        workspaceId: principal.workspaceId,
        keyId: principal.keyId,
        assistantId: principal.assistantId,
        ...(principal.endUserId !== undefined ? { endUserId: principal.endUserId } : {}),
      };
  }
}
