import type { Member, MemberList, UpdateMemberRequest } from '@tessera/core';
import type { RequestOptions } from '../client.js';
import { APIResource } from '../core/api-resource.js';
import { path } from '../internal/path.js';

/** `client.members`: who is in the workspace, with which role. */
export class Members extends APIResource {
  /** Lists the members with their roles (`GET /v1/members`); viewers and up. */
  list(options?: RequestOptions): Promise<MemberList> {
    return this._client.get('/v1/members', options);
  }

  /**
   * Changes a member's role (`PATCH /v1/members/{userId}`); demoting the last owner is a `ConflictError`.
   *
   * @example
   * ```ts
   * await client.members.update(userId, { role: 'editor' });
   * ```
   */
  update(userId: string, body: UpdateMemberRequest, options?: RequestOptions): Promise<Member> {
    return this._client.patch(path`/v1/members/${userId}`, { body, ...options });
  }

  /** Removes a member and ends their sessions (`DELETE /v1/members/{userId}`). */
  remove(userId: string, options?: RequestOptions): Promise<void> {
    return this._client.delete(path`/v1/members/${userId}`, options);
  }
}
