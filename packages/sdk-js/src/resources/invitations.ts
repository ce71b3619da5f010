import type {
  AcceptInvitationRequest,
  CreatedInvitation,
  CreateInvitationRequest,
  InvitationList,
  Session,
} from '@tessera/core';
import type { RequestOptions } from '../client.js';
import { APIResource } from '../core/api-resource.js';
import { path } from '../internal/path.js';

/** `client.invitations`: admins invite people by email; the invitee accepts with the token. */
export class Invitations extends APIResource {
  /**
   * Invites an email with a role (`POST /v1/invitations`); the answer's `token` is shown only once.
   *
   * @example
   * ```ts
   * const { token } = await client.invitations.create({ email: 'ada@example.com', role: 'editor' });
   * ```
   */
  create(body: CreateInvitationRequest, options?: RequestOptions): Promise<CreatedInvitation> {
    return this._client.post('/v1/invitations', { body, ...options });
  }

  /** Lists the invitations, newest first, without their tokens (`GET /v1/invitations`). */
  list(options?: RequestOptions): Promise<InvitationList> {
    return this._client.get('/v1/invitations', options);
  }

  /** Revokes a pending invitation (`DELETE /v1/invitations/{id}`). */
  revoke(id: string, options?: RequestOptions): Promise<void> {
    return this._client.delete(path`/v1/invitations/${id}`, options);
  }

  /**
   * Accepts an invitation with its token, creating the account if needed, and resolves with a
   * session (`POST /v1/invitations/accept`). Needs no API key.
   */
  accept(body: AcceptInvitationRequest, options?: RequestOptions): Promise<Session> {
    return this._client.post('/v1/invitations/accept', { body, ...options });
  }
}
