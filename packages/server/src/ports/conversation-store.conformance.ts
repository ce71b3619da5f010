import type { UIMessage } from '@tessera/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreConflictError } from './store-conflict-error.js';
import type { Store } from './store.js';

const text = (id: string, role: UIMessage['role'], words: string): UIMessage => ({
  id,
  role,
  parts: [{ type: 'text', text: words }],
});

/** The behaviour every adapter of {@link ConversationStore} must show. Call it from an adapter's test file. */
export function describeConversationStoreConformance(name: string, makeStore: () => Promise<Store>): void {
  describe(`${name}: conversation store conformance`, () => {
    let store: Store;
    let workspaceId: string;
    let otherWorkspaceId: string;
    beforeEach(async () => {
      store = await makeStore();
      workspaceId = (await store.createWorkspace({ name: 'W' })).id;
      otherWorkspaceId = (await store.createWorkspace({ name: 'Other' })).id;
    });
    afterEach(() => store.close());

    const conversation = (id: string, endUserId: string | null = 'anon_1', ws = workspaceId) =>
      store.upsertConversation({ id, workspaceId: ws, assistantId: 'as_1', endUserId, title: `About ${id}` });

    it('keeps messages in order with their parts, and replaces a message saved again', async () => {
      await conversation('c1');
      await store.saveMessage(workspaceId, {
        id: 'u1',
        conversationId: 'c1',
        message: text('u1', 'user', 'Hi'),
        status: 'complete',
      });
      await store.saveMessage(workspaceId, {
        id: 'a1',
        conversationId: 'c1',
        message: text('a1', 'assistant', 'Hel'),
        status: 'interrupted',
      });
      await store.saveMessage(workspaceId, {
        id: 'a1',
        conversationId: 'c1',
        message: text('a1', 'assistant', 'Hello'),
        status: 'complete',
      });
      const messages = await store.listMessages(workspaceId, 'c1');
      expect(messages.map((m) => [m.id, m.status, (m.message.parts[0] as { text: string }).text])).toEqual([
        ['u1', 'complete', 'Hi'],
        ['a1', 'complete', 'Hello'],
      ]);
    });

    it('returns the same conversation for the same owner and refuses it to another', async () => {
      const first = await conversation('c1');
      expect((await conversation('c1')).createdAt).toBe(first.createdAt);
      await expect(conversation('c1', 'anon_2')).rejects.toBeInstanceOf(StoreConflictError);
    });

    it('keeps workspaces apart, even with the same conversation id', async () => {
      await conversation('same');
      await conversation('same', 'anon_1', otherWorkspaceId);
      await store.saveMessage(otherWorkspaceId, {
        id: 'm',
        conversationId: 'same',
        message: text('m', 'user', 'secret'),
        status: 'complete',
      });
      expect(await store.listMessages(workspaceId, 'same')).toEqual([]);
      expect(await store.deleteConversation(workspaceId, 'same')).toBe(true);
      expect(await store.getConversation(otherWorkspaceId, 'same')).toBeDefined();
      expect(await store.listMessages(otherWorkspaceId, 'same')).toHaveLength(1);
    });

    it("lists an end user's conversations newest first, with search and stable pages", async () => {
      for (const id of ['a', 'b', 'c', 'd', 'e']) await conversation(id);
      await conversation('theirs', 'anon_2');
      await store.saveMessage(workspaceId, {
        id: 'm',
        conversationId: 'b',
        message: text('m', 'user', 'x'),
        status: 'complete',
      });
      const first = await store.listConversations(workspaceId, { endUserId: 'anon_1', limit: 2 });
      expect(first.conversations[0]!.id).toBe('b');
      const second = await store.listConversations(workspaceId, {
        endUserId: 'anon_1',
        limit: 2,
        cursor: first.nextCursor!,
      });
      const third = await store.listConversations(workspaceId, {
        endUserId: 'anon_1',
        limit: 2,
        cursor: second.nextCursor!,
      });
      const ids = [...first.conversations, ...second.conversations, ...third.conversations].map((c) => c.id);
      expect(ids.sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
      expect(third.nextCursor).toBeNull();
      const everyone = await store.listConversations(workspaceId, { limit: 10 });
      expect(everyone.conversations).toHaveLength(6);
      const found = await store.listConversations(workspaceId, { limit: 10, search: 'about THEIRS' });
      expect(found.conversations.map((c) => c.id)).toEqual(['theirs']);
      expect(
        (await store.listConversations(workspaceId, { limit: 10, search: '100%_' })).conversations,
      ).toEqual([]);
    });

    it('deletes a conversation with its messages', async () => {
      await conversation('c1');
      await store.saveMessage(workspaceId, {
        id: 'm',
        conversationId: 'c1',
        message: text('m', 'user', 'x'),
        status: 'complete',
      });
      expect(await store.deleteConversation(workspaceId, 'c1')).toBe(true);
      expect(await store.getConversation(workspaceId, 'c1')).toBeUndefined();
      expect(await store.listMessages(workspaceId, 'c1')).toEqual([]);
      expect(await store.deleteConversation(workspaceId, 'c1')).toBe(false);
    });
  });
}
