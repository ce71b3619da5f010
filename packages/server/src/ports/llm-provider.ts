import type { RetrievedChunk } from './lexical-index.js';

/** One earlier turn of the conversation, reduced to its text. */
export interface ChatTurn {
  role: 'user' | 'assistant';
  text: string;
}

export interface AnswerInput {
  question: string;
  history: ChatTurn[];
  /** Numbered sources: `sources[0]` is cited as `[1]`. */
  sources: RetrievedChunk[];
  /** Aborted when the reader goes away; providers must stop their upstream work at once. */
  signal: AbortSignal;
}

/** Writes an answer as a stream of text pieces. */
export interface LlmProvider {
  /** Short name used in logs and usage records, e.g. `openai`, `extractive`. */
  readonly name: string;
  streamAnswer(input: AnswerInput): AsyncIterable<string>;
}
