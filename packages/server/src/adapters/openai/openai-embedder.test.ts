import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeHttpServer } from '../../testing/fake-http-server.js';
import { FAKE_OPENAI_KEY, openAiRateLimit, startFakeOpenAi } from '../../testing/fake-openai-server.js';
import { OpenAiEmbedder } from './openai-embedder.js';

const cosine = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, i) => sum + x * b[i]!, 0);

describe('OpenAiEmbedder against the fake OpenAI server', () => {
  let server: FakeHttpServer;
  const waits: number[] = [];
  const retry = {
    maxRetries: 3,
    baseDelayMs: 10,
    maxDelayMs: 10,
    sleep: async (ms: number) => void waits.push(ms),
  };
  const embedder = (options: Partial<ConstructorParameters<typeof OpenAiEmbedder>[0]> = {}) =>
    new OpenAiEmbedder({ apiKey: FAKE_OPENAI_KEY, baseURL: `${server.url}/v1`, retry, ...options });
  beforeAll(async () => (server = await startFakeOpenAi()));
  afterAll(() => server.close());

  it('embeds in batches through the official client, decoding its default base64 format', async () => {
    const texts = Array.from({ length: 5 }, (_, i) => `passage ${i} about llamas`);
    const progress: number[] = [];
    const vectors = await embedder({ batchSize: 2 }).embedDocuments(texts, {
      onProgress: (done) => progress.push(done),
    });
    const requests = server.requestsTo('/v1/embeddings').slice(-3);
    expect(requests.map((r) => (r.body as { input: string[] }).input.length)).toEqual([2, 2, 1]);
    expect(requests.every((r) => (r.body as { encoding_format: string }).encoding_format === 'base64')).toBe(
      true,
    );
    expect(progress).toEqual([2, 4, 5]);
    expect(vectors).toHaveLength(5);
    expect(vectors[0]).toBeInstanceOf(Float32Array);
    expect(vectors[0]).toHaveLength(1536);
    expect(cosine(vectors[0]!, await embedder().embedQuery('passage 0 about llamas'))).toBeCloseTo(1, 5);
  });

  it('asks text-embedding-3 models for shorter vectors when dimensions are set', async () => {
    const small = embedder({ dimensions: 256 });
    expect(small.id).toBe('openai:text-embedding-3-small:256');
    expect(await small.embedQuery('hello')).toHaveLength(256);
    expect((server.requests.at(-1)!.body as { dimensions: number }).dimensions).toBe(256);
  });

  it('waits as long as a 429 retry-after asks, then succeeds', async () => {
    waits.length = 0;
    server.failNext({ path: '/v1/embeddings', ...openAiRateLimit(3) });
    server.failNext({
      path: '/v1/embeddings',
      status: 502,
      body: { error: { message: 'Bad gateway', type: 'server_error', param: null, code: null } },
    });
    const before = server.requestsTo('/v1/embeddings').length;
    expect(await embedder().embedQuery('retry me')).toHaveLength(1536);
    expect(server.requestsTo('/v1/embeddings').length - before).toBe(3);
    expect(waits[0]).toBe(3000);
    expect(waits[1]).toBeGreaterThanOrEqual(7);
  });

  it('fails with OpenAI’s own message when the key is wrong or the model unknown', async () => {
    const wrongKey = new OpenAiEmbedder({ apiKey: 'sk-wrong', baseURL: `${server.url}/v1`, retry });
    await expect(wrongKey.embedQuery('x')).rejects.toThrow(/401 Incorrect API key provided/);
    await expect(
      embedder({ model: 'text-embedding-3-large', dimensions: 8 }).embedQuery('x'),
    ).resolves.toHaveLength(8);
    await expect(embedder({ model: 'nope', dimensions: 8 }).embedQuery('x')).rejects.toThrow(
      /model `nope` does not exist/,
    );
    expect(() => embedder({ model: 'nomic-embed-text' })).toThrow(/set its dimensions/);
  });
});

describe.runIf(process.env['OPENAI_API_KEY'])('OpenAiEmbedder live', () => {
  it('embeds with text-embedding-3-small', async () => {
    const live = new OpenAiEmbedder({ apiKey: process.env['OPENAI_API_KEY']!, dimensions: 256 });
    const [a, b] = await live.embedDocuments(['The cat sat on the mat.', 'A feline rested on the rug.']);
    expect(a).toHaveLength(256);
    expect(cosine(a!, b!)).toBeGreaterThan(0.5);
  }, 30_000);
});
