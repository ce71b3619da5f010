import { STATUS_CODES } from 'node:http';
import type { Middleware } from 'koa';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails } from '@tessera/core';
import { ProblemError } from './problem-error.js';

const PROBLEM_TYPE_BASE = 'https://tessera.dev/problems/';

/** Koa's and its middleware's HTTP errors (`ctx.throw`, body parser) carry `status` and `expose`. */
interface HttpErrorLike {
  status?: number;
  statusCode?: number;
  expose?: boolean;
  message?: string;
  headers?: Record<string, string>;
}

function toProblem(error: unknown): { problem: ProblemDetails; headers: Record<string, string> } {
  if (error instanceof ProblemError) {
    const title = STATUS_CODES[error.status] ?? 'Error';
    return {
      problem: {
        type: PROBLEM_TYPE_BASE + (error.code ?? String(error.status)),
        title,
        status: error.status,
        detail: error.message,
        ...(error.code ? { code: error.code } : {}),
        ...(error.errors ? { errors: error.errors } : {}),
      },
      headers: error.headers,
    };
  }
  const http = (error ?? {}) as HttpErrorLike;
  const raw = http.status ?? http.statusCode;
  const status = typeof raw === 'number' && raw >= 400 && raw < 600 ? raw : 500;
  // Only client errors that their thrower marked safe keep their message; a 5xx never leaks internals.
  const detail =
    status < 500 && http.expose !== false && http.message
      ? http.message
      : 'The server failed to answer this request. It has been logged; try again, and report the request id if it persists.';
  return {
    problem: { type: PROBLEM_TYPE_BASE + status, title: STATUS_CODES[status] ?? 'Error', status, detail },
    headers: status < 500 ? (http.headers ?? {}) : {},
  };
}

/**
 * Turns every error thrown below it into an RFC 9457 problem+json response. It sits first in the
 * chain so that nothing, not even a 404 from an unknown route, answers in another shape.
 */
export function problemMiddleware(): Middleware {
  return async (ctx, next) => {
    try {
      await next();
      // Statuses set without a body (no route, or the router's 405/501) still answer as problems.
      if (ctx.status === 404 && ctx.body == null) {
        throw new ProblemError(
          404,
          `No route matches ${ctx.method} ${ctx.path}. See /openapi.json for the routes.`,
          {
            code: 'not_found',
          },
        );
      }
      if (ctx.status === 405 && ctx.body == null) {
        throw new ProblemError(
          405,
          `${ctx.path} does not accept ${ctx.method}; use one of: ${ctx.response.get('allow')}.`,
          {
            code: 'method_not_allowed',
            headers: { allow: ctx.response.get('allow') },
          },
        );
      }
      if (ctx.status >= 400 && ctx.body == null) {
        throw new ProblemError(ctx.status, `${STATUS_CODES[ctx.status] ?? 'Error'}.`);
      }
    } catch (error) {
      const { problem, headers } = toProblem(error);
      problem.instance = ctx.path;
      const requestId = ctx.state['requestId'];
      if (typeof requestId === 'string') problem.requestId = requestId;
      // A deadline that passed (504) or a server not ready (503) is answered on purpose and logged
      // where it arises, as a warning; every other 5xx is unexpected and logged with its stack.
      const deliberate = error instanceof ProblemError && (error.status === 503 || error.status === 504);
      if (problem.status >= 500 && !deliberate) ctx.app.emit('error', error, ctx);
      ctx.status = problem.status;
      ctx.set(headers);
      ctx.type = PROBLEM_CONTENT_TYPE;
      ctx.body = problem;
    }
  };
}
