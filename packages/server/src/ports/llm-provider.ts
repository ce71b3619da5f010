import type { RetrievedChunk } from './lexical-index.js';

/** One earlier turn of the conversation, reduced to its text. */
export interface ChatTurn {
  role: 'user' | 'assistant';
  text: string;
}

/** Tokens an answer used, as the provider's API reported them. */
export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
  /** The model that answered, when the provider knows it (e.g. `gpt-4o-mini`). */
  model?: string;
}

export interface AnswerInput {
  question: string;
  history: ChatTurn[];
  /** Numbered sources: `sources[0]` is cited as `[1]`. */
  sources: RetrievedChunk[];
  /** Aborted when the reader goes away; providers must stop their upstream work at once. */
  signal: AbortSignal;
  /**
   * Providers that know their token usage call this once, when the answer ends (also after an
   * abort, with what was used so far). Providers without accounting, like the extractive one, never
   * call it, and their answers count as 0 tokens against budgets.
   */
  onUsage?: (usage: TokenUsage) => void;
}

/** Writes an answer as a stream of text pieces. */
export interface LlmProvider {
  /** Short name used in logs and usage records, e.g. `openai`, `extractive`. */
  readonly name: string;
  streamAnswer(input: AnswerInput): AsyncIterable<string>;
}
