import type { RecordMetadata } from '@pinecone-database/pinecone';
import type { SearchFilter } from '../../ports/search-filter.js';
import type { VectorRecord } from '../../ports/vector-index.js';

/** Pinecone's request limits for upserts: 1,000 vectors and 2 MB of JSON per request. */
export const MAX_VECTORS_PER_UPSERT = 1000;
export const MAX_UPSERT_BYTES = 2 * 1024 * 1024;
/** Room left for the request envelope (`{"vectors":[…],"namespace":"…"}`). */
const ENVELOPE_BYTES = 4 * 1024;

/**
 * Vector ids are `<document id>#<chunk id>`, so a document's vectors can be listed by prefix and
 * deleted on serverless indexes; the document id is URI-encoded so it cannot contain `#`.
 */
export const pineconeId = (documentId: string, id: string) => `${encodeURIComponent(documentId)}#${id}`;
export const documentPrefix = (documentId: string) => `${encodeURIComponent(documentId)}#`;

export function parsePineconeId(value: string): { documentId: string; id: string } {
  const hash = value.indexOf('#');
  return { documentId: decodeURIComponent(value.slice(0, hash)), id: value.slice(hash + 1) };
}

export interface PineconeUpsertRecord {
  id: string;
  values: number[];
  metadata: RecordMetadata;
}

/** Nine significant digits round-trip a float32 exactly and keep the JSON about half as long. */
const compact = (vector: Float32Array) => Array.from(vector, (x) => Number(x.toPrecision(9)));

export function toPineconeRecord(record: VectorRecord): PineconeUpsertRecord {
  const { documentId, collection, tags } = record.metadata;
  // Pinecone metadata has no null: a missing collection is simply absent.
  const metadata: RecordMetadata = {
    documentId,
    tags: [...new Set(tags)],
    ...(collection !== null ? { collection } : {}),
  };
  return { id: pineconeId(documentId, record.id), values: compact(record.vector), metadata };
}

/** Splits records into requests within both Pinecone limits, measuring each record's JSON size. */
export function upsertBatches(records: PineconeUpsertRecord[]): PineconeUpsertRecord[][] {
  const batches: PineconeUpsertRecord[][] = [];
  let batch: PineconeUpsertRecord[] = [];
  let bytes = ENVELOPE_BYTES;
  for (const record of records) {
    const size = Buffer.byteLength(JSON.stringify(record)) + 1;
    if (batch.length > 0 && (batch.length >= MAX_VECTORS_PER_UPSERT || bytes + size > MAX_UPSERT_BYTES)) {
      batches.push(batch);
      batch = [];
      bytes = ENVELOPE_BYTES;
    }
    batch.push(record);
    bytes += size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** Our filter in Pinecone's metadata filter language; undefined when nothing filters. */
export function toPineconeFilter(
  filter: SearchFilter | undefined,
): Record<string, { $in: string[] }> | undefined {
  const clauses: Record<string, { $in: string[] }> = {};
  if (filter?.collections?.length) clauses['collection'] = { $in: filter.collections };
  if (filter?.tags?.length) clauses['tags'] = { $in: filter.tags };
  if (filter?.documentIds?.length) clauses['documentId'] = { $in: filter.documentIds };
  return Object.keys(clauses).length > 0 ? clauses : undefined;
}
