/**
 * Identity and access: people, memberships, invitations, sessions, API keys, assistants' signing
 * secrets, server settings and the audit log. Secrets that only need comparing (passwords,
 * invitation, refresh and API key tokens) are stored hashed; the ones that sign or verify tokens
 * cannot be, and are stored as they are.
 */
export const identityMigration = `
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE memberships (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin', 'owner')),
    created_at TEXT NOT NULL,
    PRIMARY KEY (workspace_id, user_id)
  );
  CREATE INDEX memberships_user ON memberships(user_id);
  CREATE TABLE invitations (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    email TEXT NOT NULL COLLATE NOCASE,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin', 'owner')),
    token_hash TEXT NOT NULL UNIQUE,
    invited_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    accepted_at TEXT,
    revoked_at TEXT
  );
  CREATE INDEX invitations_workspace ON invitations(workspace_id, created_at);
  CREATE TABLE refresh_tokens (
    id TEXT PRIMARY KEY,
    family_id TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked_at TEXT,
    replaced_by TEXT
  );
  CREATE INDEX refresh_tokens_family ON refresh_tokens(family_id);
  CREATE INDEX refresh_tokens_user ON refresh_tokens(user_id, workspace_id);
  CREATE TABLE api_keys (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    type TEXT NOT NULL CHECK (type IN ('secret', 'publishable')),
    name TEXT NOT NULL,
    assistant_id TEXT REFERENCES assistants(id) ON DELETE CASCADE,
    prefix TEXT NOT NULL,
    last4 TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    allowed_origins TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    revoked_at TEXT,
    last_used_at TEXT,
    -- A publishable key is bound to exactly one assistant; a secret key to none.
    CHECK ((type = 'publishable') = (assistant_id IS NOT NULL))
  );
  CREATE INDEX api_keys_workspace ON api_keys(workspace_id, created_at);
  ALTER TABLE assistants ADD COLUMN signing_secret TEXT;
  ALTER TABLE assistants ADD COLUMN signing_secret_rotated_at TEXT;
  CREATE TABLE settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  -- seq orders entries and makes stable cursors even when two share a timestamp.
  CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    actor_kind TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    action TEXT NOT NULL,
    target_kind TEXT,
    target_id TEXT,
    ip TEXT,
    user_agent TEXT,
    details TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
  );
  CREATE INDEX audit_log_workspace ON audit_log(workspace_id, seq);
`;
