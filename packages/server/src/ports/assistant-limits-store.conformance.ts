import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from './store.js';

/** The behaviour every adapter of {@link AssistantLimitsStore} must show. Call it from an adapter's test file. */
export function describeAssistantLimitsStoreConformance(name: string, makeStore: () => Promise<Store>): void {
  describe(`${name}: assistant limits store conformance`, () => {
    let store: Store;
    let workspaceId: string;
    let assistantId: string;
    beforeEach(async () => {
      store = await makeStore();
      workspaceId = (await store.createWorkspace({ name: 'W' })).id;
      assistantId = (await store.createAssistant({ workspaceId, name: 'A', greeting: 'Hi' })).id;
    });
    afterEach(() => store.close());

    it('has no limits of its own until set, then returns exactly what was set', async () => {
      expect(await store.getAssistantLimits(assistantId)).toEqual({});
      expect(await store.setAssistantLimits(workspaceId, assistantId, { keyRequestsPerMinute: 5 })).toBe(
        true,
      );
      expect(await store.setAssistantLimits(workspaceId, assistantId, { endUserDailyTokens: null })).toBe(
        true,
      );
      expect(await store.getAssistantLimits(assistantId)).toEqual({ endUserDailyTokens: null });
    });

    it("refuses to set another workspace's assistant", async () => {
      const other = (await store.createWorkspace({ name: 'Other' })).id;
      expect(await store.setAssistantLimits(other, assistantId, { keyRequestsPerMinute: 1 })).toBe(false);
      expect(await store.getAssistantLimits(assistantId)).toEqual({});
    });
  });
}
