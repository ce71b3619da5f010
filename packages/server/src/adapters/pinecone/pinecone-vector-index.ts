import { Pinecone, type Index } from '@pinecone-database/pinecone';
import type {
  VectorIndex,
  VectorIndexStats,
  VectorMatch,
  VectorQuery,
  VectorRecord,
} from '../../ports/vector-index.js';
import { DEFAULT_RETRY_POLICY, retryingFetch, type RetryPolicy } from '../http/retrying-fetch.js';
import {
  documentPrefix,
  parsePineconeId,
  toPineconeFilter,
  toPineconeRecord,
  upsertBatches,
} from './pinecone-records.js';

export interface PineconeVectorIndexOptions {
  apiKey: string;
  /** A serverless index with the embedder's dimension and the cosine metric. */
  indexName: string;
  dimensions: number;
  /** The control plane (`https://api.pinecone.io` by default); tests point it at a fake. */
  controllerHostUrl?: string;
  /** The index host, when known, saves the `describe_index` call that finds it. */
  host?: string;
  retry?: RetryPolicy;
}

const MAX_DELETE_IDS = 1000;
const MAX_TOP_K = 10_000;

/**
 * {@link VectorIndex} on Pinecone through the official client: one namespace per workspace, so
 * workspaces never see each other's vectors; collection, tags and document id as metadata filters;
 * upserts batched within Pinecone's limits; a document's vectors found by id prefix and deleted in
 * batches (serverless indexes cannot delete by filter everywhere). 429 and 5xx are retried with
 * backoff that honours `retry-after`.
 */
export class PineconeVectorIndex implements VectorIndex {
  readonly dimensions: number;
  private readonly index: Index;

  constructor(options: PineconeVectorIndexOptions) {
    this.dimensions = options.dimensions;
    const client = new Pinecone({
      apiKey: options.apiKey,
      ...(options.controllerHostUrl ? { controllerHostUrl: options.controllerHostUrl } : {}),
      // Retries live in the fetch wrapper so 429 is retried too (the client retries only 5xx).
      maxRetries: 0,
      fetchApi: retryingFetch(options.retry ?? DEFAULT_RETRY_POLICY),
    });
    this.index = client.index({ name: options.indexName, ...(options.host ? { host: options.host } : {}) });
  }

  async upsert(records: VectorRecord[]): Promise<void> {
    const byWorkspace = new Map<string, VectorRecord[]>();
    for (const record of records) {
      if (record.vector.length !== this.dimensions) {
        throw new Error(
          `The vector for ${record.id} has ${record.vector.length} dimensions but this index holds ${this.dimensions}; re-create the index for the new embedding model.`,
        );
      }
      const list = byWorkspace.get(record.metadata.workspaceId) ?? [];
      list.push(record);
      byWorkspace.set(record.metadata.workspaceId, list);
    }
    for (const [namespace, list] of byWorkspace) {
      for (const batch of upsertBatches(list.map(toPineconeRecord)))
        await this.index.upsert({ records: batch, namespace });
    }
  }

  async query(query: VectorQuery): Promise<VectorMatch[]> {
    if (query.topK <= 0) return [];
    const filter = toPineconeFilter(query.filter);
    const response = await this.index.query({
      namespace: query.workspaceId,
      vector: Array.from(query.vector),
      topK: Math.min(query.topK, MAX_TOP_K),
      includeMetadata: false,
      includeValues: false,
      ...(filter ? { filter } : {}),
    });
    return response.matches.map((match) => ({ ...parsePineconeId(match.id), score: match.score ?? 0 }));
  }

  async deleteByDocument(workspaceId: string, documentId: string): Promise<void> {
    const ids: string[] = [];
    let paginationToken: string | undefined;
    do {
      const page = await this.index.listPaginated({
        namespace: workspaceId,
        prefix: documentPrefix(documentId),
        limit: 100,
        ...(paginationToken ? { paginationToken } : {}),
      });
      ids.push(...(page.vectors ?? []).flatMap((v) => (v.id ? [v.id] : [])));
      paginationToken = page.pagination?.next;
    } while (paginationToken);
    for (let i = 0; i < ids.length; i += MAX_DELETE_IDS) {
      await this.index.deleteMany({ ids: ids.slice(i, i + MAX_DELETE_IDS), namespace: workspaceId });
    }
  }

  async stats(workspaceId?: string): Promise<VectorIndexStats> {
    const stats = await this.index.describeIndexStats();
    const vectorCount = workspaceId
      ? (stats.namespaces?.[workspaceId]?.recordCount ?? 0)
      : (stats.totalRecordCount ?? 0);
    return { dimensions: this.dimensions, vectorCount };
  }
}
