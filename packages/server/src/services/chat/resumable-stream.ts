import type { UIMessageChunk } from '@tessera/core';

export interface ResumableStreamOptions {
  /**
   * How long generation goes on with nobody reading, waiting for a reload to resume it. After that
   * the upstream is aborted, so an answer nobody reads stops costing tokens.
   */
  orphanGraceMs: number;
  /** Called once when the stream ends, however it ends. */
  onEnd?: () => void;
}

/**
 * One answer being generated, decoupled from the HTTP response that asked for it: every part is
 * kept, so a reader that attaches later (a reloaded page) gets the parts so far and then follows
 * live. The producer runs until it finishes, is stopped, or has had no reader for the grace period.
 */
export class ResumableStream {
  readonly parts: UIMessageChunk[] = [];
  private done = false;
  private readers = 0;
  private readonly wakers = new Set<() => void>();
  private orphanTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    source: AsyncIterable<UIMessageChunk>,
    private readonly controller: AbortController,
    private readonly options: ResumableStreamOptions,
  ) {
    void this.pump(source);
  }

  /** Whether the answer is over (finished, failed or stopped). */
  get ended(): boolean {
    return this.done;
  }

  /** Stops generation now: the stop button. Readers see the stream end after an `abort` part. */
  stop(reason = 'stopped by the user'): void {
    if (this.done) return;
    this.controller.abort(reason);
  }

  /** Reads from part `from` on: first what was already sent, then the rest as it arrives. */
  async *read(from = 0): AsyncGenerator<UIMessageChunk> {
    this.readers++;
    clearTimeout(this.orphanTimer);
    try {
      let next = from;
      while (true) {
        while (next < this.parts.length) yield this.parts[next++]!;
        if (this.done) return;
        await new Promise<void>((wake) => this.wakers.add(wake));
      }
    } finally {
      if (--this.readers === 0 && !this.done) {
        this.orphanTimer = setTimeout(() => this.stop('nobody is reading'), this.options.orphanGraceMs);
      }
    }
  }

  private async pump(source: AsyncIterable<UIMessageChunk>): Promise<void> {
    try {
      for await (const part of source) {
        this.parts.push(part);
        this.wake();
      }
    } finally {
      if (this.controller.signal.aborted && this.parts.at(-1)?.type !== 'abort') {
        this.parts.push({ type: 'abort', reason: String(this.controller.signal.reason ?? 'stopped') });
      }
      this.done = true;
      clearTimeout(this.orphanTimer);
      this.wake();
      this.options.onEnd?.();
    }
  }

  private wake(): void {
    for (const wake of this.wakers) wake();
    this.wakers.clear();
  }
}

/** The answers being generated right now, by conversation id (one at a time per conversation). */
export class ResumableStreamRegistry {
  private readonly streams = new Map<string, ResumableStream>();

  constructor(private readonly orphanGraceMs = 15_000) {}

  /** Starts generating for `chatId`, stopping an answer still running there. */
  start(chatId: string, produce: (signal: AbortSignal) => AsyncIterable<UIMessageChunk>): ResumableStream {
    this.streams.get(chatId)?.stop('replaced by a new message');
    const controller = new AbortController();
    const stream: ResumableStream = new ResumableStream(produce(controller.signal), controller, {
      orphanGraceMs: this.orphanGraceMs,
      onEnd: () => {
        if (this.streams.get(chatId) === stream) this.streams.delete(chatId);
      },
    });
    this.streams.set(chatId, stream);
    return stream;
  }

  /** The answer being generated for `chatId`, if there is one. */
  get(chatId: string): ResumableStream | undefined {
    return this.streams.get(chatId);
  }

  /** How many answers are being generated, for metrics and shutdown. */
  get size(): number {
    return this.streams.size;
  }
}
