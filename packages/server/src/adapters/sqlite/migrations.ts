import { identityMigration } from './migrations/identity.js';
import { knowledgeMigration } from './migrations/knowledge.js';
import { platformMigration } from './migrations/platform.js';
import { conversationsMigration } from './migrations/conversations.js';
import { assistantLimitsMigration } from './migrations/assistant-limits.js';

/**
 * Versioned schema migrations; `PRAGMA user_version` records how many have run. Append new ones,
 * never edit a shipped one: databases in the field have already run it.
 */
export const migrations: readonly string[] = [
  `
  CREATE TABLE workspaces (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE assistants (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    greeting TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX assistants_workspace ON assistants(workspace_id);
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    filename TEXT,
    media_type TEXT NOT NULL,
    url TEXT,
    content_hash TEXT NOT NULL,
    status TEXT NOT NULL,
    chunk_count INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (workspace_id, content_hash)
  );
  CREATE TABLE chunks (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    workspace_id TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    text TEXT NOT NULL,
    headings TEXT NOT NULL,
    heading_path TEXT NOT NULL,
    page INTEGER,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL
  );
  CREATE INDEX chunks_document ON chunks(document_id);
  -- External-content FTS5: the text is stored once, in chunks; triggers keep the index in step
  -- inside the same transaction as the rows.
  CREATE VIRTUAL TABLE chunks_fts USING fts5(
    text, headings, content='chunks', content_rowid='rowid',
    tokenize='porter unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER chunks_ai AFTER INSERT ON chunks BEGIN
    INSERT INTO chunks_fts(rowid, text, headings) VALUES (new.rowid, new.text, new.headings);
  END;
  CREATE TRIGGER chunks_ad AFTER DELETE ON chunks BEGIN
    INSERT INTO chunks_fts(chunks_fts, rowid, text, headings)
      VALUES ('delete', old.rowid, old.text, old.headings);
  END;
  `,
  identityMigration,
  platformMigration,
  knowledgeMigration,
  conversationsMigration,
  assistantLimitsMigration,
];
