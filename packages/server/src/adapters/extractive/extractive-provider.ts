import type { AnswerInput, LlmProvider } from '../../ports/llm-provider.js';
import { bestSentences } from './best-sentences.js';

export const EXTRACTIVE_PREAMBLE =
  'I am answering from your documents without a language model, so here are the most relevant passages as they are written:';

export const EXTRACTIVE_NO_MATCH =
  'I am answering from your documents without a language model, and I found nothing in them about that. Try other words, or ask about something the documents cover.';

export interface ExtractiveOptions {
  /** How many sources to quote at most. */
  maxSources: number;
  /** How many sentences to quote from each source. */
  sentencesPerSource: number;
}

/**
 * The provider used when no language model is configured: it quotes the best sentences of the top
 * passages with numbered citations, and says plainly that it is doing so. It never invents text.
 */
export class ExtractiveProvider implements LlmProvider {
  readonly name = 'extractive';

  constructor(private readonly options: ExtractiveOptions = { maxSources: 3, sentencesPerSource: 2 }) {}

  async *streamAnswer(input: AnswerInput): AsyncIterable<string> {
    const answer = this.compose(input);
    // Word-sized pieces, so a reader sees the answer arrive like any other provider's.
    for (const piece of answer.match(/\S+\s*|\s+/g) ?? []) {
      if (input.signal.aborted) return;
      yield piece;
    }
  }

  private compose({ question, sources }: AnswerInput): string {
    if (sources.length === 0) return EXTRACTIVE_NO_MATCH;
    const lines = sources.slice(0, this.options.maxSources).map((source, i) => {
      const quote = bestSentences(source.text, question, this.options.sentencesPerSource).join(' ');
      return `- ${quote} [${i + 1}]`;
    });
    return `${EXTRACTIVE_PREAMBLE}\n\n${lines.join('\n')}`;
  }
}
