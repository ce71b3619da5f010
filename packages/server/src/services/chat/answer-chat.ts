import type { UIMessageChunk } from '@tessera/core';
import type { Principal } from '../../http/auth/principal.js';
import type { LexicalIndex } from '../../ports/lexical-index.js';
import type { ChatTurn, LlmProvider } from '../../ports/llm-provider.js';
import type { UsageStore } from '../../ports/usage-store.js';
import type { LimitPolicy } from '../limits/limits.js';
import type { Clock } from '../limits/token-bucket.js';
import { checkBudget } from '../usage/check-budget.js';
import { recordUsage, type AnswerOutcome } from '../usage/record-usage.js';
import { usageSubject } from '../usage/usage-subject.js';
import { meteredProvider } from './metered-provider.js';
import { streamChat } from './stream-chat.js';

export interface AnswerChatDeps {
  lexicalIndex: LexicalIndex;
  provider: LlmProvider;
  usageStore: UsageStore;
  limitPolicy: LimitPolicy;
  clock: Clock;
  /** Told about every answer's outcome, e.g. for metrics. */
  onAnswered?: (outcome: AnswerOutcome) => void;
}

export interface AnswerChatInput {
  principal: Principal | undefined;
  assistant: { id: string; workspaceId: string };
  question: string;
  history: ChatTurn[];
  signal: AbortSignal;
  /** Told about failures that the stream shows the reader only as a masked `error` part. */
  onError: (error: unknown) => void;
}

/**
 * Starts a budgeted answer: refuses with 429 when today's token budget is spent, otherwise returns
 * the answer's UI message stream, whose tokens are recorded when it ends.
 */
export async function answerChat(
  deps: AnswerChatDeps,
  input: AnswerChatInput,
): Promise<AsyncIterable<UIMessageChunk>> {
  const subject = usageSubject(input.principal, input.assistant);
  const limits = await deps.limitPolicy(input.principal);
  await checkBudget(deps.usageStore, limits.dailyTokens, subject, deps.clock());
  const provider = meteredProvider(deps.provider, deps.clock, (outcome) => {
    deps.onAnswered?.(outcome);
    recordUsage(deps.usageStore, subject, outcome, deps.clock()).catch(input.onError);
  });
  return streamChat(
    { lexicalIndex: deps.lexicalIndex, provider, onError: input.onError },
    {
      workspaceId: input.assistant.workspaceId,
      question: input.question,
      history: input.history,
      topK: 4,
      signal: input.signal,
    },
  );
}
