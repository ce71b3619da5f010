import { parentPort } from 'node:worker_threads';
import { chunkDocument } from './chunk-document.js';
import { parseDocument, type ParseRequest } from './parse-document.js';
import type { ParseResult } from './parse-failure.js';
import { tokenCounter } from './token-counter.js';
import type { WorkerChunking } from './parser-pool.js';

async function handle(request: ParseRequest, chunking: WorkerChunking | undefined): Promise<ParseResult> {
  const result = await parseDocument(request);
  if (!result.ok || !chunking) return result;
  // Chunking tokenizes every word, so it runs here too: off the main thread and in parallel.
  const counter = tokenCounter(chunking.encoding);
  return { ...result, chunks: chunkDocument(result.document, { ...chunking, counter }) };
}

/** The entry point of a {@link ParserPool} thread: parses (and chunks) one request at a time. */
parentPort?.on('message', (message: { id: number; request: ParseRequest; chunking?: WorkerChunking }) => {
  void handle(message.request, message.chunking).then((result) =>
    parentPort?.postMessage({ id: message.id, result }),
  );
});
