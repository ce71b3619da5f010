import { FakeHttpServer, type FakeResponse, type RecordedRequest } from './fake-http-server.js';
import { matchesPineconeFilter, type PineconeFilter } from './pinecone-filter-match.js';

export const FAKE_PINECONE_KEY = 'pc-test-fake';
const MAX_UPSERT_VECTORS = 1000;
const MAX_REQUEST_BYTES = 2 * 1024 * 1024;

type Metadata = Record<string, string | number | boolean | string[]>;
interface StoredVector {
  id: string;
  values: number[];
  metadata?: Metadata;
}

// Data-plane errors are gRPC statuses (code 3 = INVALID_ARGUMENT, 16 = UNAUTHENTICATED …).
const rpcError = (status: number, code: number, message: string): FakeResponse => ({
  status,
  body: { code, message, details: [] },
});

function cosine(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * A local server speaking Pinecone's wire format: the control plane's `GET /indexes/{name}` (which
 * the client calls to find the index host) and the data plane's upsert, query, delete, list and
 * describe_index_stats, with Pinecone's request limits and error bodies. One serverless index.
 */
export async function startFakePinecone(options: { indexName: string; dimension: number }) {
  const namespaces = new Map<string, Map<string, StoredVector>>();
  const space = (name = '__default__') => {
    if (!namespaces.has(name)) namespaces.set(name, new Map());
    return namespaces.get(name)!;
  };
  let url = '';

  const routes: Record<string, (request: RecordedRequest) => FakeResponse> = {
    'POST /vectors/upsert': (request) => {
      const body = request.body as { vectors: StoredVector[]; namespace?: string };
      if (request.bytes > MAX_REQUEST_BYTES) {
        return rpcError(
          400,
          3,
          `Request size ${(request.bytes / 1048576).toFixed(1)}MB exceeds the maximum supported size of 2MB`,
        );
      }
      if (body.vectors.length > MAX_UPSERT_VECTORS)
        return rpcError(
          400,
          3,
          `Number of vectors ${body.vectors.length} exceeds the maximum of 1000 per upsert request`,
        );
      const wrong = body.vectors.find((v) => v.values.length !== options.dimension);
      if (wrong)
        return rpcError(
          400,
          3,
          `Vector dimension ${wrong.values.length} does not match the dimension of the index ${options.dimension}`,
        );
      const target = space(body.namespace);
      for (const vector of body.vectors) target.set(vector.id, vector);
      return { status: 200, body: { upsertedCount: body.vectors.length } };
    },
    'POST /query': (request) => {
      const body = request.body as {
        namespace?: string;
        topK: number;
        vector?: number[];
        filter?: PineconeFilter;
        includeMetadata?: boolean;
        includeValues?: boolean;
      };
      if (body.topK > 10000) return rpcError(400, 3, 'topK must be less than or equal to 10000');
      if (!body.vector || body.vector.length !== options.dimension) {
        return rpcError(
          400,
          3,
          `Query vector dimension ${body.vector?.length ?? 0} does not match the dimension of the index ${options.dimension}`,
        );
      }
      const matches = [...space(body.namespace).values()]
        .filter((v) => !body.filter || matchesPineconeFilter(v.metadata ?? {}, body.filter))
        .map((v) => ({
          id: v.id,
          score: cosine(v.values, body.vector!),
          values: body.includeValues ? v.values : [],
          ...(body.includeMetadata && v.metadata ? { metadata: v.metadata } : {}),
        }))
        .sort((a, b) => b.score - a.score)
        .slice(0, body.topK);
      return {
        status: 200,
        body: { results: [], matches, namespace: body.namespace ?? '', usage: { readUnits: 1 } },
      };
    },
    'POST /vectors/delete': (request) => {
      const body = request.body as {
        ids?: string[];
        deleteAll?: boolean;
        namespace?: string;
        filter?: PineconeFilter;
      };
      if (body.ids && body.ids.length > 1000)
        return rpcError(
          400,
          3,
          `Number of ids ${body.ids.length} exceeds the maximum of 1000 per delete request`,
        );
      const target = space(body.namespace);
      if (body.deleteAll) target.clear();
      for (const id of body.ids ?? []) target.delete(id);
      if (body.filter)
        for (const [id, v] of target)
          if (matchesPineconeFilter(v.metadata ?? {}, body.filter)) target.delete(id);
      return { status: 200, body: {} };
    },
    'GET /vectors/list': (request) => {
      const prefix = request.query.get('prefix') ?? '';
      const limit = Number(request.query.get('limit') ?? 100);
      if (limit > 100) return rpcError(400, 3, 'limit must be less than or equal to 100');
      const after = request.query.get('paginationToken');
      const start = after ? Buffer.from(after, 'base64').toString('utf8') : '';
      const ids = [...space(request.query.get('namespace') ?? undefined).keys()]
        .filter((id) => id.startsWith(prefix) && id > start)
        .sort();
      const page = ids.slice(0, limit);
      const next = ids.length > limit ? { next: Buffer.from(page.at(-1)!).toString('base64') } : undefined;
      return {
        status: 200,
        body: {
          vectors: page.map((id) => ({ id })),
          ...(next ? { pagination: next } : {}),
          namespace: request.query.get('namespace') ?? '',
          usage: { readUnits: 1 },
        },
      };
    },
    'POST /describe_index_stats': () => {
      const summary = Object.fromEntries(
        [...namespaces].filter(([, v]) => v.size > 0).map(([name, v]) => [name, { vectorCount: v.size }]),
      );
      const total = [...namespaces.values()].reduce((sum, v) => sum + v.size, 0);
      return {
        status: 200,
        body: {
          namespaces: summary,
          dimension: options.dimension,
          indexFullness: 0,
          totalVectorCount: total,
          metric: 'cosine',
          vectorType: 'dense',
        },
      };
    },
  };

  const server = await FakeHttpServer.start((request) => {
    if (request.headers['api-key'] !== FAKE_PINECONE_KEY) {
      return request.path.startsWith('/indexes')
        ? {
            status: 401,
            body: { error: { code: 'UNAUTHENTICATED', message: 'Invalid API Key' }, status: 401 },
          }
        : rpcError(401, 16, 'Invalid API Key');
    }
    if (request.method === 'GET' && request.path.startsWith('/indexes/')) {
      const name = decodeURIComponent(request.path.slice('/indexes/'.length));
      if (name !== options.indexName)
        return {
          status: 404,
          body: { error: { code: 'NOT_FOUND', message: `Resource ${name} not found` }, status: 404 },
        };
      return {
        status: 200,
        body: {
          name,
          dimension: options.dimension,
          metric: 'cosine',
          host: url,
          deletion_protection: 'disabled',
          tags: null,
          spec: { serverless: { cloud: 'aws', region: 'us-east-1' } },
          status: { ready: true, state: 'Ready' },
          vector_type: 'dense',
        },
      };
    }
    const route = routes[`${request.method} ${request.path}`];
    return route ? route(request) : { status: 404, body: `Not Found: ${request.path}` };
  });
  url = server.url;
  return server;
}
