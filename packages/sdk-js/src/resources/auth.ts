import type { CurrentPrincipal, LoginRequest, RefreshTokenRequest, Session } from '@tessera/core';
import type { RequestOptions } from '../client.js';
import { APIResource } from '../core/api-resource.js';

/** `client.auth`: sign in with a password, refresh and end sessions, and who am I. */
export class Auth extends APIResource {
  /**
   * Signs in with email and password (`POST /v1/auth/login`). Use the session's `accessToken` as the
   * `apiKey` of a client.
   *
   * @example
   * ```ts
   * const session = await client.auth.login({ email: 'ada@example.com', password });
   * const asAda = new Tessera({ baseURL, apiKey: session.accessToken });
   * ```
   */
  login(body: LoginRequest, options?: RequestOptions): Promise<Session> {
    return this._client.post('/v1/auth/login', { body, ...options });
  }

  /** Exchanges a refresh token for a new session (`POST /v1/auth/refresh`); the old token stops working. */
  refresh(body: RefreshTokenRequest, options?: RequestOptions): Promise<Session> {
    return this._client.post('/v1/auth/refresh', { body, ...options });
  }

  /** Ends the session of a refresh token (`POST /v1/auth/logout`). */
  logout(body: RefreshTokenRequest, options?: RequestOptions): Promise<void> {
    return this._client.post('/v1/auth/logout', { body, ...options });
  }

  /** Who the client's credentials belong to (`GET /v1/auth/me`). */
  me(options?: RequestOptions): Promise<CurrentPrincipal> {
    return this._client.get('/v1/auth/me', options);
  }
}
