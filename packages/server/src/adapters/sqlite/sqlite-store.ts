import { randomUUID } from 'node:crypto';
import type {
  Assistant,
  ChunkInput,
  DocumentRecord,
  NewDocument,
  Store,
  Workspace,
} from '../../ports/store.js';
import type { SqliteDatabase } from './open-database.js';
import { sqliteDomainStores, type DomainStores } from './sqlite-domain-stores.js';

interface DocumentRow {
  id: string;
  workspace_id: string;
  title: string;
  filename: string | null;
  media_type: string;
  url: string | null;
  content_hash: string;
  status: 'ready';
  chunk_count: number;
  created_at: string;
}

const toDocument = (row: DocumentRow): DocumentRecord => ({
  id: row.id,
  workspaceId: row.workspace_id,
  title: row.title,
  filename: row.filename,
  mediaType: row.media_type,
  url: row.url,
  contentHash: row.content_hash,
  status: row.status,
  chunkCount: row.chunk_count,
  createdAt: row.created_at,
});

const ASSISTANT_COLUMNS = 'id, workspace_id AS workspaceId, name, greeting, created_at AS createdAt';

const newId = (prefix: string) => `${prefix}_${randomUUID().replaceAll('-', '')}`;

/** The per-domain stores (identity, keys, audit, settings) are mixed in by the constructor. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- see the constructor
export interface SqliteStore extends DomainStores {}

/** The embedded {@link Store}: one SQLite file holds every record. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see the constructor
export class SqliteStore implements Store {
  constructor(private readonly db: SqliteDatabase) {
    // Each domain lives in its own file; their methods become this store's own properties.
    Object.assign(this, sqliteDomainStores(db));
  }

  async createWorkspace(input: { name: string }): Promise<Workspace> {
    const workspace = { id: newId('ws'), name: input.name, createdAt: new Date().toISOString() };
    this.db
      .prepare('INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)')
      .run(workspace.id, workspace.name, workspace.createdAt);
    return workspace;
  }

  async listWorkspaces(): Promise<Workspace[]> {
    return this.db
      .prepare('SELECT id, name, created_at AS createdAt FROM workspaces ORDER BY created_at, id')
      .all() as Workspace[];
  }

  async createAssistant(input: Omit<Assistant, 'id' | 'createdAt'>): Promise<Assistant> {
    const assistant = { id: newId('as'), ...input, createdAt: new Date().toISOString() };
    this.db
      .prepare('INSERT INTO assistants (id, workspace_id, name, greeting, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(assistant.id, assistant.workspaceId, assistant.name, assistant.greeting, assistant.createdAt);
    return assistant;
  }

  async getAssistant(id: string): Promise<Assistant | undefined> {
    return this.db.prepare(`SELECT ${ASSISTANT_COLUMNS} FROM assistants WHERE id = ?`).get(id) as
      Assistant | undefined;
  }

  async listAssistants(workspaceId: string): Promise<Assistant[]> {
    return this.db
      .prepare(`SELECT ${ASSISTANT_COLUMNS} FROM assistants WHERE workspace_id = ? ORDER BY created_at, id`)
      .all(workspaceId) as Assistant[];
  }

  async addDocument(input: NewDocument, chunks: ChunkInput[]): Promise<DocumentRecord> {
    const document: DocumentRecord = {
      ...input,
      id: newId('doc'),
      status: 'ready',
      chunkCount: chunks.length,
      createdAt: new Date().toISOString(),
    };
    const insertDocument = this.db.prepare(
      `INSERT INTO documents (id, workspace_id, title, filename, media_type, url, content_hash, status, chunk_count, created_at)
       VALUES (@id, @workspaceId, @title, @filename, @mediaType, @url, @contentHash, @status, @chunkCount, @createdAt)`,
    );
    const insertChunk = this.db.prepare(
      `INSERT INTO chunks (id, document_id, workspace_id, ordinal, text, headings, heading_path, page, start_offset, end_offset)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.db.transaction(() => {
      insertDocument.run(document);
      chunks.forEach((chunk, ordinal) =>
        insertChunk.run(
          `${document.id}_c${ordinal}`,
          document.id,
          document.workspaceId,
          ordinal,
          chunk.text,
          chunk.headingPath.join(' › '),
          JSON.stringify(chunk.headingPath),
          chunk.page,
          chunk.startOffset,
          chunk.endOffset,
        ),
      );
    })();
    return document;
  }

  async findDocumentByHash(workspaceId: string, contentHash: string): Promise<DocumentRecord | undefined> {
    const row = this.db
      .prepare('SELECT * FROM documents WHERE workspace_id = ? AND content_hash = ?')
      .get(workspaceId, contentHash) as DocumentRow | undefined;
    return row && toDocument(row);
  }

  async countDocuments(workspaceId: string): Promise<number> {
    const row = this.db
      .prepare('SELECT count(*) AS n FROM documents WHERE workspace_id = ?')
      .get(workspaceId) as { n: number };
    return row.n;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
