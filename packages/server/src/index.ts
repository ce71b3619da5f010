/**
 * @tessera/server: the Koa app, its storage and provider adapters, and `startServer`.
 * @packageDocumentation
 */
export { createApp } from './app.js';
export type { AppDeps } from './app-deps.js';
export { startServer } from './start-server.js';
export type { StartServerOptions, RunningServer } from './start-server.js';
export { loadConfig, ConfigError } from './config.js';
export type { ServerConfig } from './config.js';
export { ProblemError } from './http/problem-error.js';
export { Validator } from './http/validator.js';
export { openDatabase } from './adapters/sqlite/open-database.js';
export { SqliteStore } from './adapters/sqlite/sqlite-store.js';
export { SqliteLexicalIndex } from './adapters/sqlite/sqlite-lexical-index.js';
export { ExtractiveProvider } from './adapters/extractive/extractive-provider.js';
export { bootstrap } from './services/bootstrap.js';
export type { Store, Workspace, Assistant, DocumentRecord, ChunkInput } from './ports/store.js';
export type { LexicalIndex, RetrievedChunk } from './ports/lexical-index.js';
export type { LlmProvider, AnswerInput, ChatTurn, TokenUsage } from './ports/llm-provider.js';
export type { Principal, Role, Access } from './http/auth/principal.js';
export { StoreConflictError } from './ports/store-conflict-error.js';
export type {
  IdentityStore,
  UserStore,
  MembershipStore,
  InvitationStore,
  RefreshTokenStore,
  UserRecord,
  MembershipRecord,
  MemberRecord,
  InvitationRecord,
  RefreshTokenRecord,
} from './ports/identity-store.js';
export type { KeyStore, ApiKeyRecord, NewApiKey } from './ports/key-store.js';
export type { AuditStore, AuditRecord, AuditFilter } from './ports/audit-store.js';
export type { SettingsStore, SigningSecretRecord } from './ports/settings-store.js';
export { resolvePlatform, DEFAULT_HTTP_SETTINGS } from './platform-deps.js';
export type { PlatformDeps, PlatformOptions, HttpSettings } from './platform-deps.js';
export { createLogger } from './observability/create-logger.js';
export { createMetrics } from './observability/create-metrics.js';
export type { Metrics } from './observability/create-metrics.js';
export { DEFAULT_LIMITS, UNLIMITED, fixedLimitPolicy } from './services/limits/limits.js';
export type { Limits, LimitPolicy, BucketRule } from './services/limits/limits.js';
export type { RateLimitStore } from './ports/rate-limit-store.js';
export type { UsageStore, UsageRecord, UsageQuery } from './ports/usage-store.js';
export type { ReadinessCheck } from './ports/readiness-check.js';
export { MemoryRateLimitStore } from './adapters/memory/memory-rate-limit-store.js';
export { MemoryUsageStore } from './adapters/memory/memory-usage-store.js';
export { RedisRateLimitStore } from './adapters/redis/redis-rate-limit-store.js';
export { SqliteUsageStore } from './adapters/sqlite/sqlite-usage-store.js';
// Knowledge base: parsing, chunking, embeddings, vector indexes, search.
export { createKnowledgeBase } from './services/create-knowledge-base.js';
export type { KnowledgeBase, KnowledgeBaseOptions } from './services/create-knowledge-base.js';
export { ParserPool } from './services/ingest/parser-pool.js';
export type { ParserPoolOptions, WorkerChunking } from './services/ingest/parser-pool.js';
export { parseDocument } from './services/ingest/parse-document.js';
export type { ParseRequest } from './services/ingest/parse-document.js';
export type { ParseResult, ParseFailureCode } from './services/ingest/parse-failure.js';
export type { ParsedDocument, DocumentBlock, BlockKind } from './services/ingest/parsed-document.js';
export { DEFAULT_INGEST_LIMITS } from './services/ingest/ingest-limits.js';
export type { IngestLimits } from './services/ingest/ingest-limits.js';
export { chunkDocument, chunkBlocks, DEFAULT_CHUNK_OPTIONS } from './services/ingest/chunk-document.js';
export type { ChunkOptions, DocumentChunk } from './services/ingest/chunk-document.js';
export { tokenCounter } from './services/ingest/token-counter.js';
export type { TokenCounter, TokenEncoding } from './services/ingest/token-counter.js';
export { sanitizeFilename } from './services/ingest/sanitize-filename.js';
export type { IngestDeps } from './services/ingest/ingest-deps.js';
export { submitDocument } from './services/ingest/submit-document.js';
export type { SubmitDocumentInput, SubmitResult } from './services/ingest/submit-document.js';
export { processDocument } from './services/ingest/process-document.js';
export {
  ingestDocument,
  resumeUnfinished,
  reindexDocument,
  deleteDocument,
} from './services/ingest/manage-documents.js';
export { search, SearchError } from './services/retrieval/search.js';
export type {
  SearchDeps,
  SearchRequest,
  SearchHit,
  SearchMode,
  Citation,
} from './services/retrieval/search.js';
export { searchRetriever } from './services/retrieval/search-retriever.js';
export type { RetrievalSettings } from './services/retrieval/search-retriever.js';
export { reciprocalRankFusion } from './services/retrieval/reciprocal-rank-fusion.js';
export { createEmbedder } from './services/embeddings/create-embedder.js';
export type { EmbeddingSettings } from './services/embeddings/create-embedder.js';
export { CachedEmbedder } from './services/embeddings/cached-embedder.js';
export { OpenAiEmbedder } from './adapters/openai/openai-embedder.js';
export { CohereEmbedder } from './adapters/cohere/cohere-embedder.js';
export { CohereReranker } from './adapters/cohere/cohere-reranker.js';
export { PineconeVectorIndex } from './adapters/pinecone/pinecone-vector-index.js';
export { SqliteVectorIndex } from './adapters/sqlite/sqlite-vector-index.js';
export { SqliteKnowledgeStore } from './adapters/sqlite/sqlite-knowledge-store.js';
export { SqliteEmbeddingCache } from './adapters/sqlite/sqlite-embedding-cache.js';
export { retryingFetch, DEFAULT_RETRY_POLICY } from './adapters/http/retrying-fetch.js';
export type { RetryPolicy } from './adapters/http/retrying-fetch.js';
export type { Embedder, EmbedOptions } from './ports/embedder.js';
export type { EmbeddingCache } from './ports/embedding-cache.js';
export type { Reranker, RerankResult } from './ports/reranker.js';
export type {
  VectorIndex,
  VectorRecord,
  VectorQuery,
  VectorMatch,
  VectorMetadata,
  VectorIndexStats,
} from './ports/vector-index.js';
export type { SearchFilter, TextSpan } from './ports/search-filter.js';
export type {
  KnowledgeStore,
  KnowledgeDocument,
  DocumentStatus,
  NewKnowledgeDocument,
  IndexedChunk,
  DocumentListQuery,
  DocumentSource,
} from './ports/knowledge-store.js';
