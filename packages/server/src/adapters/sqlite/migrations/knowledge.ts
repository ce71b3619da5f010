/**
 * The knowledge base: document lifecycle (status, progress, error, collection, tags), the upload kept
 * until it is indexed (so a restart can resume), the parsed text for re-indexing and citations, and
 * the embedding cache. Vector tables (sqlite-vec) are created by SqliteVectorIndex, because their
 * dimension depends on the configured embedding model.
 */
export const knowledgeMigration = `
  ALTER TABLE documents ADD COLUMN collection TEXT;
  ALTER TABLE documents ADD COLUMN progress REAL NOT NULL DEFAULT 1;
  ALTER TABLE documents ADD COLUMN error TEXT;
  ALTER TABLE documents ADD COLUMN byte_size INTEGER;
  ALTER TABLE documents ADD COLUMN page_count INTEGER;
  ALTER TABLE documents ADD COLUMN updated_at TEXT;
  CREATE INDEX documents_listing ON documents(workspace_id, created_at, id);
  CREATE INDEX documents_collection ON documents(workspace_id, collection);
  CREATE INDEX documents_unfinished ON documents(status) WHERE status NOT IN ('ready', 'failed');
  ALTER TABLE chunks ADD COLUMN token_count INTEGER;
  CREATE TABLE document_tags (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    workspace_id TEXT NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY (document_id, tag)
  ) WITHOUT ROWID;
  CREATE INDEX document_tags_tag ON document_tags(workspace_id, tag);
  CREATE TABLE document_uploads (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    bytes BLOB NOT NULL,
    media_type TEXT
  );
  CREATE TABLE document_sources (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    blocks TEXT NOT NULL
  );
  CREATE TABLE embedding_cache (
    model TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    vector BLOB NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (model, content_hash)
  ) WITHOUT ROWID;
`;
