import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** Parsed JSON, or undefined for an empty body. */
  body: unknown;
  bytes: number;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export type FakeHandler = (request: RecordedRequest) => FakeResponse | Promise<FakeResponse>;

/**
 * A local HTTP server for provider fakes: records every request, and answers from `handler` unless a
 * scripted failure is queued for the path (to test 429 with retry-after, 5xx and error bodies).
 */
export class FakeHttpServer {
  readonly requests: RecordedRequest[] = [];
  private readonly failures: (FakeResponse & { path?: string })[] = [];

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(handler: FakeHandler): Promise<FakeHttpServer> {
    // Requests only arrive after listen() resolves, by which time `fake` is set.
    const holder: { fake?: FakeHttpServer } = {};
    const server = createServer((req, res) => {
      const fake = holder.fake!;
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        const url = new URL(req.url ?? '/', 'http://fake');
        const request: RecordedRequest = {
          method: req.method ?? 'GET',
          path: url.pathname,
          query: url.searchParams,
          headers: req.headers,
          body: raw.length ? (JSON.parse(raw.toString('utf8')) as unknown) : undefined,
          bytes: raw.length,
        };
        fake.requests.push(request);
        const scripted = fake.takeFailure(request.path);
        void Promise.resolve(scripted ?? handler(request)).then((answer) => {
          res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
          res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    holder.fake = new FakeHttpServer(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return holder.fake;
  }

  /** The next request to `path` (any path when omitted) gets this answer instead. */
  failNext(failure: FakeResponse & { path?: string }): void {
    this.failures.push(failure);
  }

  requestsTo(path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path === path);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private takeFailure(path: string): FakeResponse | undefined {
    const index = this.failures.findIndex((f) => !f.path || f.path === path);
    return index < 0 ? undefined : this.failures.splice(index, 1)[0];
  }
}

/** A deterministic stand-in for a semantic embedding: hashed word counts, L2-normalized. */
export function hashEmbedding(text: string, dimensions: number, salt = ''): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    let hash = 2166136261;
    for (const char of salt + word) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
    vector[hash % dimensions]! += hash & 0x100 ? 1 : -1;
  }
  const norm = Math.hypot(...vector) || 1;
  return vector.map((x) => x / norm);
}
