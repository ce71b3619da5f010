import type { ChatRequest, UIMessage } from '@tessera/core';
import type { ChatTurn } from '../../ports/llm-provider.js';
import { ProblemError } from '../../http/problem-error.js';

const textOf = (message: UIMessage) =>
  message.parts
    .map((part) => (part.type === 'text' && typeof part['text'] === 'string' ? part['text'] : ''))
    .join('')
    .trim();

/**
 * Reads the question (the last user message) and the history before it out of a chat request.
 * Rejects requests that end with anything other than a user message with text.
 */
export function chatQuestion(request: ChatRequest): { question: string; history: ChatTurn[] } {
  const messages = request.messages;
  const last = messages.at(-1);
  if (!last || last.role !== 'user') {
    throw new ProblemError(400, 'The last message must be the user\'s question (role "user").', {
      code: 'invalid_request',
      errors: [{ pointer: `/messages/${messages.length - 1}/role`, detail: 'must be "user".' }],
    });
  }
  const question = textOf(last);
  if (!question) {
    throw new ProblemError(
      400,
      'The user\'s message has no text; add a part { "type": "text", "text": "…" }.',
      {
        code: 'invalid_request',
        errors: [
          { pointer: `/messages/${messages.length - 1}/parts`, detail: 'must hold a non-empty text part.' },
        ],
      },
    );
  }
  const history = messages
    .slice(0, -1)
    .filter((m): m is UIMessage & { role: 'user' | 'assistant' } => m.role !== 'system')
    .map((m) => ({ role: m.role, text: textOf(m) }))
    .filter((turn) => turn.text.length > 0);
  return { question, history };
}
