import { ChatClient, type RequestOptions } from './chat-client.js';
import { Assistants } from './resources/assistants.js';
import { Audit } from './resources/audit.js';
import { Auth } from './resources/auth.js';
import { Documents } from './resources/documents.js';
import { EndUsers } from './resources/end-users.js';
import { Invitations } from './resources/invitations.js';
import { Keys } from './resources/keys.js';
import { Members } from './resources/members.js';
import { Operations } from './resources/operations.js';
import { Search } from './resources/search.js';

export type { TesseraOptions, RequestOptions, RequestInput } from './chat-client.js';

/** Options of the JSON helpers (`client.get`, `client.post`, …): per-request options plus what to send. */
export interface CallOptions extends RequestOptions {
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as the query string; `undefined` values are left out. */
  query?: object | undefined;
}

/**
 * The Tessera API client. It holds no global state, so several clients (and several copies of the
 * SDK) can live on one page.
 *
 * @example
 * ```ts
 * const client = new Tessera({ baseURL: 'http://localhost:8787', apiKey: process.env.TESSERA_API_KEY });
 * const answer = await client.chat.stream({ messages }).text();
 * ```
 */
export class Tessera extends ChatClient {
  /** Sign in, refresh, sign out, and who am I. */
  readonly auth: Auth = new Auth(this);
  /** Secret and publishable API keys. */
  readonly keys: Keys = new Keys(this);
  /** Members of the workspace and their roles. */
  readonly members: Members = new Members(this);
  /** Invitations into the workspace. */
  readonly invitations: Invitations = new Invitations(this);
  /** Assistants, their public face and their signing secrets. */
  readonly assistants: Assistants = new Assistants(this);
  /** End-user tokens for widgets without a signed-in user. */
  readonly endUsers: EndUsers = new EndUsers(this);
  /** The workspace's administrative actions. */
  readonly audit: Audit = new Audit(this);
  /** Documents of the knowledge base. */
  readonly documents: Documents = new Documents(this);
  /** Search over the knowledge base. */
  readonly search: Search = new Search(this);
  /** Liveness, readiness and the OpenAPI document. */
  readonly operations: Operations = new Operations(this);

  /** Sends a `GET` and resolves with the parsed JSON answer. A low-level method: prefer the resources. */
  get<T>(path: string, options?: CallOptions): Promise<T> {
    return this.#call('GET', path, options);
  }

  /** Sends a `POST` and resolves with the parsed JSON answer (`undefined` for a 204). */
  post<T>(path: string, options?: CallOptions): Promise<T> {
    return this.#call('POST', path, options);
  }

  /** Sends a `PATCH` and resolves with the parsed JSON answer. */
  patch<T>(path: string, options?: CallOptions): Promise<T> {
    return this.#call('PATCH', path, options);
  }

  /** Sends a `PUT` and resolves with the parsed JSON answer. */
  put<T>(path: string, options?: CallOptions): Promise<T> {
    return this.#call('PUT', path, options);
  }

  /** Sends a `DELETE` and resolves with the parsed JSON answer (`undefined` for a 204). */
  delete<T>(path: string, options?: CallOptions): Promise<T> {
    return this.#call('DELETE', path, options);
  }

  async #call<T>(method: string, path: string, { body, query, ...options }: CallOptions = {}): Promise<T> {
    const response = await this.request({ method, path, body, query }, options);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }
}
