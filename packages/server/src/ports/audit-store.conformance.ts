import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewAuditRecord } from './audit-store.js';
import type { Store } from './store.js';

/** The behaviour every adapter of {@link AuditStore} must show. Call it from an adapter's test file. */
export function describeAuditStoreConformance(name: string, makeStore: () => Promise<Store>): void {
  describe(`${name}: audit store conformance`, () => {
    let store: Store;
    let workspaceId: string;
    beforeEach(async () => {
      store = await makeStore();
      workspaceId = (await store.createWorkspace({ name: 'W' })).id;
    });
    afterEach(() => store.close());

    const entry = (action: string, actorId: string, createdAt: string): NewAuditRecord => ({
      workspaceId,
      action,
      actor: { kind: 'user', id: actorId },
      target: { kind: 'key', id: 'key_1' },
      ip: '127.0.0.1',
      userAgent: 'test',
      details: { n: 1 },
      createdAt,
    });

    it('returns entries newest first, filtered by action, actor and time', async () => {
      await store.appendAudit(entry('key.create', 'usr_a', '2030-01-01T00:00:00.000Z'));
      await store.appendAudit(entry('key.revoke', 'usr_a', '2030-01-02T00:00:00.000Z'));
      await store.appendAudit(entry('key.create', 'usr_b', '2030-01-03T00:00:00.000Z'));
      const all = await store.listAudit(workspaceId, { limit: 10 });
      expect(all.entries.map((e) => e.createdAt.slice(8, 10))).toEqual(['03', '02', '01']);
      expect(all.entries[0]).toMatchObject({ actor: { kind: 'user', id: 'usr_b' }, details: { n: 1 } });
      expect(all.nextCursor).toBeNull();
      const created = await store.listAudit(workspaceId, { limit: 10, action: 'key.create' });
      expect(created.entries).toHaveLength(2);
      const byA = await store.listAudit(workspaceId, { limit: 10, actorId: 'usr_a' });
      expect(byA.entries.map((e) => e.action)).toEqual(['key.revoke', 'key.create']);
      const window = await store.listAudit(workspaceId, {
        limit: 10,
        since: '2030-01-02T00:00:00.000Z',
        until: '2030-01-02T23:59:59.999Z',
      });
      expect(window.entries.map((e) => e.action)).toEqual(['key.revoke']);
    });

    it('pages with a cursor without repeating or skipping, and never crosses workspaces', async () => {
      for (let i = 0; i < 5; i++)
        await store.appendAudit(entry(`a.${i}`, 'usr_a', '2030-01-01T00:00:00.000Z'));
      const other = (await store.createWorkspace({ name: 'Other' })).id;
      await store.appendAudit({
        ...entry('foreign', 'usr_x', '2030-01-01T00:00:00.000Z'),
        workspaceId: other,
      });
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.listAudit(workspaceId, { limit: 2, ...(cursor ? { cursor } : {}) });
        seen.push(...page.entries.map((e) => e.action));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(['a.4', 'a.3', 'a.2', 'a.1', 'a.0']);
      expect((await store.listAudit(workspaceId, { limit: 10, cursor: 'garbage' })).entries).toEqual([]);
    });
  });
}
