import type { UIMessage } from './ui-message.js';

/** Body of `POST /v1/chat`. */
export interface ChatRequest {
  /** Conversation id; the server keeps history under it. */
  id?: string;
  /** The conversation so far; the last message is the user's new one. */
  messages: UIMessage[];
  /** What the user did: sent a new message, or asked to regenerate the last answer. */
  trigger?: 'submit-message' | 'regenerate-message';
  /** With `regenerate-message`: the assistant message to replace. */
  messageId?: string;
}
