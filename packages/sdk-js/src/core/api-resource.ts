import type { Tessera } from '../client.js';

/** Base of the resources hung on the client (`client.chat`, …): they send through its `request`. */
export class APIResource {
  /** The client whose options (baseURL, auth, retries) every request of this resource uses. */
  declare protected readonly _client: Tessera;

  constructor(client: Tessera) {
    this._client = client;
  }
}
