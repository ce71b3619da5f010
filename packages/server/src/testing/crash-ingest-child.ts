// A process that starts ingesting a document and hangs while embedding, so a test can kill it with
// SIGKILL mid-ingestion. Usage: crash-ingest-child.ts <database file> <workspace id>
import { openDatabase } from '../adapters/sqlite/open-database.js';
import { SqliteKnowledgeStore } from '../adapters/sqlite/sqlite-knowledge-store.js';
import { SqliteVectorIndex } from '../adapters/sqlite/sqlite-vector-index.js';
import { ingestDocument } from '../services/ingest/manage-documents.js';
import { inProcessParser } from './in-process-parser.js';

const [file, workspaceId] = process.argv.slice(2) as [string, string];
const db = openDatabase(file);
const knowledge = new SqliteKnowledgeStore(db, { vectorIndex: new SqliteVectorIndex(db, { dimensions: 8 }) });
const paragraphs = Array.from(
  { length: 40 },
  (_, i) => `Paragraph ${i} explains step ${i} of the crash-safe procedure in detail.`,
);
void ingestDocument(
  {
    knowledge,
    parser: inProcessParser,
    chunking: { maxTokens: 40 },
    embedder: {
      id: 'hang:8',
      dimensions: 8,
      embedQuery: () => new Promise(() => undefined),
      embedDocuments: () => {
        process.stdout.write('embedding\n');
        return new Promise(() => undefined);
      },
    },
  },
  {
    workspaceId,
    bytes: new TextEncoder().encode(`# Procedure\n\n${paragraphs.join('\n\n')}\n`),
    filename: 'procedure.md',
  },
);
