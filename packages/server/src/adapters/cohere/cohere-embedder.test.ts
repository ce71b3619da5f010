import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeHttpServer } from '../../testing/fake-http-server.js';
import { FAKE_COHERE_KEY, startFakeCohere } from '../../testing/fake-cohere-server.js';
import { CohereEmbedder } from './cohere-embedder.js';
import { CohereReranker } from './cohere-reranker.js';

describe('Cohere adapters against the fake Cohere server', () => {
  let server: FakeHttpServer;
  const waits: number[] = [];
  const retry = {
    maxRetries: 3,
    baseDelayMs: 5,
    maxDelayMs: 5,
    sleep: async (ms: number) => void waits.push(ms),
  };
  beforeAll(async () => (server = await startFakeCohere()));
  afterAll(() => server.close());

  it('embeds passages as search_document in batches of 96 and questions as search_query', async () => {
    const embedder = new CohereEmbedder({ apiKey: FAKE_COHERE_KEY, baseUrl: server.url, retry });
    expect(embedder.id).toBe('cohere:embed-v4.0:1536');
    const vectors = await embedder.embedDocuments(Array.from({ length: 100 }, (_, i) => `text ${i}`));
    expect(vectors).toHaveLength(100);
    const query = await embedder.embedQuery('text 7');
    expect(query).toHaveLength(1536);
    const bodies = server
      .requestsTo('/v2/embed')
      .map((r) => r.body as { texts: string[]; input_type: string; embedding_types: string[] });
    expect(bodies.map((b) => [b.texts.length, b.input_type])).toEqual([
      [96, 'search_document'],
      [4, 'search_document'],
      [1, 'search_query'],
    ]);
    expect(bodies[0]!.embedding_types).toEqual(['float']);
  });

  it('uses embed-english-v3.0 and shortened embed-v4.0 vectors', async () => {
    const english = new CohereEmbedder({
      apiKey: FAKE_COHERE_KEY,
      baseUrl: server.url,
      model: 'embed-english-v3.0',
      retry,
    });
    expect(await english.embedQuery('hi')).toHaveLength(1024);
    const short = new CohereEmbedder({
      apiKey: FAKE_COHERE_KEY,
      baseUrl: server.url,
      dimensions: 256,
      retry,
    });
    expect(await short.embedQuery('hi')).toHaveLength(256);
    expect((server.requests.at(-1)!.body as { output_dimension: number }).output_dimension).toBe(256);
  });

  it('retries a 429 as retry-after asks and reports Cohere’s error message otherwise', async () => {
    waits.length = 0;
    server.failNext({
      path: '/v2/embed',
      status: 429,
      headers: { 'retry-after': '1' },
      body: { id: 'x', message: 'You are using a Trial key, which is limited to 100 API calls / minute.' },
    });
    const embedder = new CohereEmbedder({ apiKey: FAKE_COHERE_KEY, baseUrl: server.url, retry });
    expect(await embedder.embedQuery('again')).toHaveLength(1536);
    expect(waits).toEqual([1000]);
    const wrong = new CohereEmbedder({ apiKey: 'bad', baseUrl: server.url, retry });
    await expect(wrong.embedQuery('x')).rejects.toThrow(/invalid api token/);
  });

  it('reranks with rerank-v3.5, best first', async () => {
    const reranker = new CohereReranker({ apiKey: FAKE_COHERE_KEY, baseUrl: server.url, retry });
    const results = await reranker.rerank(
      'capital of france',
      ['Berlin is big.', 'Paris is the capital of France.', 'France exports wine.'],
      2,
    );
    expect(results.map((r) => r.index)).toEqual([1, 2]);
    expect(results[0]!.score).toBeGreaterThan(results[1]!.score);
    expect(server.requests.at(-1)!.body as { model: string; top_n: number }).toMatchObject({
      model: 'rerank-v3.5',
      top_n: 2,
    });
  });
});

describe.runIf(process.env['COHERE_API_KEY'])('Cohere live', () => {
  it('embeds and reranks', async () => {
    const apiKey = process.env['COHERE_API_KEY']!;
    const vector = await new CohereEmbedder({ apiKey }).embedQuery('What is Tessera?');
    expect(vector).toHaveLength(1536);
    const ranked = await new CohereReranker({ apiKey }).rerank(
      'capital of France',
      ['Bananas are yellow.', 'Paris is the capital of France.'],
      1,
    );
    expect(ranked[0]!.index).toBe(1);
  }, 30_000);
});
