import type { Logger } from 'pino';
import type { RequestDeadline } from './deadline/request-deadline.js';

/**
 * What the platform middleware keeps on `ctx.state` for the code after it. Koa types `ctx.state`
 * loosely; these accessors give the rest of the server one typed way in.
 */
interface PlatformState {
  log?: Logger;
  deadline?: RequestDeadline;
  /** The matched route's pattern (`/v1/keys/:id`), for logs and metric labels. */
  route?: string;
}

type WithState = { state: unknown };

const stateOf = (ctx: WithState) => ctx.state as PlatformState;

/** The request's child logger, carrying its request id. */
export function requestLog(ctx: WithState, fallback: Logger): Logger {
  return stateOf(ctx).log ?? fallback;
}

export function setRequestLog(ctx: WithState, log: Logger): void {
  stateOf(ctx).log = log;
}

/** The request's deadline; set by the deadline middleware for every request. */
export function requestDeadline(ctx: WithState): RequestDeadline | undefined {
  return stateOf(ctx).deadline;
}

export function setRequestDeadline(ctx: WithState, deadline: RequestDeadline): void {
  stateOf(ctx).deadline = deadline;
}

/**
 * Aborted when the request's deadline passes, when the client goes away, or when a stream goes idle:
 * pass it to every piece of slow work the request starts.
 */
export function requestSignal(ctx: WithState): AbortSignal {
  return stateOf(ctx).deadline?.signal ?? new AbortController().signal;
}

export function routePattern(ctx: WithState): string | undefined {
  return stateOf(ctx).route;
}

export function setRoutePattern(ctx: WithState, pattern: string): void {
  stateOf(ctx).route = pattern;
}
