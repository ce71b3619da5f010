import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedLimitPolicy, UNLIMITED } from '../services/limits/limits.js';
import { startTempServer } from '../testing/temp-server.js';

/**
 * Property-based fuzzing of every operation in /openapi.json: whatever arrives in the body, query or
 * path, the answer is a 2xx/3xx or a 4xx problem+json, never a 5xx or a hang, and the server keeps
 * answering afterwards. Driving it from the OpenAPI document means a new route is fuzzed the day it
 * is added.
 */

interface Operation {
  method: string;
  path: string;
  hasBody: boolean;
}

let server: Awaited<ReturnType<typeof startTempServer>>;
let operations: Operation[] = [];
let authorization: string;

beforeAll(async () => {
  server = await startTempServer({ platform: { limitPolicy: fixedLimitPolicy(UNLIMITED) } });
  authorization = `Bearer ${server.secretKey}`;
  const document = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
    paths: Record<string, Record<string, { requestBody?: unknown }>>;
  };
  operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        hasBody: Boolean(operation.requestBody),
      })),
  );
});
afterAll(() => server.close());

const pathSegment = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', '..', '%00', 'ws_x', 'doc_1', '0', '-1', 'ö', '{{id}}', "'; DROP TABLE chunks;--"),
);
const queryValue = fc.oneof(fc.string({ maxLength: 30 }), fc.integer().map(String), fc.constant(''));
const jsonBody = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('{', '[]', 'null', '{"messages":', '\u0000', `${'['.repeat(5000)}${']'.repeat(5000)}`),
);

function fillPath(template: string, values: string[]): string {
  let i = 0;
  return template.replace(/\{[^}]+\}/g, () => encodeURIComponent(values[i++ % values.length] ?? 'x'));
}

async function call(operation: Operation, segments: string[], query: Record<string, string>, body: string) {
  const url = new URL(server.url + fillPath(operation.path, segments));
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  const response = await fetch(url, {
    method: operation.method,
    headers: { authorization, ...(operation.hasBody ? { 'content-type': 'application/json' } : {}) },
    ...(operation.hasBody ? { body } : {}),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type') ?? '', text };
}

describe('every route under fuzzing', () => {
  it('has operations to fuzz', () => {
    expect(operations.length).toBeGreaterThan(3);
  });

  it('answers any input with a non-5xx, and 4xx bodies are problem+json', async () => {
    for (const operation of operations) {
      await fc.assert(
        fc.asyncProperty(
          fc.array(pathSegment, { minLength: 1, maxLength: 3 }),
          fc.dictionary(fc.constantFrom('limit', 'cursor', 'page', 'q', 'status', 'since', 'x'), queryValue, {
            maxKeys: 3,
          }),
          jsonBody,
          async (segments, query, body) => {
            const answer = await call(operation, segments, query, body);
            const where = `${operation.method} ${operation.path} → ${answer.status} ${answer.text.slice(0, 200)}`;
            expect(answer.status, where).toBeLessThan(500);
            if (answer.status >= 400) expect(answer.type, where).toContain('application/problem+json');
          },
        ),
        { numRuns: 25 },
      );
    }
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  });
});
