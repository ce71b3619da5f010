import type { UIMessage } from '@tessera/core';
import type { ConversationRecord, ConversationStore, MessageRecord } from '../../ports/conversation-store.js';
import { StoreConflictError } from '../../ports/store-conflict-error.js';
import type { SqliteDatabase } from './open-database.js';

interface ConversationRow {
  seq: number;
  id: string;
  workspace_id: string;
  assistant_id: string;
  end_user_id: string | null;
  title: string;
  created_at: string;
  updated_at: string;
  activity: number;
}

const toConversation = (row: ConversationRow): ConversationRecord => ({
  id: row.id,
  workspaceId: row.workspace_id,
  assistantId: row.assistant_id,
  endUserId: row.end_user_id,
  title: row.title,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The cursor is the last row's activity number: a page boundary that no later write moves. */
const encodeCursor = (row: ConversationRow) => `a${row.activity}`;
const decodeCursor = (cursor: string) => (/^a\d{1,15}$/.test(cursor) ? Number(cursor.slice(1)) : undefined);

const NEXT_ACTIVITY = '(SELECT COALESCE(MAX(activity), 0) + 1 FROM conversations)';

/** Conversations and messages in SQLite. Ids are the client's, so they are unique per workspace. */
export function sqliteConversationStore(db: SqliteDatabase): ConversationStore {
  const rowOf = (workspaceId: string, id: string) =>
    db.prepare('SELECT * FROM conversations WHERE workspace_id = ? AND id = ?').get(workspaceId, id) as
      ConversationRow | undefined;
  return {
    async upsertConversation(input) {
      const existing = rowOf(input.workspaceId, input.id);
      if (existing) {
        // The same id from another end user or assistant must not attach to someone else's history.
        if (existing.end_user_id !== input.endUserId || existing.assistant_id !== input.assistantId) {
          throw new StoreConflictError('conversation.id');
        }
        return toConversation(existing);
      }
      const now = new Date().toISOString();
      db.prepare(
        `INSERT INTO conversations (id, workspace_id, assistant_id, end_user_id, title, created_at, updated_at, activity)
         VALUES (?, ?, ?, ?, ?, ?, ?, ${NEXT_ACTIVITY})`,
      ).run(input.id, input.workspaceId, input.assistantId, input.endUserId, input.title, now, now);
      return toConversation(rowOf(input.workspaceId, input.id)!);
    },

    async getConversation(workspaceId, id) {
      const row = rowOf(workspaceId, id);
      return row && toConversation(row);
    },

    async listConversations(workspaceId, filter) {
      const where = ['workspace_id = ?'];
      const args: (string | number)[] = [workspaceId];
      if (filter.search) {
        where.push("title LIKE ? ESCAPE '\\'");
        args.push(`%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      }
      const after = filter.cursor ? decodeCursor(filter.cursor) : undefined;
      const conditions: [boolean, string, string | number | undefined][] = [
        [filter.assistantId !== undefined, 'assistant_id = ?', filter.assistantId],
        [filter.endUserId !== undefined, 'end_user_id = ?', filter.endUserId],
        [after !== undefined, 'activity < ?', after],
      ];
      for (const [applies, sql, value] of conditions) {
        if (!applies || value === undefined) continue;
        where.push(sql);
        args.push(value);
      }
      const rows = db
        .prepare(`SELECT * FROM conversations WHERE ${where.join(' AND ')} ORDER BY activity DESC LIMIT ?`)
        .all(...args, filter.limit + 1) as ConversationRow[];
      const page = rows.slice(0, filter.limit);
      return {
        conversations: page.map(toConversation),
        nextCursor: rows.length > filter.limit ? encodeCursor(page.at(-1)!) : null,
      };
    },

    async saveMessage(workspaceId, input) {
      const createdAt = new Date().toISOString();
      db.transaction(() => {
        const conversation = rowOf(workspaceId, input.conversationId);
        if (!conversation) throw new Error('Save the conversation before its messages.');
        db.prepare(
          `INSERT INTO messages (id, conversation_seq, message, status, created_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (conversation_seq, id) DO UPDATE SET message = excluded.message, status = excluded.status`,
        ).run(input.id, conversation.seq, JSON.stringify(input.message), input.status, createdAt);
        db.prepare(`UPDATE conversations SET updated_at = ?, activity = ${NEXT_ACTIVITY} WHERE seq = ?`).run(
          createdAt,
          conversation.seq,
        );
      })();
      return { ...input, createdAt };
    },

    async listMessages(workspaceId, conversationId) {
      const rows = db
        .prepare(
          `SELECT m.id, m.message, m.status, m.created_at FROM messages m
           JOIN conversations c ON c.seq = m.conversation_seq
           WHERE c.workspace_id = ? AND c.id = ? ORDER BY m.seq`,
        )
        .all(workspaceId, conversationId) as {
        id: string;
        message: string;
        status: MessageRecord['status'];
        created_at: string;
      }[];
      return rows.map((row) => ({
        id: row.id,
        conversationId,
        message: JSON.parse(row.message) as UIMessage,
        status: row.status,
        createdAt: row.created_at,
      }));
    },

    async deleteConversation(workspaceId, id) {
      return (
        db.prepare('DELETE FROM conversations WHERE workspace_id = ? AND id = ?').run(workspaceId, id)
          .changes > 0
      );
    },
  };
}
