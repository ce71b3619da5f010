import OpenAI from 'openai';
import type { AnswerInput, LlmProvider } from '../../ports/llm-provider.js';
import { buildPrompt } from '../../services/chat/build-prompt.js';
import { UpstreamCutError } from '../../services/chat/upstream-cut-error.js';

export interface OpenAiChatOptions {
  apiKey: string;
  /** Any OpenAI-compatible API: OpenAI, OpenRouter, Azure OpenAI, Ollama, vLLM, LM Studio, Groq… */
  baseURL?: string;
  model: string;
  temperature?: number;
  maxTokens?: number;
  defaultHeaders?: Record<string, string>;
  /** Instructions (system prompt) that replace the default ones. */
  instructions?: string;
}

/**
 * Chat through the official `openai` client. Retries are left to the fallback chain (a retry here
 * would delay the next provider), and the request carries the reader's abort signal so a closed
 * page stops the generation upstream.
 */
export class OpenAiChatProvider implements LlmProvider {
  readonly name = 'openai';
  private readonly client: OpenAI;

  constructor(private readonly options: OpenAiChatOptions) {
    this.client = new OpenAI({
      apiKey: options.apiKey,
      ...(options.baseURL ? { baseURL: options.baseURL } : {}),
      ...(options.defaultHeaders ? { defaultHeaders: options.defaultHeaders } : {}),
      maxRetries: 0,
    });
  }

  async *streamAnswer(input: AnswerInput): AsyncIterable<string> {
    const prompt = buildPrompt(input, this.options.instructions);
    const stream = await this.client.chat.completions.create(
      {
        model: this.options.model,
        stream: true,
        stream_options: { include_usage: true },
        messages: [{ role: 'system', content: prompt.system }, ...prompt.messages],
        ...(this.options.temperature !== undefined ? { temperature: this.options.temperature } : {}),
        ...(this.options.maxTokens !== undefined ? { max_tokens: this.options.maxTokens } : {}),
      },
      { signal: input.signal },
    );
    let finished = false;
    for await (const chunk of stream) {
      if (chunk.usage) {
        input.onUsage?.({
          promptTokens: chunk.usage.prompt_tokens,
          completionTokens: chunk.usage.completion_tokens,
          model: chunk.model || this.options.model,
        });
      }
      const choice = chunk.choices[0];
      if (choice?.finish_reason) finished = true;
      const delta = choice?.delta?.content;
      if (delta) yield delta;
    }
    if (!finished && !input.signal.aborted) throw new UpstreamCutError(this.name);
  }
}
