import { FakeHttpServer, hashEmbedding, type RecordedRequest } from './fake-http-server.js';

export const FAKE_OPENAI_KEY = 'sk-test-fake';
const DEFAULT_DIMENSIONS: Record<string, number> = {
  'text-embedding-3-small': 1536,
  'text-embedding-3-large': 3072,
  'text-embedding-ada-002': 1536,
};

const error = (
  status: number,
  message: string,
  type: string,
  code: string | null,
  param: string | null = null,
) => ({
  status,
  body: { error: { message, type, param, code } },
});

function embeddings(request: RecordedRequest) {
  const body = request.body as {
    model?: string;
    input?: unknown;
    dimensions?: number;
    encoding_format?: string;
  };
  const model = body.model ?? '';
  if (!DEFAULT_DIMENSIONS[model])
    return error(
      404,
      `The model \`${model}\` does not exist or you do not have access to it.`,
      'invalid_request_error',
      'model_not_found',
    );
  const inputs = typeof body.input === 'string' ? [body.input] : body.input;
  if (
    !Array.isArray(inputs) ||
    inputs.length === 0 ||
    inputs.some((i) => typeof i !== 'string' || i === '')
  ) {
    return error(
      400,
      "'$.input' is invalid. Please check the API reference: https://platform.openai.com/docs/api-reference.",
      'invalid_request_error',
      null,
    );
  }
  if (inputs.length > 2048)
    return error(
      400,
      `'$.input' is invalid: it has ${inputs.length} items; the maximum is 2048.`,
      'invalid_request_error',
      null,
      'input',
    );
  if (body.dimensions !== undefined && model === 'text-embedding-ada-002') {
    return error(
      400,
      'This model does not support specifying dimensions.',
      'invalid_request_error',
      null,
      'dimensions',
    );
  }
  const dimensions = body.dimensions ?? DEFAULT_DIMENSIONS[model]!;
  const data = (inputs as string[]).map((text, index) => {
    const vector = hashEmbedding(text, dimensions);
    // The SDK asks for base64 by default: little-endian float32s, as the real API sends them.
    const embedding =
      body.encoding_format === 'base64'
        ? Buffer.from(new Float32Array(vector).buffer).toString('base64')
        : vector;
    return { object: 'embedding', index, embedding };
  });
  const tokens = (inputs as string[]).reduce((sum, text) => sum + Math.ceil(text.length / 4), 0);
  return {
    status: 200,
    body: { object: 'list', data, model, usage: { prompt_tokens: tokens, total_tokens: tokens } },
  };
}

/** A local server speaking OpenAI's `/v1/embeddings` wire format, including its error bodies. */
export async function startFakeOpenAi(): Promise<FakeHttpServer> {
  return FakeHttpServer.start((request) => {
    if (request.headers.authorization !== `Bearer ${FAKE_OPENAI_KEY}`) {
      const key = request.headers.authorization?.replace(/^Bearer /, '') ?? '';
      return error(
        401,
        `Incorrect API key provided: ${key.slice(0, 3)}****. You can find your API key at https://platform.openai.com/account/api-keys.`,
        'invalid_request_error',
        'invalid_api_key',
      );
    }
    if (request.method === 'POST' && request.path === '/v1/embeddings') return embeddings(request);
    return error(404, `Invalid URL (${request.method} ${request.path})`, 'invalid_request_error', null);
  });
}

/** OpenAI's 429 body and headers for a rate limit. */
export const openAiRateLimit = (retryAfterSeconds: number) => ({
  status: 429,
  headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-remaining-requests': '0' },
  body: {
    error: {
      message:
        'Rate limit reached for text-embedding-3-small in organization org-test on requests per min (RPM): Limit 3000, Used 3000, Requested 1. Please try again in 20ms.',
      type: 'requests',
      param: null,
      code: 'rate_limit_exceeded',
    },
  },
});
