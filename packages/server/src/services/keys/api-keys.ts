import type { ApiKey, CreateApiKeyRequest, CreatedApiKey, UpdateApiKeyRequest } from '@tessera/core';
import { ProblemError } from '../../http/problem-error.js';
import type { Store } from '../../ports/store.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { normalizeOrigins } from './allowed-origins.js';
import { apiKeyView, createdApiKeyView } from './api-key-view.js';
import { newKeySecret } from './new-key-secret.js';

const keyNotFound = () =>
  new ProblemError(404, 'This workspace has no key with that id; list them at GET /v1/keys.', {
    code: 'not_found',
  });

const badField = (pointer: string, detail: string, message: string) =>
  new ProblemError(400, message, { code: 'invalid_request', errors: [{ pointer, detail }] });

/** The assistant a publishable key is bound to: the one named, or the workspace's first. */
async function keyAssistant(
  store: Store,
  workspaceId: string,
  assistantId: string | undefined,
): Promise<string> {
  const assistant = assistantId
    ? await store.getAssistant(assistantId)
    : (await store.listAssistants(workspaceId))[0];
  if (assistant?.workspaceId === workspaceId) return assistant.id;
  if (assistantId)
    throw new ProblemError(404, 'This workspace has no assistant with that id.', { code: 'not_found' });
  throw new ProblemError(409, 'This workspace has no assistant yet; create one before a publishable key.', {
    code: 'no_assistant',
  });
}

/** Creates a key; the answer holds the full key, which is never retrievable again. */
export async function createApiKey(
  store: Store,
  actor: Actor,
  input: CreateApiKeyRequest,
): Promise<CreatedApiKey> {
  if (input.type === 'secret' && input.assistantId !== undefined) {
    throw badField(
      '/assistantId',
      'is only for publishable keys.',
      'Secret keys are not bound to an assistant; remove assistantId.',
    );
  }
  if (input.type === 'secret' && input.allowedOrigins !== undefined) {
    throw badField(
      '/allowedOrigins',
      'is only for publishable keys.',
      'Secret keys never work from browsers, so they have no allowed origins; remove allowedOrigins.',
    );
  }
  const assistantId =
    input.type === 'publishable' ? await keyAssistant(store, actor.workspaceId, input.assistantId) : null;
  const secret = newKeySecret(input.type);
  const record = await store.createApiKey({
    workspaceId: actor.workspaceId,
    type: input.type,
    name: input.name ?? (input.type === 'secret' ? 'Secret key' : 'Publishable key'),
    assistantId,
    allowedOrigins: normalizeOrigins(input.allowedOrigins ?? []),
    prefix: secret.prefix,
    last4: secret.last4,
    keyHash: secret.keyHash,
  });
  await recordAudit(
    store,
    actor,
    'key.create',
    { kind: 'key', id: record.id },
    { type: record.type, name: record.name, allowedOrigins: record.allowedOrigins },
  );
  return createdApiKeyView(record, secret.key);
}

export async function listApiKeys(store: Store, workspaceId: string): Promise<ApiKey[]> {
  return (await store.listApiKeys(workspaceId)).map(apiKeyView);
}

/** Renames a key or replaces a publishable key's allowed origins. */
export async function updateApiKey(
  store: Store,
  actor: Actor,
  id: string,
  patch: UpdateApiKeyRequest,
): Promise<ApiKey> {
  const key = await store.getApiKey(actor.workspaceId, id);
  if (!key) throw keyNotFound();
  if (key.type === 'secret' && patch.allowedOrigins !== undefined) {
    throw badField(
      '/allowedOrigins',
      'is only for publishable keys.',
      'Secret keys have no allowed origins; remove allowedOrigins.',
    );
  }
  const allowedOrigins = patch.allowedOrigins && normalizeOrigins(patch.allowedOrigins);
  const updated = await store.updateApiKey(actor.workspaceId, id, {
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(allowedOrigins ? { allowedOrigins } : {}),
  });
  if (!updated) throw keyNotFound();
  await recordAudit(
    store,
    actor,
    'key.update',
    { kind: 'key', id },
    { ...patch, ...(allowedOrigins ? { allowedOrigins } : {}) },
  );
  return apiKeyView(updated);
}

/** Revokes a key at once; revoking it again changes nothing. */
export async function revokeApiKey(store: Store, actor: Actor, id: string): Promise<ApiKey> {
  const revoked = await store.revokeApiKey(actor.workspaceId, id, new Date().toISOString());
  if (!revoked) throw keyNotFound();
  await recordAudit(store, actor, 'key.revoke', { kind: 'key', id });
  return apiKeyView(revoked);
}

/** Replaces a key with a new one of the same settings and revokes the old one, atomically. */
export async function rotateApiKey(store: Store, actor: Actor, id: string): Promise<CreatedApiKey> {
  const old = await store.getApiKey(actor.workspaceId, id);
  if (!old) throw keyNotFound();
  const { key, ...stored } = newKeySecret(old.type);
  const rotation = await store.rotateApiKey(actor.workspaceId, id, stored, new Date().toISOString());
  if (rotation.status !== 'rotated') {
    throw rotation.status === 'not_found'
      ? keyNotFound()
      : new ProblemError(
          409,
          'This key is already revoked, so it cannot be rotated; create a new key instead.',
          {
            code: 'key_revoked',
          },
        );
  }
  await recordAudit(store, actor, 'key.rotate', { kind: 'key', id }, { newKeyId: rotation.created.id });
  return createdApiKeyView(rotation.created, key);
}
