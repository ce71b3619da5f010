import type { AnswerInput } from '../../ports/llm-provider.js';

export const DEFAULT_INSTRUCTIONS =
  'You are a helpful assistant for a website. Answer only from the numbered sources below. ' +
  'Cite every statement with the number of its source in square brackets, like [1] or [2][3]. ' +
  'If the sources do not contain the answer, say so plainly and do not guess. ' +
  'Answer in the language of the question. Use Markdown for lists, tables and code.';

/** The chat turns sent to a language model, provider-neutral. */
export interface Prompt {
  system: string;
  messages: { role: 'user' | 'assistant'; content: string }[];
}

/** One source as the model sees it: numbered, titled, with where it sits in its document. */
export function formatSource(index: number, source: AnswerInput['sources'][number]): string {
  const place = [source.documentTitle, ...source.headingPath.slice(1)].join(' › ');
  const page = source.page !== null ? ` (page ${source.page})` : '';
  return `[${index}] ${place}${page}\n${source.text.trim()}`;
}

/**
 * Assembles instructions, numbered sources, history and question. Sources go in the system message
 * so that the conversation stays the user's own words, and a follow-up keeps its context.
 */
export function buildPrompt(input: AnswerInput, instructions = DEFAULT_INSTRUCTIONS): Prompt {
  const sources =
    input.sources.length > 0
      ? input.sources.map((source, i) => formatSource(i + 1, source)).join('\n\n')
      : '(No source matched this question.)';
  return {
    system: `${instructions}\n\nSources:\n\n${sources}`,
    messages: [
      ...input.history.map((turn) => ({ role: turn.role, content: turn.text })),
      { role: 'user' as const, content: input.question },
    ],
  };
}
