import type { UIMessage } from '@tessera/core';

/** A conversation between one end user and one assistant. */
export interface ConversationRecord {
  id: string;
  workspaceId: string;
  assistantId: string;
  /** The end user it belongs to; `null` for conversations started with a secret key or by a member. */
  endUserId: string | null;
  title: string;
  createdAt: string;
  updatedAt: string;
}

/** How an answer ended: fully, cut short (stop, disconnect, provider failure mid-answer) or not at all. */
export type MessageStatus = 'complete' | 'interrupted' | 'failed';

/** A stored message: the UI message as the client sees it, plus where it belongs and how it ended. */
export interface MessageRecord {
  id: string;
  conversationId: string;
  message: UIMessage;
  status: MessageStatus;
  createdAt: string;
}

export interface ConversationFilter {
  assistantId?: string;
  /** Only this end user's conversations; `undefined` lists everyone's (admins). */
  endUserId?: string;
  /** Case-insensitive words in the title. */
  search?: string;
  limit: number;
  cursor?: string;
}

/** Conversations and their messages. A message is stored whole, with its parts, as JSON. */
export interface ConversationStore {
  /** Creates the conversation, or returns it when `id` exists in the workspace with the same owner. */
  upsertConversation(input: Omit<ConversationRecord, 'createdAt' | 'updatedAt'>): Promise<ConversationRecord>;
  getConversation(workspaceId: string, id: string): Promise<ConversationRecord | undefined>;
  /** Newest activity first; `nextCursor` is opaque and adapter-specific. */
  listConversations(
    workspaceId: string,
    filter: ConversationFilter,
  ): Promise<{ conversations: ConversationRecord[]; nextCursor: string | null }>;
  /**
   * Adds a message to a saved conversation, or replaces the one with the same id (an answer saved
   * again as it ends), and marks the conversation as just used.
   */
  saveMessage(workspaceId: string, input: Omit<MessageRecord, 'createdAt'>): Promise<MessageRecord>;
  /** Messages oldest first. */
  listMessages(workspaceId: string, conversationId: string): Promise<MessageRecord[]>;
  /** Deletes a conversation with its messages; `false` when there was none. */
  deleteConversation(workspaceId: string, id: string): Promise<boolean>;
}
