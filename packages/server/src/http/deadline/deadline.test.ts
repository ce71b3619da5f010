import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import Router from '@koa/router';
import Koa from 'koa';
import { afterEach, describe, expect, it } from 'vitest';
import type { UIMessageChunk } from '@tessera/core';
import { resolvePlatform } from '../../platform-deps.js';
import type { LlmProvider } from '../../ports/llm-provider.js';
import { memoryLogger } from '../../testing/memory-logger.js';
import { startPlatformServer } from '../../testing/platform-server.js';
import { askBody, jsonWith, readSse } from '../../testing/temp-server.js';
import { platformRouteHooks } from '../platform-route-hooks.js';
import { problemMiddleware } from '../problem-middleware.js';
import { requestSignal } from '../request-state.js';
import { defineRoute, mountRoutes } from '../route.js';
import { STREAM_STALLED_TEXT } from '../stream/guard-ui-stream.js';
import { Validator } from '../validator.js';
import { deadline } from './deadline-middleware.js';
import { RequestAbortedError } from './request-deadline.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** A bare app with the deadline and one route that works until its signal aborts it. */
async function slowApp(defaultMs: number, routeMs: number | undefined, workMs: number) {
  const reasons: unknown[] = [];
  const platform = resolvePlatform({ logger: memoryLogger().logger });
  const app = new Koa();
  app.use(problemMiddleware());
  app.use(deadline(defaultMs, platform.logger));
  const router = new Router();
  const route = defineRoute({
    method: 'GET',
    path: '/slow',
    operationId: 'test.slow',
    summary: 'Works for a while.',
    tag: 'test',
    access: 'public',
    ...(routeMs ? { timeoutMs: routeMs } : {}),
    responses: { 200: { description: 'Done.' } },
    async handler(ctx) {
      const signal = requestSignal(ctx);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, workMs);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          reasons.push(signal.reason);
          resolve();
        });
      });
      ctx.body = { done: true };
    },
  });
  mountRoutes(router, [route], new Validator(), platformRouteHooks(platform));
  app.use(router.routes());
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  closers.push(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slow`, reasons };
}

describe('request deadlines', () => {
  it("answers 504 problem+json at the deadline and aborts the handler's work", async () => {
    const { url, reasons } = await slowApp(150, undefined, 10_000);
    const started = Date.now();
    const response = await fetch(url);
    const elapsed = Date.now() - started;
    expect(response.status).toBe(504);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 504, code: 'deadline_exceeded' });
    expect(elapsed).toBeGreaterThanOrEqual(140);
    expect(elapsed).toBeLessThan(2000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toBeInstanceOf(RequestAbortedError);
    expect((reasons[0] as RequestAbortedError).why).toBe('deadline');
  });

  it('lets a route set its own deadline, shorter or longer than the default', async () => {
    const shorter = await slowApp(10_000, 100, 10_000);
    expect((await fetch(shorter.url)).status).toBe(504);
    const longer = await slowApp(100, 2000, 300);
    const response = await fetch(longer.url);
    expect(response.status).toBe(200);
    expect(longer.reasons.filter((r) => (r as RequestAbortedError).why === 'deadline')).toEqual([]);
  });

  it('answers 504 from the real app when a readiness check hangs', async () => {
    const server = await startPlatformServer({
      sampleDocs: false,
      platform: {
        settings: { requestTimeoutMs: 200 },
        readinessChecks: [{ name: 'stuck', check: () => new Promise<void>(() => {}) }],
      },
    });
    closers.push(() => server.close());
    const response = await fetch(`${server.url}/readyz`);
    expect(response.status).toBe(504);
    const problem = (await response.json()) as { requestId: string; detail: string };
    expect(problem.detail).toContain('within 200 ms');
    expect(problem.requestId).toBe(response.headers.get('x-request-id'));
  });
});

describe('stream idle timeouts', () => {
  it('ends a stalled answer with an error part and aborts the provider', async () => {
    let seen: AbortSignal | undefined;
    const stalling: LlmProvider = {
      name: 'stalling',
      async *streamAnswer(input) {
        seen = input.signal;
        yield 'Hello ';
        await new Promise(() => {}); // never answers again, and ignores the signal
      },
    };
    const server = await startPlatformServer({
      provider: stalling,
      platform: { settings: { requestTimeoutMs: 200 } },
    });
    closers.push(() => server.close());
    const response = await fetch(`${server.url}/v1/chat`, {
      method: 'POST',
      headers: jsonWith(server.secretKey),
      body: askBody('What is Tessera?'),
    });
    expect(response.status).toBe(200);
    const events = await readSse(response);
    const parts = events.slice(0, -1) as UIMessageChunk[];
    expect(events.at(-1)).toBe('[DONE]');
    expect(parts.map((p) => p.type).slice(-4)).toEqual(['text-start', 'text-delta', 'text-end', 'error']);
    expect(parts.at(-1)).toEqual({ type: 'error', errorText: STREAM_STALLED_TEXT });
    expect(seen?.aborted).toBe(true);
    expect((seen?.reason as RequestAbortedError).why).toBe('idle');
  });

  it('lets a stream run past the deadline as long as parts keep coming', async () => {
    const steady: LlmProvider = {
      name: 'steady',
      async *streamAnswer() {
        for (let i = 0; i < 8; i++) {
          await new Promise((resolve) => setTimeout(resolve, 60));
          yield `word${i} `;
        }
      },
    };
    const server = await startPlatformServer({
      provider: steady,
      platform: { settings: { requestTimeoutMs: 200 } },
    });
    closers.push(() => server.close());
    const started = Date.now();
    const response = await fetch(`${server.url}/v1/chat`, {
      method: 'POST',
      headers: jsonWith(server.secretKey),
      body: askBody('What is Tessera?'),
    });
    const parts = (await readSse(response)).slice(0, -1) as UIMessageChunk[];
    expect(Date.now() - started).toBeGreaterThan(400);
    expect(parts.at(-1)).toEqual({ type: 'finish', finishReason: 'stop' });
    expect(parts.filter((p) => p.type === 'text-delta')).toHaveLength(8);
  });
});
