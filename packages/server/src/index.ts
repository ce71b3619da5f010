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
export type { LlmProvider, AnswerInput, ChatTurn } from './ports/llm-provider.js';
