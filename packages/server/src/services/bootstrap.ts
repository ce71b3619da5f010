import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Assistant, Store, Workspace } from '../ports/store.js';
import { ingestText } from './ingest/ingest-text.js';

/** The Markdown files about Tessera that a new server answers from. */
export const SAMPLE_DOCS_DIR = fileURLToPath(new URL('../../sample-docs/', import.meta.url));

export const DEFAULT_GREETING =
  "Hi! I answer questions from this site's documents. What would you like to know?";

/**
 * Makes a fresh data directory usable with zero configuration: a default workspace and assistant,
 * and the sample knowledge base ingested. Running it again changes nothing.
 */
export async function bootstrap(
  store: Store,
  // `null` skips the sample documents (`undefined` would fall back to the default).
  sampleDocsDir: string | null = SAMPLE_DOCS_DIR,
): Promise<{ workspace: Workspace; assistant: Assistant }> {
  const workspace =
    (await store.listWorkspaces())[0] ?? (await store.createWorkspace({ name: 'Default workspace' }));
  const assistant =
    (await store.listAssistants(workspace.id))[0] ??
    (await store.createAssistant({
      workspaceId: workspace.id,
      name: 'Tessera assistant',
      greeting: DEFAULT_GREETING,
    }));
  if (sampleDocsDir && (await store.countDocuments(workspace.id)) === 0) {
    const files = (await readdir(sampleDocsDir)).filter((f) => f.endsWith('.md')).sort();
    for (const filename of files) {
      const text = await readFile(join(sampleDocsDir, filename), 'utf8');
      await ingestText(store, { workspaceId: workspace.id, text, filename });
    }
  }
  return { workspace, assistant };
}
