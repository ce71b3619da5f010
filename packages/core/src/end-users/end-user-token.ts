/** Answer of `POST /v1/end-users/anonymous`. */
export interface EndUserToken {
  /** Send as `x-tessera-user-token` with the publishable key. */
  token: string;
  /** The anonymous id the server chose, `anon_…`. */
  endUserId: string;
  expiresAt: string;
}

/** Header that carries an end user's token next to a publishable key. */
export const END_USER_TOKEN_HEADER = 'x-tessera-user-token';
