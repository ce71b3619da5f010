import { STATUS_CODES } from 'node:http';
import { problemDetailsSchema } from '@tessera/core';
import type { RouteResponse } from '../http/route.js';

/** Documented problem+json answers for the given statuses, for a route's `responses`. */
export function problemResponses(...statuses: number[]): Record<number, RouteResponse> {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: `${STATUS_CODES[status] ?? 'Error'}: see the problem details.`,
        schema: problemDetailsSchema,
        contentType: 'application/problem+json',
      },
    ]),
  );
}

/** The refusals every authenticated route can answer with. */
export const AUTH_PROBLEMS = [401, 403] as const;
