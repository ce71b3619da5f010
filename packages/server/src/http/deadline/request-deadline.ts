/** Why a request's work was aborted; `signal.reason` holds one of these. */
export class RequestAbortedError extends Error {
  override name = 'RequestAbortedError';
  constructor(readonly why: 'deadline' | 'idle' | 'client-closed' | 'shutdown') {
    super(`The request was aborted (${why}).`);
  }
}

/**
 * The time budget of one request. Until the handler has answered, a total deadline runs from the
 * moment the request arrived; a route may shorten or extend it. When it passes, `expired` resolves
 * and `signal` aborts, so the handler's work stops instead of running on for nobody.
 */
export class RequestDeadline {
  private readonly controller = new AbortController();
  private readonly startedAt = Date.now();
  private timer: NodeJS.Timeout | undefined;
  private resolveExpired: () => void = () => {};
  /** Resolves when the total deadline passes; never if it is released first. */
  readonly expired = new Promise<void>((resolve) => (this.resolveExpired = resolve));

  constructor(private limitMs: number) {
    this.arm();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The current limit: the total deadline, or a stream's longest allowed silence. */
  get timeoutMs(): number {
    return this.limitMs;
  }

  /** Sets the limit to `ms` after the request arrived (a route's own `timeoutMs`). */
  setLimit(ms: number): void {
    this.limitMs = ms;
    if (this.timer) this.arm();
  }

  /** Stops the total deadline: the response is a stream, which watches its own idle time. */
  release(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  abort(why: RequestAbortedError['why']): void {
    this.release();
    if (!this.controller.signal.aborted) this.controller.abort(new RequestAbortedError(why));
  }

  private arm(): void {
    clearTimeout(this.timer);
    const left = Math.max(0, this.startedAt + this.limitMs - Date.now());
    this.timer = setTimeout(() => {
      this.abort('deadline');
      this.resolveExpired();
    }, left);
    // A pending deadline must not keep a stopping process alive.
    this.timer.unref();
  }
}
