import type { ApiKey, CreatedApiKey } from '@tessera/core';
import type { ApiKeyRecord } from '../../ports/key-store.js';

/** A key as the API shows it: never the hash, never the workspace. */
export const apiKeyView = (record: ApiKeyRecord): ApiKey => ({
  id: record.id,
  type: record.type,
  name: record.name,
  prefix: record.prefix,
  last4: record.last4,
  assistantId: record.assistantId,
  allowedOrigins: record.allowedOrigins,
  createdAt: record.createdAt,
  revokedAt: record.revokedAt,
  lastUsedAt: record.lastUsedAt,
});

export const createdApiKeyView = (record: ApiKeyRecord, key: string): CreatedApiKey => ({
  ...apiKeyView(record),
  key,
});
