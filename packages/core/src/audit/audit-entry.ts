/** Who did something: a person, an API key, the command line, or the server itself. */
export interface AuditActor {
  kind: 'user' | 'key' | 'cli' | 'system';
  id: string;
}

/** One administrative action. */
export interface AuditEntry {
  id: string;
  /** What was done, e.g. `key.create`, `member.remove`. */
  action: string;
  actor: AuditActor;
  target: { kind: string; id: string } | null;
  ip: string | null;
  userAgent: string | null;
  details: Record<string, unknown>;
  createdAt: string;
}

/** Query of `GET /v1/audit`. */
export interface AuditQuery {
  action?: string;
  actorId?: string;
  since?: string;
  until?: string;
  limit?: number;
  cursor?: string;
}

/** Answer of `GET /v1/audit`, newest first. */
export interface AuditPage {
  data: AuditEntry[];
  /** Pass as `cursor` for the next (older) page; `null` on the last page. */
  nextCursor: string | null;
}
