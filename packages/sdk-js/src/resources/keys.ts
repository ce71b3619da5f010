import type {
  ApiKey,
  ApiKeyList,
  CreateApiKeyRequest,
  CreatedApiKey,
  UpdateApiKeyRequest,
} from '@tessera/core';
import type { RequestOptions } from '../client.js';
import { APIResource } from '../core/api-resource.js';
import { path } from '../internal/path.js';

/** `client.keys`: the workspace's secret (`tsk_…`) and publishable (`tpk_…`) API keys. Admins only. */
export class Keys extends APIResource {
  /**
   * Creates a key (`POST /v1/keys`); the answer's `key` is shown only this once.
   *
   * @example
   * ```ts
   * const { key } = await client.keys.create({ type: 'publishable', allowedOrigins: ['https://example.com'] });
   * ```
   */
  create(body: CreateApiKeyRequest, options?: RequestOptions): Promise<CreatedApiKey> {
    return this._client.post('/v1/keys', { body, ...options });
  }

  /** Lists every key of the workspace, revoked ones included, without the keys themselves (`GET /v1/keys`). */
  list(options?: RequestOptions): Promise<ApiKeyList> {
    return this._client.get('/v1/keys', options);
  }

  /** Renames a key or replaces a publishable key's allowed origins (`PATCH /v1/keys/{id}`). */
  update(id: string, body: UpdateApiKeyRequest, options?: RequestOptions): Promise<ApiKey> {
    return this._client.patch(path`/v1/keys/${id}`, { body, ...options });
  }

  /** Revokes a key; requests with it fail at once (`DELETE /v1/keys/{id}`). */
  revoke(id: string, options?: RequestOptions): Promise<ApiKey> {
    return this._client.delete(path`/v1/keys/${id}`, options);
  }

  /** Replaces a key with a new one of the same settings and revokes it (`POST /v1/keys/{id}/rotate`). */
  rotate(id: string, options?: RequestOptions): Promise<CreatedApiKey> {
    return this._client.post(path`/v1/keys/${id}/rotate`, options);
  }
}
