import { CohereChatProvider } from '../../adapters/cohere/cohere-chat-provider.js';
import { ExtractiveProvider } from '../../adapters/extractive/extractive-provider.js';
import { OpenAiChatProvider } from '../../adapters/openai/openai-chat-provider.js';
import type { ModelConfig } from '../../config.js';
import type { LlmProvider } from '../../ports/llm-provider.js';
import { FallbackProvider } from './fallback-provider.js';

/** One provider per configured model. */
function providerFor(config: ModelConfig): LlmProvider {
  return config.provider === 'openai'
    ? new OpenAiChatProvider({
        apiKey: config.apiKey,
        model: config.model,
        ...(config.baseURL ? { baseURL: config.baseURL } : {}),
      })
    : new CohereChatProvider({ apiKey: config.apiKey, model: config.model });
}

/**
 * The configured models in order, with the extractive answer always last, so a question is answered
 * even when every model fails. With no model configured, the extractive provider alone.
 */
export function providerChain(
  models: readonly ModelConfig[],
  onHandover?: (failed: LlmProvider, error: unknown) => void,
): LlmProvider {
  if (models.length === 0) return new ExtractiveProvider();
  return new FallbackProvider([...models.map(providerFor), new ExtractiveProvider()], undefined, onHandover);
}

/** How `tessera serve` describes the chain, e.g. `openai (gpt-4o-mini) → extractive`. */
export function describeModels(models: readonly ModelConfig[]): string {
  if (models.length === 0) return 'extractive (no language model configured)';
  return [...models.map((m) => `${m.provider} (${m.model})`), 'extractive'].join(' → ');
}
