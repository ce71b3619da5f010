import type { AuditEntry } from '@tessera/core';

export interface AuditRecord extends AuditEntry {
  workspaceId: string;
}

export type NewAuditRecord = Omit<AuditRecord, 'id' | 'createdAt'> & { createdAt?: string };

export interface AuditFilter {
  action?: string;
  actorId?: string;
  /** Inclusive ISO 8601 bounds on `createdAt`. */
  since?: string;
  until?: string;
  limit: number;
  /** Opaque cursor from a previous page. */
  cursor?: string;
}

/** The audit log: append-only, read newest first. */
export interface AuditStore {
  appendAudit(entry: NewAuditRecord): Promise<AuditRecord>;
  /** Entries of one workspace, newest first; `nextCursor` is opaque and adapter-specific. */
  listAudit(
    workspaceId: string,
    filter: AuditFilter,
  ): Promise<{ entries: AuditRecord[]; nextCursor: string | null }>;
}
