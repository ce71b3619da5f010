import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { UIMessageChunk } from '@tessera/core';
import { MemoryUsageStore } from '../../adapters/memory/memory-usage-store.js';
import { fakeProvider, startPlatformServer } from '../../testing/platform-server.js';
import { askBody, jsonWith, readSse } from '../../testing/temp-server.js';
import { answerChat } from '../chat/answer-chat.js';
import { fixedLimitPolicy, type Limits } from '../limits/limits.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

const BUDGET: Limits = { requests: {}, dailyTokens: { key: 100, endUser: 50 } };

async function server(provider = fakeProvider({ promptTokens: 60, completionTokens: 20 }).provider) {
  const running = await startPlatformServer({
    provider,
    platform: { limitPolicy: fixedLimitPolicy(BUDGET) },
  });
  closers.push(() => running.close());
  const ask = () =>
    fetch(`${running.url}/v1/chat`, {
      method: 'POST',
      headers: jsonWith(running.secretKey),
      body: askBody('What is Tessera?'),
    });
  return { ...running, ask };
}

describe('daily token budgets', () => {
  it('refuse the answer after the key has spent its budget, naming it and when it resets', async () => {
    const { ask, clock } = await server();
    clock.set('2025-03-01T21:30:00.000Z');
    for (let i = 0; i < 2; i++) {
      const response = await ask();
      expect(response.status).toBe(200);
      await response.text();
    }
    const refused = await ask();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe(String(2.5 * 3600));
    const problem = (await refused.json()) as { code: string; detail: string };
    expect(problem.code).toBe('token_budget_exhausted');
    expect(problem.detail).toContain(
      'daily budget of 100 LLM tokens for this API key is used up (160 used today)',
    );
    expect(problem.detail).toContain('resets at 2025-03-02T00:00:00.000Z (UTC midnight, in 2 h 30 min)');
    expect(problem.detail).toContain('TESSERA_DAILY_TOKENS_KEY');

    clock.set('2025-03-02T00:00:00.000Z');
    const nextDay = await ask();
    expect(nextDay.status).toBe(200);
    await nextDay.text();
  });

  it('record one usage row per answer with provider, model, tokens and latency', async () => {
    const { ask, dataDir } = await server();
    const parts = (await readSse(await ask())).slice(0, -1) as UIMessageChunk[];
    expect(parts.at(-1)).toEqual({ type: 'finish', finishReason: 'stop' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const db = new Database(join(dataDir, 'tessera.db'), { readonly: true });
    const rows = db.prepare('SELECT * FROM usage_events').all();
    db.close();
    expect(rows).toEqual([
      expect.objectContaining({
        provider: 'fake',
        model: 'fake-model-1',
        prompt_tokens: 60,
        completion_tokens: 20,
        occurred_at: '2025-03-01T12:00:00.000Z',
        end_user_id: null,
      }),
    ]);
    expect((rows[0] as { key_id: string | null }).key_id).toMatch(/^key_/);
  });

  it('count extractive answers as 0 tokens, so they never exhaust a budget', async () => {
    const running = await startPlatformServer({
      platform: { limitPolicy: fixedLimitPolicy({ requests: {}, dailyTokens: { key: 1 } }) },
    });
    closers.push(() => running.close());
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${running.url}/v1/chat`, {
        method: 'POST',
        headers: jsonWith(running.secretKey),
        body: askBody('What is Tessera?'),
      });
      expect(response.status).toBe(200);
      await response.text();
    }
    const metrics = await (await fetch(`${running.url}/metrics`)).text();
    expect(metrics).toContain(
      'tessera_llm_tokens_total{provider="extractive",model="extractive",kind="prompt"} 0',
    );
  });

  it('hold an end user to their own budget, across keys, per assistant', async () => {
    const usageStore = new MemoryUsageStore();
    const { provider } = fakeProvider({ promptTokens: 30, completionTokens: 0 });
    const deps = {
      lexicalIndex: { search: async () => [] },
      provider,
      usageStore,
      limitPolicy: fixedLimitPolicy(BUDGET),
      clock: () => Date.parse('2025-03-01T08:00:00Z'),
    };
    const asEndUser = (keyId: string, endUserId: string) => ({
      principal: { kind: 'publishable-key', keyId, workspaceId: 'ws', assistantId: 'as', endUserId } as const,
      assistant: { id: 'as', workspaceId: 'ws' },
      question: 'Hello?',
      history: [],
      signal: new AbortController().signal,
      onError: (error: unknown) => {
        throw error;
      },
    });
    const drain = async (stream: AsyncIterable<UIMessageChunk>) => {
      for await (const part of stream) void part;
      await new Promise((resolve) => setTimeout(resolve, 5));
    };
    await drain(await answerChat(deps, asEndUser('key-1', 'alice')));
    await drain(await answerChat(deps, asEndUser('key-2', 'alice')));
    await expect(answerChat(deps, asEndUser('key-1', 'alice'))).rejects.toThrow(
      /daily budget of 50 LLM tokens for this end user is used up \(60 used today\)/,
    );
    await expect(answerChat(deps, asEndUser('key-1', 'bob'))).resolves.toBeDefined();
  });
});
