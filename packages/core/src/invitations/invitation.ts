import type { Role } from '../members/member.js';

/** Body of `POST /v1/invitations`. */
export interface CreateInvitationRequest {
  email: string;
  role: Role;
  /** How long the invitation stays valid; 168 (7 days) by default. */
  expiresInHours?: number;
}

/** An invitation as listed; its token is never shown again after creation. */
export interface Invitation {
  id: string;
  email: string;
  role: Role;
  /** Who invited: `user:<id>`, `key:<id>` or `cli:<name>`. */
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
}

/** Answer of `POST /v1/invitations`: the invitation and, this once, its token. */
export interface CreatedInvitation extends Invitation {
  token: string;
}

/** Answer of `GET /v1/invitations`. */
export interface InvitationList {
  data: Invitation[];
}

/** Body of `POST /v1/invitations/accept`. */
export interface AcceptInvitationRequest {
  token: string;
  /** A new account: its password. An existing account: its current password. */
  password: string;
  /** Display name of a new account. */
  name?: string;
}
