import type { AuditActor } from '@tessera/core';
import type { Principal, Role } from '../../http/auth/principal.js';

/** Where a request came from, for the audit log. */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

/** Who performs an administrative action, in which workspace, and from where; services take no ctx. */
export interface Actor {
  workspaceId: string;
  /** How the audit log names the actor. */
  audit: AuditActor;
  /** The actor's role; secret keys and the CLI act as owners of their workspace. */
  role: Role;
  ip: string | null;
  userAgent: string | null;
}

/** The actor of a request made with `principal`. */
export function actorOf(principal: Principal, from: RequestOrigin): Actor {
  switch (principal.kind) {
    case 'user':
      return {
        workspaceId: principal.workspaceId,
        audit: { kind: 'user', id: principal.userId },
        role: principal.role,
        ...from,
      };
    case 'secret-key':
      return {
        workspaceId: principal.workspaceId,
        audit: { kind: 'key', id: principal.keyId },
        role: 'owner',
        ...from,
      };
    case 'publishable-key':
      // Publishable keys never reach administrative routes; if one did, it would hold no rights.
      return {
        workspaceId: principal.workspaceId,
        audit: { kind: 'key', id: principal.keyId },
        role: 'viewer',
        ...from,
      };
  }
}

/** How an actor appears in `invitedBy` and similar fields: `user:<id>`, `key:<id>`, `cli:<name>`. */
export const actorLabel = (actor: Actor): string => `${actor.audit.kind}:${actor.audit.id}`;
