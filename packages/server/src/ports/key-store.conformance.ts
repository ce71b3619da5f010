import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewApiKey } from './key-store.js';
import type { Store } from './store.js';
import { StoreConflictError } from './store-conflict-error.js';

/** The behaviour every adapter of {@link KeyStore} must show. Call it from an adapter's test file. */
export function describeKeyStoreConformance(name: string, makeStore: () => Promise<Store>): void {
  describe(`${name}: key store conformance`, () => {
    let store: Store;
    let workspaceId: string;
    let assistantId: string;
    beforeEach(async () => {
      store = await makeStore();
      workspaceId = (await store.createWorkspace({ name: 'W' })).id;
      assistantId = (await store.createAssistant({ workspaceId, name: 'A', greeting: 'Hi' })).id;
    });
    afterEach(() => store.close());

    const publishable = (keyHash: string): NewApiKey => ({
      workspaceId,
      type: 'publishable',
      name: 'Site',
      assistantId,
      prefix: 'tpk_abcd1234',
      last4: 'wxyz',
      keyHash,
      allowedOrigins: ['https://example.com', "'self'"],
    });

    it('stores a key findable by its hash, with its origins, and refuses a duplicate hash', async () => {
      const key = await store.createApiKey(publishable('h1'));
      expect(await store.findApiKeyByHash('h1')).toEqual(key);
      expect(key).toMatchObject({
        revokedAt: null,
        lastUsedAt: null,
        allowedOrigins: ['https://example.com', "'self'"],
      });
      await expect(store.createApiKey(publishable('h1'))).rejects.toBeInstanceOf(StoreConflictError);
      expect(await store.findApiKeyByHash('unknown')).toBeUndefined();
    });

    it('lists, updates and revokes only within the key’s workspace', async () => {
      const key = await store.createApiKey(publishable('h1'));
      const other = (await store.createWorkspace({ name: 'Other' })).id;
      expect(await store.getApiKey(other, key.id)).toBeUndefined();
      expect(await store.listApiKeys(other)).toEqual([]);
      expect(await store.updateApiKey(other, key.id, { name: 'x' })).toBeUndefined();
      expect(await store.revokeApiKey(other, key.id, new Date().toISOString())).toBeUndefined();
      expect((await store.getApiKey(workspaceId, key.id))?.revokedAt).toBeNull();

      const updated = await store.updateApiKey(workspaceId, key.id, { allowedOrigins: [] });
      expect(updated).toMatchObject({ name: 'Site', allowedOrigins: [] });
      const revokedAt = new Date().toISOString();
      expect((await store.revokeApiKey(workspaceId, key.id, revokedAt))?.revokedAt).toBe(revokedAt);
      expect((await store.listApiKeys(workspaceId)).map((k) => k.id)).toEqual([key.id]);
    });

    it('rotates a live key into a new one with the same settings, revoking the old', async () => {
      const key = await store.createApiKey(publishable('h1'));
      const now = new Date().toISOString();
      const rotation = await store.rotateApiKey(
        workspaceId,
        key.id,
        { prefix: 'tpk_new', last4: 'abcd', keyHash: 'h2' },
        now,
      );
      if (rotation.status !== 'rotated') throw new Error(`expected a rotation, got ${rotation.status}`);
      expect(rotation.revoked.revokedAt).toBe(now);
      expect(rotation.created).toMatchObject({
        type: 'publishable',
        assistantId,
        allowedOrigins: key.allowedOrigins,
        keyHash: 'h2',
        revokedAt: null,
      });
      expect((await store.findApiKeyByHash('h1'))?.revokedAt).toBe(now);
      const again = await store.rotateApiKey(
        workspaceId,
        key.id,
        { prefix: 'p', last4: 'l', keyHash: 'h3' },
        now,
      );
      expect(again).toEqual({ status: 'revoked' });
      expect(
        await store.rotateApiKey(workspaceId, 'key_none', { prefix: 'p', last4: 'l', keyHash: 'h4' }, now),
      ).toEqual({
        status: 'not_found',
      });
    });

    it('records when a key was last used', async () => {
      const key = await store.createApiKey({
        ...publishable('h1'),
        type: 'secret',
        assistantId: null,
        allowedOrigins: [],
      });
      const now = new Date().toISOString();
      await store.touchApiKey(key.id, now);
      expect((await store.getApiKey(workspaceId, key.id))?.lastUsedAt).toBe(now);
    });
  });
}
