import type { ApiKeyType } from '@tessera/core';

export interface ApiKeyRecord {
  id: string;
  workspaceId: string;
  type: ApiKeyType;
  name: string;
  /** Publishable keys only: the one assistant they chat with. */
  assistantId: string | null;
  /** First characters and last four of the key, for people to recognise it. */
  prefix: string;
  last4: string;
  /** SHA-256 (hex) of the whole key: keys are 32 random bytes, so a fast hash is enough. */
  keyHash: string;
  /** Publishable keys: browser origins allowed to use them, or `'self'`. */
  allowedOrigins: string[];
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export type NewApiKey = Pick<
  ApiKeyRecord,
  'workspaceId' | 'type' | 'name' | 'assistantId' | 'prefix' | 'last4' | 'keyHash' | 'allowedOrigins'
>;

export type ApiKeyRotation =
  { status: 'rotated'; revoked: ApiKeyRecord; created: ApiKeyRecord } | { status: 'not_found' | 'revoked' };

/** API keys for machines (secret) and browsers (publishable). */
export interface KeyStore {
  /** @throws StoreConflictError (`api_key.hash`) if the hash exists (never, with random keys). */
  createApiKey(input: NewApiKey): Promise<ApiKeyRecord>;
  /** The key with this hash, revoked or not. */
  findApiKeyByHash(keyHash: string): Promise<ApiKeyRecord | undefined>;
  getApiKey(workspaceId: string, id: string): Promise<ApiKeyRecord | undefined>;
  /** Keys of one workspace, oldest first. */
  listApiKeys(workspaceId: string): Promise<ApiKeyRecord[]>;
  updateApiKey(
    workspaceId: string,
    id: string,
    patch: { name?: string; allowedOrigins?: string[] },
  ): Promise<ApiKeyRecord | undefined>;
  /** Revokes a key (again is harmless); `undefined` if the workspace has no key by that id. */
  revokeApiKey(workspaceId: string, id: string, now: string): Promise<ApiKeyRecord | undefined>;
  /** Revokes a live key and creates its replacement with the same settings, in one transaction. */
  rotateApiKey(
    workspaceId: string,
    id: string,
    next: Pick<ApiKeyRecord, 'prefix' | 'last4' | 'keyHash'>,
    now: string,
  ): Promise<ApiKeyRotation>;
  /** Records use; adapters may skip writes within a minute of the last one. */
  touchApiKey(id: string, now: string): Promise<void>;
}
