/**
 * JSON Schema (2020-12) of one part of the Vercel AI SDK UI Message Stream v1.
 *
 * Every object is closed (`additionalProperties: false`) because the AI SDK's own reader uses strict
 * objects: a part with one extra field makes every stock `useChat` client reject the stream. Our own
 * extras therefore travel in `providerMetadata.tessera` or in `data-*` parts, never as new fields.
 */

const providerMetadata = {
  type: 'object',
  additionalProperties: { type: 'object' },
} as const;

const part = <
  const T extends string,
  const P extends Record<string, unknown>,
  const R extends readonly string[],
>(
  type: T,
  properties: P,
  required: R,
) =>
  ({
    type: 'object',
    properties: { type: { const: type }, ...properties },
    required: ['type', ...required],
    additionalProperties: false,
  }) as const;

export const startChunkSchema = part('start', { messageId: { type: 'string' }, messageMetadata: {} }, []);
export const textStartChunkSchema = part('text-start', { id: { type: 'string' }, providerMetadata }, ['id']);
export const textDeltaChunkSchema = part(
  'text-delta',
  { id: { type: 'string' }, delta: { type: 'string' }, providerMetadata },
  ['id', 'delta'],
);
export const textEndChunkSchema = part('text-end', { id: { type: 'string' }, providerMetadata }, ['id']);
export const sourceUrlChunkSchema = part(
  'source-url',
  {
    sourceId: { type: 'string' },
    url: { type: 'string' },
    title: { type: 'string' },
    providerMetadata,
  },
  ['sourceId', 'url'],
);
export const sourceDocumentChunkSchema = part(
  'source-document',
  {
    sourceId: { type: 'string' },
    mediaType: { type: 'string' },
    title: { type: 'string' },
    filename: { type: 'string' },
    providerMetadata,
  },
  ['sourceId', 'mediaType', 'title'],
);
export const fileChunkSchema = part(
  'file',
  { url: { type: 'string' }, mediaType: { type: 'string' }, providerMetadata },
  ['url', 'mediaType'],
);
export const errorChunkSchema = part('error', { errorText: { type: 'string' } }, ['errorText']);
export const startStepChunkSchema = part('start-step', {}, []);
export const finishStepChunkSchema = part('finish-step', {}, []);
export const finishChunkSchema = part(
  'finish',
  {
    finishReason: {
      enum: ['stop', 'length', 'content-filter', 'tool-calls', 'error', 'other'],
    },
    messageMetadata: {},
  },
  [],
);
export const abortChunkSchema = part('abort', { reason: { type: 'string' } }, []);
export const messageMetadataChunkSchema = part('message-metadata', { messageMetadata: {} }, [
  'messageMetadata',
]);

/** `data-<name>` parts carry Tessera's extras (usage, follow-ups…); `transient` ones are not kept in history. */
export const dataChunkSchema = {
  type: 'object',
  properties: {
    type: { type: 'string', pattern: '^data-.+' },
    id: { type: 'string' },
    data: {},
    transient: { type: 'boolean' },
  },
  required: ['type', 'data'],
  additionalProperties: false,
} as const;

export const uiMessageChunkSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tessera.dev/schemas/ui-message-chunk.json',
  title: 'UIMessageChunk',
  description: 'One part of the AI SDK UI Message Stream v1, as sent in an SSE `data:` line.',
  oneOf: [
    startChunkSchema,
    textStartChunkSchema,
    textDeltaChunkSchema,
    textEndChunkSchema,
    sourceUrlChunkSchema,
    sourceDocumentChunkSchema,
    fileChunkSchema,
    errorChunkSchema,
    startStepChunkSchema,
    finishStepChunkSchema,
    finishChunkSchema,
    abortChunkSchema,
    messageMetadataChunkSchema,
    dataChunkSchema,
  ],
} as const;
