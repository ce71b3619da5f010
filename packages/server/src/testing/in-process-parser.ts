import { chunkDocument } from '../services/ingest/chunk-document.js';
import type { IngestDeps } from '../services/ingest/ingest-deps.js';
import { parseDocument } from '../services/ingest/parse-document.js';

/** Parses in the test's own thread: the ParserPool's behaviour without worker start-up time. */
export const inProcessParser: IngestDeps['parser'] = {
  async parse(request, chunking) {
    const result = await parseDocument(request);
    return result.ok && chunking ? { ...result, chunks: chunkDocument(result.document, chunking) } : result;
  },
};
