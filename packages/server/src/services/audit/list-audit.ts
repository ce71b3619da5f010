import type { AuditPage, AuditQuery } from '@tessera/core';
import type { AuditStore } from '../../ports/audit-store.js';

const DEFAULT_LIMIT = 50;

/** One page of a workspace's audit log, newest first. */
export async function listAudit(
  store: AuditStore,
  workspaceId: string,
  query: AuditQuery,
): Promise<AuditPage> {
  // Stored times are UTC ISO strings; bounds in other offsets must be too, or comparing them would lie.
  const utc = (time: string | undefined) => (time === undefined ? undefined : new Date(time).toISOString());
  const { entries, nextCursor } = await store.listAudit(workspaceId, {
    ...query,
    since: utc(query.since),
    until: utc(query.until),
    limit: query.limit ?? DEFAULT_LIMIT,
  });
  return { data: entries.map(({ workspaceId: _w, ...entry }) => entry), nextCursor };
}
