import { CohereClientV2 } from 'cohere-ai';
import type { AnswerInput, LlmProvider } from '../../ports/llm-provider.js';
import { buildPrompt, DEFAULT_INSTRUCTIONS } from '../../services/chat/build-prompt.js';
import { UpstreamCutError } from '../../services/chat/upstream-cut-error.js';

export interface CohereChatOptions {
  apiKey: string;
  /** Defaults to Cohere's API; set for a proxy or a compatible gateway. */
  baseUrl?: string;
  model: string;
  temperature?: number;
  maxTokens?: number;
  instructions?: string;
}

/**
 * Chat through the official `cohere-ai` client, using Cohere's native document grounding: the
 * sources go in `documents` (so Cohere can ground on them) and are also numbered in the system
 * message, so the answer's [n] markers match Tessera's citations.
 */
export class CohereChatProvider implements LlmProvider {
  readonly name = 'cohere';
  private readonly client: CohereClientV2;

  constructor(private readonly options: CohereChatOptions) {
    this.client = new CohereClientV2({
      token: options.apiKey,
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    });
  }

  async *streamAnswer(input: AnswerInput): AsyncIterable<string> {
    const prompt = buildPrompt(input, this.options.instructions ?? DEFAULT_INSTRUCTIONS);
    const stream = await this.client.chatStream(
      {
        model: this.options.model,
        messages: [{ role: 'system', content: prompt.system }, ...prompt.messages],
        ...(input.sources.length > 0
          ? {
              documents: input.sources.map((source, i) => ({
                id: String(i + 1),
                data: { title: source.documentTitle, snippet: source.text },
              })),
            }
          : {}),
        ...(this.options.temperature !== undefined ? { temperature: this.options.temperature } : {}),
        ...(this.options.maxTokens !== undefined ? { maxTokens: this.options.maxTokens } : {}),
      },
      { abortSignal: input.signal, maxRetries: 0 },
    );
    let finished = false;
    for await (const event of stream) {
      if (event.type === 'message-end') {
        finished = true;
        const tokens = event.delta?.usage?.billedUnits;
        if (tokens) {
          input.onUsage?.({
            promptTokens: tokens.inputTokens ?? 0,
            completionTokens: tokens.outputTokens ?? 0,
            model: this.options.model,
          });
        }
      }
      if (event.type === 'content-delta') {
        const text = event.delta?.message?.content?.text;
        if (text) yield text;
      }
    }
    if (!finished && !input.signal.aborted) throw new UpstreamCutError(this.name);
  }
}
