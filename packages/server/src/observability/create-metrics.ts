import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The Prometheus metrics of one app; each app has its own registry, so tests can build many. */
export interface Metrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  activeStreams: Gauge;
  providerDuration: Histogram<'provider' | 'outcome'>;
  providerErrors: Counter<'provider'>;
  tokens: Counter<'provider' | 'model' | 'kind'>;
  rateLimited: Counter<'scope'>;
  rateLimitStoreErrors: Counter;
}

export interface MetricsOptions {
  /** Process metrics (CPU, memory, event loop, GC); on by default. */
  processMetrics?: boolean;
}

/** Builds the registry and every metric the server records. */
export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics !== false) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    httpRequests: new Counter({
      name: 'tessera_http_requests_total',
      help: 'HTTP requests answered, by route pattern, method and status.',
      labelNames: ['method', 'route', 'status'],
      registers,
    }),
    httpDuration: new Histogram({
      name: 'tessera_http_request_duration_seconds',
      help: 'Time from request to the end of the response (whole stream for SSE).',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    }),
    activeStreams: new Gauge({
      name: 'tessera_sse_streams_active',
      help: 'Server-sent event streams open right now.',
      registers,
    }),
    providerDuration: new Histogram({
      name: 'tessera_provider_answer_duration_seconds',
      help: 'Time a language model provider took to write an answer, by outcome (ok, error).',
      labelNames: ['provider', 'outcome'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 40, 80],
      registers,
    }),
    providerErrors: new Counter({
      name: 'tessera_provider_errors_total',
      help: 'Answers that failed inside the provider.',
      labelNames: ['provider'],
      registers,
    }),
    tokens: new Counter({
      name: 'tessera_llm_tokens_total',
      help: 'LLM tokens used, by provider, model and kind (prompt, completion).',
      labelNames: ['provider', 'model', 'kind'],
      registers,
    }),
    rateLimited: new Counter({
      name: 'tessera_rate_limited_total',
      help: 'Requests refused with 429, by the bucket that refused them (ip, key, end-user).',
      labelNames: ['scope'],
      registers,
    }),
    rateLimitStoreErrors: new Counter({
      name: 'tessera_rate_limit_store_errors_total',
      help: 'Rate limit checks skipped because the store failed (requests were let through).',
      registers,
    }),
  };
}
