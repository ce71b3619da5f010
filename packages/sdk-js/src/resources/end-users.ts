import type { EndUserToken } from '@tessera/core';
import type { RequestOptions } from '../client.js';
import { APIResource } from '../core/api-resource.js';

/** `client.endUsers`: who is chatting, for widgets. */
export class EndUsers extends APIResource {
  /**
   * Issues an anonymous end-user token for the client's publishable key
   * (`POST /v1/end-users/anonymous`). Pass its `token` as the `userToken` of a client.
   *
   * @example
   * ```ts
   * const { token } = await client.endUsers.createAnonymous();
   * const chatting = new Tessera({ baseURL, apiKey: publishableKey, userToken: token });
   * ```
   */
  createAnonymous(options?: RequestOptions): Promise<EndUserToken> {
    return this._client.post('/v1/end-users/anonymous', options);
  }
}
