import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from './store.js';

/** The behaviour every adapter of {@link SettingsStore} must show. Call it from an adapter's test file. */
export function describeSettingsStoreConformance(name: string, makeStore: () => Promise<Store>): void {
  describe(`${name}: settings store conformance`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(() => store.close());

    it('keeps the first value of a setting', async () => {
      expect(await store.getSetting('server_secret')).toBeUndefined();
      expect(await store.putSettingIfAbsent('server_secret', 'one')).toBe('one');
      expect(await store.putSettingIfAbsent('server_secret', 'two')).toBe('one');
      expect(await store.getSetting('server_secret')).toBe('one');
    });

    it('gives an assistant one signing secret until it is replaced, only within its workspace', async () => {
      const workspaceId = (await store.createWorkspace({ name: 'W' })).id;
      const other = (await store.createWorkspace({ name: 'Other' })).id;
      const assistantId = (await store.createAssistant({ workspaceId, name: 'A', greeting: 'Hi' })).id;
      const t0 = '2030-01-01T00:00:00.000Z';
      expect(await store.ensureSigningSecret(workspaceId, assistantId, 's1', t0)).toEqual({
        secret: 's1',
        rotatedAt: t0,
      });
      expect(await store.ensureSigningSecret(workspaceId, assistantId, 's2', t0)).toEqual({
        secret: 's1',
        rotatedAt: t0,
      });
      expect(await store.ensureSigningSecret(other, assistantId, 's3', t0)).toBeUndefined();
      expect(await store.replaceSigningSecret(other, assistantId, 's4', t0)).toBeUndefined();
      const t1 = '2030-01-02T00:00:00.000Z';
      expect(await store.replaceSigningSecret(workspaceId, assistantId, 's5', t1)).toEqual({
        secret: 's5',
        rotatedAt: t1,
      });
    });
  });
}
