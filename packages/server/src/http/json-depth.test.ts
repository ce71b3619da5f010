import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatformServer } from '../testing/platform-server.js';
import { jsonWith } from '../testing/temp-server.js';
import { tooDeepPointer } from './json-depth.js';

const nest = (depth: number, leaf: unknown = 1): unknown =>
  depth === 0 ? leaf : { a: nest(depth - 1, leaf) };

describe('tooDeepPointer', () => {
  it('accepts values up to the limit and points at the first container beyond it', () => {
    expect(tooDeepPointer(nest(3), 3)).toBeUndefined();
    expect(tooDeepPointer(nest(4), 3)).toBe('/a/a/a');
    expect(tooDeepPointer([1, [2, [3]], { 'x/y': [[[]]] }], 3)).toBe('/2/x~1y/0');
    expect(tooDeepPointer('text', 1)).toBeUndefined();
  });

  it('survives a body nested a hundred thousand levels deep', () => {
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)) as unknown;
    expect(tooDeepPointer(deep, 32)).toBe('/0'.repeat(32));
  });
});

describe('JSON depth limit over HTTP', () => {
  let server: Awaited<ReturnType<typeof startPlatformServer>>;
  beforeAll(async () => {
    server = await startPlatformServer({ sampleDocs: false });
  });
  afterAll(() => server.close());

  it('refuses a body nested deeper than 32 levels with a 400 pointing at the spot', async () => {
    const body = {
      messages: [{ id: 'm1', role: 'user', metadata: nest(40), parts: [{ type: 'text', text: 'hi' }] }],
    };
    const response = await fetch(`${server.url}/v1/chat`, {
      method: 'POST',
      headers: jsonWith(server.secretKey),
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as { code: string; errors: { pointer: string }[] };
    expect(problem.code).toBe('json_too_deep');
    // messages (2), the message (3), metadata (4): the 33rd level is 29 levels into metadata.
    expect(problem.errors[0]!.pointer).toBe(`/messages/0/metadata${'/a'.repeat(29)}`);
  });

  it('still answers a body within the limit', async () => {
    const body = {
      messages: [{ id: 'm1', role: 'user', metadata: nest(20), parts: [{ type: 'text', text: 'hi' }] }],
    };
    const response = await fetch(`${server.url}/v1/chat`, {
      method: 'POST',
      headers: jsonWith(server.secretKey),
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    await response.text();
  });
});
