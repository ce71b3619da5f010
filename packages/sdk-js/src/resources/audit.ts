import type { AuditEntry, AuditPage, AuditQuery } from '@tessera/core';
import type { RequestOptions } from '../client.js';
import { APIResource } from '../core/api-resource.js';
import { PagePromise } from '../core/pagination.js';

/** Filters of `client.audit.list()`: the query of `GET /v1/audit` without the cursor, which the pages carry. */
export type AuditListParams = Omit<AuditQuery, 'cursor'>;

/** `client.audit`: the workspace's administrative actions, newest first. Admins only. */
export class Audit extends APIResource {
  /**
   * Lists audit entries (`GET /v1/audit`), newest first, filtered by `action`, `actorId`, `since` and
   * `until`. Await it for one page of at most `limit` entries, or `for await` it to walk every page.
   *
   * @example
   * ```ts
   * for await (const entry of client.audit.list({ action: 'key.create', limit: 50 })) {
   *   console.log(entry.createdAt, entry.actor.id);
   * }
   * ```
   */
  list(query: AuditListParams = {}, options?: RequestOptions): PagePromise<AuditEntry> {
    return new PagePromise((cursor) =>
      this._client.get<AuditPage>('/v1/audit', { query: { ...query, cursor }, ...options }),
    );
  }
}
