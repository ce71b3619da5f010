import { randomUUID } from 'node:crypto';
import { FakeHttpServer, hashEmbedding, type RecordedRequest } from './fake-http-server.js';

export const FAKE_COHERE_KEY = 'co-test-fake';
const DIMENSIONS: Record<string, number> = {
  'embed-v4.0': 1536,
  'embed-english-v3.0': 1024,
  'embed-multilingual-v3.0': 1024,
};
const INPUT_TYPES = new Set(['search_document', 'search_query', 'classification', 'clustering', 'image']);

const fail = (status: number, message: string) => ({ status, body: { id: randomUUID(), message } });
const meta = (tokens: number) => ({ api_version: { version: '2' }, billed_units: { input_tokens: tokens } });

function embed(request: RecordedRequest) {
  const body = request.body as {
    model?: string;
    texts?: string[];
    input_type?: string;
    embedding_types?: string[];
    output_dimension?: number;
  };
  const model = body.model ?? '';
  if (!DIMENSIONS[model])
    return fail(
      404,
      `model '${model}' not found, make sure the correct model ID was used and that you have access to the model.`,
    );
  if (!body.input_type || !INPUT_TYPES.has(body.input_type))
    return fail(400, 'invalid request: valid input_type must be provided with the provided model');
  const texts = body.texts ?? [];
  if (texts.length === 0) return fail(400, 'invalid request: texts must not be empty');
  if (texts.length > 96)
    return fail(400, `invalid request: total number of texts must be at most 96 - received ${texts.length}`);
  if (body.output_dimension !== undefined && model !== 'embed-v4.0')
    return fail(400, `invalid request: output_dimension is not supported for ${model}`);
  const dimensions = body.output_dimension ?? DIMENSIONS[model]!;
  const float = texts.map((text) => hashEmbedding(text, dimensions));
  const tokens = texts.reduce((sum, text) => sum + Math.ceil(text.length / 4), 0);
  return {
    status: 200,
    body: {
      id: randomUUID(),
      embeddings: { float },
      texts,
      meta: meta(tokens),
      response_type: 'embeddings_by_type',
    },
  };
}

function rerank(request: RecordedRequest) {
  const body = request.body as { model?: string; query?: string; documents?: string[]; top_n?: number };
  if (!body.model?.startsWith('rerank-'))
    return fail(
      404,
      `model '${body.model}' not found, make sure the correct model ID was used and that you have access to the model.`,
    );
  const documents = body.documents ?? [];
  if (!body.query || documents.length === 0)
    return fail(400, 'invalid request: query and documents must not be empty');
  if (documents.length > 1000)
    return fail(
      400,
      `invalid request: a maximum of 1000 documents are supported, received ${documents.length}`,
    );
  const words = new Set(body.query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const results = documents
    .map((document, index) => {
      const found = new Set(
        (document.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => words.has(w)),
      );
      return { index, relevance_score: words.size ? found.size / words.size : 0 };
    })
    .sort((a, b) => b.relevance_score - a.relevance_score || a.index - b.index)
    .slice(0, body.top_n ?? documents.length);
  return {
    status: 200,
    body: { id: randomUUID(), results, meta: { ...meta(0), billed_units: { search_units: 1 } } },
  };
}

/** A local server speaking Cohere's v2 `/embed` and `/rerank` wire format, including error bodies. */
export async function startFakeCohere(): Promise<FakeHttpServer> {
  return FakeHttpServer.start((request) => {
    if (request.headers.authorization !== `Bearer ${FAKE_COHERE_KEY}`) return fail(401, 'invalid api token');
    if (request.method === 'POST' && request.path === '/v2/embed') return embed(request);
    if (request.method === 'POST' && request.path === '/v2/rerank') return rerank(request);
    return fail(404, `not found: ${request.path}`);
  });
}
