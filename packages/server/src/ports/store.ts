import type { AuditStore } from './audit-store.js';
import type { IdentityStore } from './identity-store.js';
import type { KeyStore } from './key-store.js';
import type { SettingsStore } from './settings-store.js';
import type { ConversationStore } from './conversation-store.js';
import type { AssistantLimitsStore } from './assistant-limits-store.js';
import type { DocumentStatus } from './knowledge-store.js';

/** A tenant: everything (assistants, documents, keys) belongs to exactly one workspace. */
export interface Workspace {
  id: string;
  name: string;
  createdAt: string;
}

/** An assistant answers from its workspace's documents. */
export interface Assistant {
  id: string;
  workspaceId: string;
  name: string;
  greeting: string;
  createdAt: string;
}

/** A document of the knowledge base, without its text. */
export interface DocumentRecord {
  id: string;
  workspaceId: string;
  title: string;
  filename: string | null;
  mediaType: string;
  url: string | null;
  contentHash: string;
  status: DocumentStatus;
  chunkCount: number;
  createdAt: string;
}

/** A passage of a document, as it is indexed and cited. */
export interface ChunkInput {
  text: string;
  /** Headings from the top of the document down to the passage. */
  headingPath: string[];
  page: number | null;
  /** Character offsets of the passage in the document's text. */
  startOffset: number;
  endOffset: number;
}

export type NewDocument = Omit<DocumentRecord, 'id' | 'status' | 'chunkCount' | 'createdAt'>;

/**
 * Records storage. Methods are async so that a networked adapter can implement the same port as the
 * embedded SQLite one.
 */
export interface Store
  extends IdentityStore, KeyStore, AuditStore, SettingsStore, ConversationStore, AssistantLimitsStore {
  createWorkspace(input: { name: string }): Promise<Workspace>;
  listWorkspaces(): Promise<Workspace[]>;
  createAssistant(input: { workspaceId: string; name: string; greeting: string }): Promise<Assistant>;
  getAssistant(id: string): Promise<Assistant | undefined>;
  listAssistants(workspaceId: string): Promise<Assistant[]>;
  /** Stores a document and all its chunks atomically: after a crash either both exist or neither. */
  addDocument(document: NewDocument, chunks: ChunkInput[]): Promise<DocumentRecord>;
  findDocumentByHash(workspaceId: string, contentHash: string): Promise<DocumentRecord | undefined>;
  countDocuments(workspaceId: string): Promise<number>;
  close(): Promise<void>;
}
