import type { ChatClient } from '../chat-client.js';
import type { Tessera } from '../client.js';

/** Base of the resources hung on a client (`client.chat`, …): they send through its `request`. */
export class APIResource<Client extends ChatClient = Tessera> {
  /** The client whose options (baseURL, auth, retries) every request of this resource uses. */
  declare protected readonly _client: Client;

  constructor(client: Client) {
    this._client = client;
  }
}
