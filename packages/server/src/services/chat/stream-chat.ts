import { randomUUID } from 'node:crypto';
import type { UIMessageChunk } from '@tessera/core';
import type { LexicalIndex } from '../../ports/lexical-index.js';
import type { ChatTurn, LlmProvider } from '../../ports/llm-provider.js';
import { sourcePart } from './source-part.js';

export interface StreamChatDeps {
  lexicalIndex: LexicalIndex;
  provider: LlmProvider;
  /** Told about failures that the stream reports to the reader only as a masked `error` part. */
  onError?: (error: unknown) => void;
}

export interface StreamChatInput {
  workspaceId: string;
  question: string;
  history: ChatTurn[];
  topK: number;
  signal: AbortSignal;
}

export const ANSWER_FAILED_TEXT =
  'The answer could not be completed because of a server error. Please try again.';

const shortId = (prefix: string) => `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;

/**
 * Answers one question as a UI message stream: retrieve, announce the sources, then stream the
 * provider's text. Sources come first so a reader can show citations before the first word.
 */
export async function* streamChat(
  deps: StreamChatDeps,
  input: StreamChatInput,
): AsyncGenerator<UIMessageChunk> {
  yield { type: 'start', messageId: shortId('msg') };
  const textId = shortId('txt');
  let textOpen = false;
  try {
    const sources = await deps.lexicalIndex.search({
      workspaceId: input.workspaceId,
      text: input.question,
      topK: input.topK,
    });
    for (const [i, chunk] of sources.entries()) yield sourcePart(chunk, i + 1);
    const answer = deps.provider.streamAnswer({
      question: input.question,
      history: input.history,
      sources,
      signal: input.signal,
    });
    for await (const delta of answer) {
      if (!textOpen) {
        yield { type: 'text-start', id: textId };
        textOpen = true;
      }
      yield { type: 'text-delta', id: textId, delta };
    }
    if (textOpen) yield { type: 'text-end', id: textId };
    yield { type: 'finish', finishReason: 'stop' };
  } catch (error) {
    if (input.signal.aborted) return;
    deps.onError?.(error);
    if (textOpen) yield { type: 'text-end', id: textId };
    // The reader gets a sentence it can show; details stay in the server's log.
    yield { type: 'error', errorText: ANSWER_FAILED_TEXT };
  }
}
