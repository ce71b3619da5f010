/**
 * Conversations and messages. A message keeps its UI parts as JSON: they are read back whole, never
 * queried field by field, and their shape follows the AI SDK's rather than ours.
 */
export const conversationsMigration = `
  CREATE TABLE conversations (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    assistant_id TEXT NOT NULL,
    end_user_id TEXT,
    title TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    -- Orders by last use exactly, where two updates in one millisecond would tie on updated_at.
    activity INTEGER NOT NULL,
    UNIQUE (workspace_id, id)
  );
  CREATE INDEX conversations_activity ON conversations(activity);
  CREATE INDEX conversations_recent ON conversations(workspace_id, activity);
  CREATE INDEX conversations_end_user ON conversations(workspace_id, assistant_id, end_user_id, activity);
  CREATE TABLE messages (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    conversation_seq INTEGER NOT NULL REFERENCES conversations(seq) ON DELETE CASCADE,
    message TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('complete', 'interrupted', 'failed')),
    created_at TEXT NOT NULL,
    UNIQUE (conversation_seq, id)
  );
`;
