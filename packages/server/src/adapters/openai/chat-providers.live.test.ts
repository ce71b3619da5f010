import { describe, expect, it } from 'vitest';
import { CohereChatProvider } from '../cohere/cohere-chat-provider.js';
import { OpenAiChatProvider } from './openai-chat-provider.js';
import type { AnswerInput, LlmProvider } from '../../ports/llm-provider.js';

/** Against the real providers; they run only where a key is set (never in offline CI). */
const input = (): AnswerInput => ({
  question: 'When does the museum open? Answer in five words.',
  history: [],
  sources: [
    {
      chunkId: 'c1',
      documentId: 'd1',
      documentTitle: 'Museum',
      filename: null,
      mediaType: 'text/markdown',
      url: null,
      text: 'The museum opens at nine in the morning.',
      headingPath: ['Museum'],
      page: null,
      startOffset: 0,
      endOffset: 40,
      score: 1,
    },
  ],
  signal: AbortSignal.timeout(30_000),
});

async function answer(provider: LlmProvider): Promise<string> {
  let text = '';
  for await (const piece of provider.streamAnswer(input())) text += piece;
  return text;
}

describe('live chat providers', () => {
  it.runIf(process.env['OPENAI_API_KEY'])('OpenAI answers from the source', async () => {
    const provider = new OpenAiChatProvider({
      apiKey: process.env['OPENAI_API_KEY']!,
      ...(process.env['OPENAI_BASE_URL'] ? { baseURL: process.env['OPENAI_BASE_URL'] } : {}),
      model: process.env['TESSERA_CHAT_MODEL'] ?? 'gpt-4o-mini',
    });
    expect((await answer(provider)).toLowerCase()).toContain('nine');
  });

  it.runIf(process.env['COHERE_API_KEY'])('Cohere answers from the source', async () => {
    const provider = new CohereChatProvider({
      apiKey: process.env['COHERE_API_KEY']!,
      model: 'command-a-03-2025',
    });
    expect((await answer(provider)).toLowerCase()).toContain('nine');
  });
});
