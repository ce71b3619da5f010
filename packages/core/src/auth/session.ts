import type { Role } from '../members/member.js';

/** Body of `POST /v1/auth/login`. */
export interface LoginRequest {
  email: string;
  password: string;
  /** Workspace to sign in to; defaults to the first one the user belongs to. */
  workspaceId?: string;
}

/** Body of `POST /v1/auth/refresh` and `POST /v1/auth/logout`. */
export interface RefreshTokenRequest {
  refreshToken: string;
}

/** A person with an account. */
export interface User {
  id: string;
  email: string;
  name: string;
}

/** A new session: answer of login, refresh and invitation acceptance. */
export interface Session {
  /** Short-lived (15 min); send as `authorization: Bearer <accessToken>`. */
  accessToken: string;
  tokenType: 'Bearer';
  /** Seconds until the access token expires. */
  expiresIn: number;
  /** Single use: each refresh returns a new one, and reusing an old one ends the session. */
  refreshToken: string;
  refreshTokenExpiresAt: string;
  user: User;
  workspaceId: string;
  role: Role;
}

/** Answer of `GET /v1/auth/me`: who the credentials of this request belong to. */
export interface CurrentPrincipal {
  kind: 'user' | 'secret-key' | 'publishable-key';
  workspaceId: string;
  /** Users only. */
  role?: Role;
  /** Users only. */
  user?: User;
  /** Keys only. */
  keyId?: string;
  /** Publishable keys only: the assistant the key is bound to. */
  assistantId?: string;
  /** Publishable keys with an end-user token only. */
  endUserId?: string;
}
