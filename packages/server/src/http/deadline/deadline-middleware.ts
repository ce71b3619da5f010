import type { Middleware } from 'koa';
import type { Logger } from 'pino';
import { ProblemError } from '../problem-error.js';
import { requestLog, setRequestDeadline } from '../request-state.js';
import { RequestDeadline } from './request-deadline.js';

/**
 * Gives every request a deadline (`timeoutMs`, which a route may override) and an abort signal.
 * A handler still busy at the deadline gets its signal aborted, and the caller a 504 problem instead
 * of a hanging connection. A handler that answers with a stream hands over to the stream's idle
 * timeout. The signal also aborts when the client disconnects.
 */
export function deadline(timeoutMs: number, logger: Logger): Middleware {
  return async (ctx, next) => {
    const deadline = new RequestDeadline(timeoutMs);
    setRequestDeadline(ctx, deadline);
    // 'close' also fires after a normal finish, when nothing is left to abort (and building the
    // abort reason, an Error with its stack, would cost more than the rest of the request).
    ctx.res.once('close', () => {
      if (!ctx.res.writableFinished) deadline.abort('client-closed');
    });
    const work = next();
    let outcome: 'answered' | 'expired';
    try {
      outcome = await Promise.race([
        work.then(() => 'answered' as const),
        deadline.expired.then(() => 'expired' as const),
      ]);
    } finally {
      // Answered (or failed): a streamed body now watches its own idle time.
      deadline.release();
    }
    if (outcome === 'expired') {
      // The handler may still settle later; its result has nowhere to go, but it must not crash us.
      work.catch((error: unknown) =>
        requestLog(ctx, logger).debug({ err: error }, 'A handler failed after its deadline.'),
      );
      requestLog(ctx, logger).warn({ timeoutMs: deadline.timeoutMs }, 'The request passed its deadline.');
      throw new ProblemError(
        504,
        `The server could not answer within ${deadline.timeoutMs} ms and stopped working on it. Try again; if it keeps happening, report the request id.`,
        { code: 'deadline_exceeded' },
      );
    }
  };
}
