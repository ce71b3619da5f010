import { describe, expect, it } from 'vitest';
import type { UsageRecord, UsageStore } from '../ports/usage-store.js';

const usage = (overrides: Partial<UsageRecord>): UsageRecord => ({
  workspaceId: 'ws',
  keyId: 'key-a',
  assistantId: 'as',
  endUserId: 'eu-1',
  provider: 'fake',
  model: 'fake-1',
  promptTokens: 10,
  completionTokens: 5,
  latencyMs: 12.6,
  occurredAt: '2025-03-01T12:00:00.000Z',
  ...overrides,
});

const DAY = { from: '2025-03-01T00:00:00.000Z', to: '2025-03-02T00:00:00.000Z' };

/** The behaviour every {@link UsageStore} must have; `makeStore` gives an empty one. */
export function usageStoreConformance(name: string, makeStore: () => Promise<UsageStore>): void {
  describe(`${name} (UsageStore conformance)`, () => {
    it('sums prompt and completion tokens of a key within the time range, end exclusive', async () => {
      const store = await makeStore();
      await store.record(usage({}));
      await store.record(usage({ promptTokens: 100, completionTokens: 1 }));
      await store.record(usage({ occurredAt: '2025-03-02T00:00:00.000Z' }));
      await store.record(usage({ occurredAt: '2025-02-28T23:59:59.999Z' }));
      await store.record(usage({ keyId: 'key-b' }));
      expect(await store.tokensUsed({ ...DAY, keyId: 'key-a' })).toBe(116);
      await store.close();
    });

    it('sums an end user per assistant, whichever key they came through', async () => {
      const store = await makeStore();
      await store.record(usage({ keyId: 'key-a' }));
      await store.record(usage({ keyId: 'key-b' }));
      await store.record(usage({ assistantId: 'other', keyId: 'key-a' }));
      await store.record(usage({ endUserId: 'eu-2' }));
      const endUserId = { assistantId: 'as', endUserId: 'eu-1' };
      expect(await store.tokensUsed({ ...DAY, endUserId })).toBe(30);
      await store.close();
    });

    it('answers 0 for nobody, and keeps records without key or end user', async () => {
      const store = await makeStore();
      await store.record(usage({ keyId: null, endUserId: null, promptTokens: 0, completionTokens: 0 }));
      expect(await store.tokensUsed({ ...DAY, keyId: 'nobody' })).toBe(0);
      expect(await store.tokensUsed(DAY)).toBe(0);
      await store.record(usage({ keyId: null, endUserId: null, promptTokens: 3, completionTokens: 4 }));
      expect(await store.tokensUsed(DAY)).toBe(7);
      await store.close();
    });
  });
}
