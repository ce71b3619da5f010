import type {
  AssistantInfo,
  AssistantLimits,
  AssistantList,
  PublicAssistant,
  SigningSecret,
} from '@tessera/core';
import type { RequestOptions } from '../client.js';
import { APIResource } from '../core/api-resource.js';
import { path } from '../internal/path.js';

/** `client.assistants.signingSecret`: the HS256 secret your backend signs end-user tokens with. Admins only. */
export class SigningSecrets extends APIResource {
  /**
   * Reads an assistant's signing secret, made on first read (`GET /v1/assistants/{id}/signing-secret`).
   *
   * @example
   * ```ts
   * const { secret } = await client.assistants.signingSecret.get(assistantId);
   * ```
   */
  get(assistantId: string, options?: RequestOptions): Promise<SigningSecret> {
    return this._client.get(path`/v1/assistants/${assistantId}/signing-secret`, options);
  }

  /**
   * Replaces the signing secret; tokens signed with the old one stop working
   * (`POST /v1/assistants/{id}/signing-secret/rotate`).
   */
  rotate(assistantId: string, options?: RequestOptions): Promise<SigningSecret> {
    return this._client.post(path`/v1/assistants/${assistantId}/signing-secret/rotate`, options);
  }
}

/** `client.assistants.limits`: an assistant's own rate limits and token budgets. Admins only. */
export class AssistantLimitsResource extends APIResource {
  /** The assistant's limits; fields left out use the server's defaults (`GET /v1/assistants/{id}/limits`). */
  get(assistantId: string, options?: RequestOptions): Promise<AssistantLimits> {
    return this._client.get(path`/v1/assistants/${assistantId}/limits`, options);
  }

  /**
   * Replaces the assistant's limits (`PUT /v1/assistants/{id}/limits`): `null` lifts a limit, a
   * left-out field uses the server's default. They apply from the next request.
   *
   * @example
   * ```ts
   * await client.assistants.limits.set(assistantId, { endUserRequestsPerMinute: 10, endUserDailyTokens: 50_000 });
   * ```
   */
  set(assistantId: string, limits: AssistantLimits, options?: RequestOptions): Promise<AssistantLimits> {
    return this._client.put(path`/v1/assistants/${assistantId}/limits`, { ...options, body: limits });
  }
}

/** `client.assistants`: the workspace's assistants. */
export class Assistants extends APIResource {
  /** Signing secrets of the assistants. */
  readonly signingSecret: SigningSecrets = new SigningSecrets(this._client);
  /** Rate limits and token budgets of the assistants. */
  readonly limits: AssistantLimitsResource = new AssistantLimitsResource(this._client);

  /** Lists the assistants of the workspace (`GET /v1/assistants`). */
  list(options?: RequestOptions): Promise<AssistantList> {
    return this._client.get('/v1/assistants', options);
  }

  /** Gets one assistant (`GET /v1/assistants/{id}`). */
  get(id: string, options?: RequestOptions): Promise<AssistantInfo> {
    return this._client.get(path`/v1/assistants/${id}`, options);
  }

  /**
   * The assistant's public face, its name and greeting (`GET /v1/assistants/{id}/public`); works with
   * a publishable key bound to that assistant.
   */
  getPublic(id: string, options?: RequestOptions): Promise<PublicAssistant> {
    return this._client.get(path`/v1/assistants/${id}/public`, options);
  }
}
