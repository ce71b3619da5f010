import { availableParallelism } from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { ChunkOptions } from './chunk-document.js';
import { DEFAULT_INGEST_LIMITS, type IngestLimits } from './ingest-limits.js';
import { checkSize, type ParseRequest } from './parse-document.js';
import { ParseFailure, toParseResult, type ParseResult } from './parse-failure.js';
import { sanitizeFilename } from './sanitize-filename.js';
import type { TokenEncoding } from './token-counter.js';

export interface ParserPoolOptions {
  /** Parallel parses; defaults to the number of CPUs. */
  size?: number;
  limits?: Partial<IngestLimits>;
  /** Heap cap per worker: a file that needs more fails alone instead of taking the server down. */
  resourceLimits?: ResourceLimits;
}

/** Chunking done in the worker right after parsing; the counter is named, since it cannot be sent. */
export type WorkerChunking = Omit<ChunkOptions, 'counter'> & { encoding?: TokenEncoding };

interface Job {
  id: number;
  request: ParseRequest;
  chunking?: WorkerChunking;
  deadlineMs: number;
  resolve: (result: ParseResult) => void;
}

interface Slot {
  worker: Worker;
  job?: Job;
  timer?: NodeJS.Timeout;
}

// From sources (tests) the worker is TypeScript and needs the esbuild hooks; built code runs as is.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './parse-worker.ts' : './parse-worker.js', import.meta.url);
const EXEC_ARGV = FROM_SOURCE
  ? ['--import', new URL('../../testing/ts-worker-loader.mjs', import.meta.url).href]
  : [];

/**
 * Parses files in worker threads, each with a deadline: a parse that runs past it has its worker
 * terminated (the only way to stop a stuck PDF or OCR run) and reports a timeout; a worker that
 * runs out of memory reports that. Either way the pool replaces the worker and carries on.
 */
export class ParserPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly limits: IngestLimits;
  private readonly size: number;
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: ParserPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? availableParallelism());
    this.limits = { ...DEFAULT_INGEST_LIMITS, ...options.limits };
  }

  /** Parses one file, and chunks it when `chunking` is given; never rejects. */
  parse(request: ParseRequest, chunking?: WorkerChunking): Promise<ParseResult> {
    const limits = { ...this.limits, ...request.limits };
    try {
      // Checked here too, so an oversized upload is not even copied into a worker.
      checkSize(request.bytes, limits, sanitizeFilename(request.filename ?? '', 'the upload'));
    } catch (error) {
      return Promise.resolve(toParseResult(error, 'The file could not be read.'));
    }
    if (this.closed)
      throw new Error('The parser pool is closed; create a new ParserPool to parse more files.');
    return new Promise((resolve) => {
      const job = {
        id: this.nextId++,
        request: { ...request, limits },
        chunking,
        deadlineMs: limits.parseTimeoutMs,
        resolve,
      };
      this.queue.push(job);
      this.dispatch();
    });
  }

  /** Stops every worker; queued parses are answered with a timeout. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve(timeoutResult(job));
    await Promise.all(this.slots.splice(0).map((slot) => this.stop(slot)));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(() => this.fail(slot, timeoutResult(job)), job.deadlineMs);
      slot.worker.postMessage({ id: job.id, request: job.request, chunking: job.chunking });
    }
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL, {
      execArgv: EXEC_ARGV,
      resourceLimits: this.options.resourceLimits ?? { maxOldGenerationSizeMb: 1024 },
    });
    const slot: Slot = { worker };
    worker.on('message', (message: { id: number; result: ParseResult }) => {
      if (slot.job?.id !== message.id) return;
      this.finish(slot, message.result);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      const failure = outOfMemory
        ? new ParseFailure(
            'out_of_memory',
            'The file needs more memory to read than one upload may use; split it into smaller files.',
          )
        : error;
      if (slot.job)
        this.fail(
          slot,
          toParseResult(
            failure,
            'The file could not be read because its reader crashed; save it again and upload the new copy.',
          ),
        );
    });
    worker.on('exit', () => {
      if (slot.job)
        this.fail(
          slot,
          toParseResult(
            new Error('exited'),
            'The file could not be read because its reader stopped; try again.',
          ),
        );
    });
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot, result: ParseResult): void {
    clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = undefined;
    job?.resolve(result);
    this.dispatch();
  }

  /** Answers the slot's job, then replaces its worker: after a timeout or crash it cannot be trusted. */
  private fail(slot: Slot, result: ParseResult): void {
    clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = undefined;
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    void this.stop(slot);
    job?.resolve(result);
    if (!this.closed) this.dispatch();
  }

  private async stop(slot: Slot): Promise<void> {
    slot.worker.removeAllListeners();
    // An 'error' event without a listener would crash the process while the worker shuts down.
    slot.worker.on('error', () => undefined);
    await slot.worker.terminate();
  }
}

const timeoutResult = (job: Job): ParseResult => ({
  ok: false,
  code: 'timeout',
  reason: `Reading ${sanitizeFilename(job.request.filename ?? '', 'the file')} took longer than ${job.deadlineMs < 1000 ? `${job.deadlineMs} ms` : `${Math.round(job.deadlineMs / 1000)} s`} and was stopped; split it into smaller files or remove large images.`,
});
