import { join } from 'node:path';
import { openDatabase } from '../adapters/sqlite/open-database.js';
import { SqliteStore } from '../adapters/sqlite/sqlite-store.js';
import type { Assistant, Workspace } from '../ports/store.js';
import { bootstrap } from '../services/bootstrap.js';

/**
 * Opens a data directory for a command, without the server: the same SQLite file, migrated, with
 * its default workspace and assistant (created if this runs before the first `serve`).
 */
export async function openDataDir(
  dataDir: string,
): Promise<{ store: SqliteStore; workspace: Workspace; assistant: Assistant }> {
  const store = new SqliteStore(openDatabase(join(dataDir, 'tessera.db')));
  try {
    // Sample documents are the server's business; `serve` ingests them into an empty workspace.
    const { workspace, assistant } = await bootstrap(store, null);
    return { store, workspace, assistant };
  } catch (error) {
    await store.close();
    throw error;
  }
}
