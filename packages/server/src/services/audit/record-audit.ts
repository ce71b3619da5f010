import type { AuditStore } from '../../ports/audit-store.js';
import type { Actor } from '../access/actor.js';

/** Appends one entry to the audit log of the actor's workspace. */
export async function recordAudit(
  store: AuditStore,
  actor: Actor,
  action: string,
  target: { kind: string; id: string } | null,
  details: Record<string, unknown> = {},
): Promise<void> {
  await store.appendAudit({
    workspaceId: actor.workspaceId,
    action,
    actor: actor.audit,
    target,
    ip: actor.ip,
    userAgent: actor.userAgent,
    details,
  });
}
