/**
 * Compile-time proof that the hand-written types and the JSON Schemas describe the same shapes.
 * `tsc` fails here when one drifts from the other. It emits nothing that anyone imports.
 */
import type { FromSchema } from 'json-schema-to-ts';
import type { ChatRequest } from './chat/chat-request.js';
import type { ProblemDetails } from './problem/problem-details.js';
import type {
  ErrorChunk,
  FinishChunk,
  SourceDocumentChunk,
  TextDeltaChunk,
} from './protocol/ui-message-chunk.js';
import type {
  errorChunkSchema,
  finishChunkSchema,
  sourceDocumentChunkSchema,
  textDeltaChunkSchema,
} from './protocol/ui-message-chunk.schema.js';
import type { chatRequestSchema } from './chat/chat-request.schema.js';
import type { problemDetailsSchema } from './problem/problem-details.schema.js';

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Mutual assignability: what the schema accepts, the type accepts, and the other way round. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

type Metadata = { providerMetadata?: Record<string, Record<string, unknown>> };
type Strip<T> = Omit<T, 'providerMetadata'>;

export type SchemaChecks = [
  Assert<Same<FromSchema<typeof textDeltaChunkSchema>, TextDeltaChunk>>,
  Assert<Same<Strip<FromSchema<typeof sourceDocumentChunkSchema>> & Metadata, SourceDocumentChunk>>,
  Assert<Same<FromSchema<typeof errorChunkSchema>, ErrorChunk>>,
  Assert<Same<FromSchema<typeof finishChunkSchema>, FinishChunk>>,
  Assert<Same<FromSchema<typeof problemDetailsSchema>, ProblemDetails>>,
  Assert<Same<FromSchema<typeof chatRequestSchema>['trigger'], ChatRequest['trigger']>>,
  Assert<Equals<FromSchema<typeof chatRequestSchema>['id'], ChatRequest['id']>>,
];
