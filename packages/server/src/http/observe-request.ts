import type { Middleware } from 'koa';
import type { Logger } from 'pino';
import type { Metrics } from '../observability/create-metrics.js';
import { routePattern, setRequestLog } from './request-state.js';

export interface ObserveOptions {
  logger: Logger;
  metrics: Metrics;
}

/**
 * Gives the request a child logger carrying its id (`ctx.state.log`) and, once the response has
 * ended (a stream's last byte, or the client leaving), writes one access line and records the
 * request metrics. Labels use the route pattern, never the raw path, so ids in paths cannot blow up
 * the metrics; unmatched requests share one label. Neither the query string nor bodies are logged:
 * both may hold secrets or personal text.
 */
export function observeRequest(options: ObserveOptions): Middleware {
  return async (ctx, next) => {
    const started = process.hrtime.bigint();
    const log = options.logger.child({ requestId: ctx.state['requestId'] as string });
    setRequestLog(ctx, log);
    const socket = ctx.req.socket;
    const bytesBefore = socket.bytesWritten;
    ctx.res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const labels = {
        method: ctx.method,
        route: routePattern(ctx) ?? 'unmatched',
        status: String(ctx.status),
      };
      options.metrics.httpRequests.inc(labels);
      options.metrics.httpDuration.observe(labels, seconds);
      log.info(
        {
          method: ctx.method,
          route: labels.route,
          path: ctx.path,
          status: ctx.status,
          durationMs: Math.round(seconds * 1e4) / 10,
          // Bytes on the wire for this response, headers included; requests on a connection run in turn.
          bytes: socket.bytesWritten - bytesBefore,
          completed: ctx.res.writableFinished,
          ip: ctx.ip,
        },
        'request',
      );
    });
    await next();
  };
}
