import type { IngestDeps } from './ingest-deps.js';
import { processDocument } from './process-document.js';

/**
 * Runs submitted documents' ingestion in the background, one promise per document, and lets
 * shutdown wait for the work in flight before the database closes. A crash in between is
 * harmless: `resumeUnfinished` picks the document up on the next start.
 */
export class DocumentJobs {
  readonly #running = new Set<Promise<void>>();

  constructor(
    private readonly deps: IngestDeps,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  /** Starts processing a submitted document; errors go to `onError`, never to the caller. */
  start(workspaceId: string, documentId: string): void {
    const job = processDocument(this.deps, workspaceId, documentId).then(
      () => undefined,
      (error: unknown) => this.onError(error),
    );
    this.#running.add(job);
    void job.finally(() => this.#running.delete(job));
  }

  /** Resolves when every job started so far has ended. */
  async drain(): Promise<void> {
    while (this.#running.size > 0) await Promise.all([...this.#running]);
  }
}
