/** What the server documents and checks about one environment variable. */
export interface EnvVariable {
  /** JSON Schema (2020-12) of the value; integers are coerced from their text first. */
  schema: object;
  /** What a good value looks like, completing "NAME …, but it is "x"." */
  must: string;
  /** The sentence that tells the operator what to set instead. */
  fix: string;
  /** One line for the documentation. */
  description: string;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** `<requests>/<period>` such as `60/min`, or `off`. */
const RATE = { type: 'string', pattern: '^(off|[1-9][0-9]{0,8}/(s|min|h))$' } as const;
const rateFix = (name: string, example: string) =>
  `Set ${name}=${example} (requests per s, min or h, also the largest burst), or ${name}=off for no limit.`;

/** A number of tokens per UTC day, or `off`. */
const TOKENS = { type: 'string', pattern: '^(off|[1-9][0-9]{0,11})$' } as const;

// One CSP source: 'self', 'none' alone, a scheme, or an origin with an optional wildcard subdomain.
const SOURCE = "(?:'self'|https?:|https?://(?:\\*\\.)?[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*(?::[0-9]{1,5})?)";

/** Every variable the server reads. Names starting with `TESSERA_` that are not here stop the start. */
export const ENV_VARIABLES = {
  PORT: {
    schema: { type: 'integer', minimum: 0, maximum: 65_535 },
    must: 'must be a whole number from 0 to 65535',
    fix: 'Set PORT=8787 or unset it.',
    description: 'TCP port to listen on (default 8787; 0 picks a free one).',
  },
  HOST: {
    schema: { type: 'string', pattern: '^\\S+$' },
    must: 'must be a host name or address without spaces',
    fix: 'Set HOST=0.0.0.0 for every interface or HOST=127.0.0.1 for this machine only.',
    description: 'Interface to bind (default 0.0.0.0).',
  },
  TESSERA_DATA_DIR: {
    schema: { type: 'string', minLength: 1 },
    must: 'must name a folder',
    fix: 'Set TESSERA_DATA_DIR=./.tessera or unset it.',
    description: 'Folder holding the SQLite database (default ./.tessera).',
  },
  LOG_LEVEL: {
    schema: { enum: LOG_LEVELS },
    must: `must be one of ${LOG_LEVELS.join(', ')}`,
    fix: 'Set LOG_LEVEL=info or unset it.',
    description: 'Lowest level of the JSON logs on stdout (default info).',
  },
  REDIS_URL: {
    schema: { type: 'string', format: 'uri', pattern: '^rediss?://' },
    must: 'must be a redis:// or rediss:// URL',
    fix: 'Set REDIS_URL=redis://localhost:6379, or unset it to keep rate limits in this process.',
    description: 'Redis server that replicas share rate limits through (default: in-process limits).',
  },
  TESSERA_TRUST_PROXY: {
    schema: { type: 'string', pattern: '^(true|false|[0-9])$' },
    must: 'must be true, false or the number of proxies in front of the server (0-9)',
    fix: 'Set TESSERA_TRUST_PROXY=1 behind one reverse proxy, or unset it when clients connect directly.',
    description:
      'Proxies in front of the server whose X-Forwarded-For is trusted for the client IP (default false; true means 1).',
  },
  TESSERA_FRAME_ANCESTORS: {
    schema: { type: 'string', pattern: `^(?:'none'|${SOURCE}(?:\\s+${SOURCE})*)$` },
    must: "must be 'none', or space-separated sources such as 'self' https://cms.example.com",
    fix: 'Set TESSERA_FRAME_ANCESTORS="\'self\' https://cms.example.com" or unset it.',
    description: "Pages allowed to frame the server's HTML (CSP frame-ancestors; default 'self').",
  },
  TESSERA_REQUEST_TIMEOUT_MS: {
    schema: { type: 'integer', minimum: 100, maximum: 600_000 },
    must: 'must be a whole number of milliseconds from 100 to 600000',
    fix: 'Set TESSERA_REQUEST_TIMEOUT_MS=30000 or unset it.',
    description:
      'Deadline of a request; for a stream, the longest silence between two parts (default 30000).',
  },
  TESSERA_SHUTDOWN_GRACE_MS: {
    schema: { type: 'integer', minimum: 0, maximum: 600_000 },
    must: 'must be a whole number of milliseconds from 0 to 600000',
    fix: 'Set TESSERA_SHUTDOWN_GRACE_MS=10000 or unset it.',
    description: 'How long open requests and streams may finish after SIGTERM (default 10000).',
  },
  TESSERA_RATE_LIMIT_IP: {
    schema: RATE,
    must: 'must be <requests>/<s|min|h> or off',
    fix: rateFix('TESSERA_RATE_LIMIT_IP', '120/min'),
    description: 'Requests per client IP without a key or from browsers (default 120/min).',
  },
  TESSERA_RATE_LIMIT_KEY: {
    schema: RATE,
    must: 'must be <requests>/<s|min|h> or off',
    fix: rateFix('TESSERA_RATE_LIMIT_KEY', '600/min'),
    description: 'Requests per API key or signed-in user (default 600/min).',
  },
  TESSERA_RATE_LIMIT_END_USER: {
    schema: RATE,
    must: 'must be <requests>/<s|min|h> or off',
    fix: rateFix('TESSERA_RATE_LIMIT_END_USER', '30/min'),
    description: 'Requests per end user of an embedded assistant (default 30/min).',
  },
  TESSERA_DAILY_TOKENS_KEY: {
    schema: TOKENS,
    must: 'must be a whole number of tokens or off',
    fix: 'Set TESSERA_DAILY_TOKENS_KEY=1000000, or TESSERA_DAILY_TOKENS_KEY=off for no budget.',
    description: 'LLM tokens one API key may use per UTC day (default 1000000).',
  },
  TESSERA_DAILY_TOKENS_END_USER: {
    schema: TOKENS,
    must: 'must be a whole number of tokens or off',
    fix: 'Set TESSERA_DAILY_TOKENS_END_USER=20000, or TESSERA_DAILY_TOKENS_END_USER=off for no budget.',
    description: 'LLM tokens one end user may use per UTC day (default 20000).',
  },
  OPENAI_API_KEY: {
    schema: { type: 'string', minLength: 1, pattern: '^\\S+$' },
    must: 'must be an API key without spaces',
    fix: 'Set OPENAI_API_KEY to the key of your OpenAI-compatible provider, or unset it to answer extractively.',
    description: 'Enables answers from an OpenAI-compatible model (OpenAI, OpenRouter, Groq, Ollama, vLLM…).',
  },
  OPENAI_BASE_URL: {
    schema: { type: 'string', format: 'uri', pattern: '^https?://' },
    must: 'must be an http(s) URL',
    fix: "Set OPENAI_BASE_URL=https://api.openai.com/v1 (or your provider's /v1 URL), or unset it.",
    description: 'Base URL of the OpenAI-compatible API (default https://api.openai.com/v1).',
  },
  TESSERA_CHAT_MODEL: {
    schema: { type: 'string', minLength: 1, maxLength: 200 },
    must: 'must name a model',
    fix: 'Set TESSERA_CHAT_MODEL=gpt-4o-mini (or a model your provider serves), or unset it.',
    description: 'Model of the OpenAI-compatible provider (default gpt-4o-mini).',
  },
  COHERE_API_KEY: {
    schema: { type: 'string', minLength: 1, pattern: '^\\S+$' },
    must: 'must be an API key without spaces',
    fix: 'Set COHERE_API_KEY to your Cohere key, or unset it.',
    description: 'Enables answers from Cohere (after the OpenAI-compatible provider, if both are set).',
  },
  TESSERA_COHERE_MODEL: {
    schema: { type: 'string', minLength: 1, maxLength: 200 },
    must: 'must name a model',
    fix: 'Set TESSERA_COHERE_MODEL=command-a-03-2025, or unset it.',
    description: 'Cohere chat model (default command-a-03-2025).',
  },
} as const satisfies Record<string, EnvVariable>;

export type EnvName = keyof typeof ENV_VARIABLES;

/**
 * `TESSERA_*` names that belong to the clients (the SDK's examples and the README export them for
 * scripts); a shell that runs both should not stop the server.
 */
export const FOREIGN_TESSERA_VARIABLES: readonly string[] = [
  'TESSERA_API_KEY',
  'TESSERA_BASE_URL',
  'TESSERA_SECRET_KEY',
  'TESSERA_PUBLISHABLE_KEY',
];
