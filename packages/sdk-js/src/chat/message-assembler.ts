import type { DataChunk, ProviderMetadata, UIMessage, UIMessageChunk, UIMessagePart } from '@tessera/core';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Builds an assistant {@link UIMessage} from the chunks of a UI message stream, the way `useChat`
 * does. Each change replaces `message` with a new object and a new parts array that shares the
 * unchanged parts, so UI code can detect changes by reference while a long answer costs one copy of
 * the (short) parts array per chunk, never a copy of the text so far.
 */
export class MessageAssembler {
  /** The message so far. */
  message: UIMessage;
  /** Index in `parts` of each text block, by the block id of the stream. */
  readonly #texts = new Map<string, number>();

  /** `id` is used until a `start` chunk brings the server's message id. */
  constructor(id: string) {
    this.message = { id, role: 'assistant', parts: [] };
  }

  /** Applies one chunk and returns whether `message` changed. */
  push(chunk: UIMessageChunk): boolean {
    switch (chunk.type) {
      case 'start':
        return this.#update(chunk.messageId ?? this.message.id, chunk.messageMetadata);
      case 'finish':
      case 'message-metadata':
        return this.#update(this.message.id, chunk.messageMetadata);
      case 'text-start':
        this.#text(chunk.id, '', chunk.providerMetadata);
        return true;
      case 'text-delta':
        this.#text(chunk.id, chunk.delta, chunk.providerMetadata);
        return true;
      case 'text-end':
        this.#text(chunk.id, '', chunk.providerMetadata, 'done');
        return true;
      case 'source-url':
      case 'source-document':
      case 'file':
        // These chunks have the exact shape of the matching message parts.
        return this.#set(this.message.parts.length, { ...chunk });
      case 'error':
      case 'abort':
      case 'start-step':
      case 'finish-step':
        return false;
      default:
        return this.#data(chunk);
    }
  }

  #update(id: string, metadata: unknown): boolean {
    const current = this.message;
    if (id === current.id && metadata === undefined) return false;
    this.message = { ...current, id };
    if (metadata !== undefined) {
      this.message.metadata =
        isRecord(current.metadata) && isRecord(metadata) ? { ...current.metadata, ...metadata } : metadata;
    }
    return true;
  }

  #text(
    id: string,
    delta: string,
    providerMetadata?: ProviderMetadata,
    state: 'streaming' | 'done' = 'streaming',
  ): void {
    // A delta without its text-start still counts, rather than failing the whole answer.
    let index = this.#texts.get(id);
    if (index === undefined) this.#texts.set(id, (index = this.message.parts.length));
    const previous = this.message.parts[index] as { text?: unknown } | undefined;
    const text = typeof previous?.text === 'string' ? previous.text : '';
    this.#set(index, {
      ...previous,
      type: 'text',
      text: text + delta,
      state,
      ...(providerMetadata ? { providerMetadata } : {}),
    });
  }

  #data(chunk: DataChunk): boolean {
    // Transient data (progress, notices…) is for the moment only, not for the history.
    if (chunk.transient) return false;
    const part: UIMessagePart = {
      type: chunk.type,
      ...(chunk.id === undefined ? {} : { id: chunk.id }),
      data: chunk.data,
    };
    // A data part with the id of an earlier one of its type replaces it, as in the AI SDK.
    const found =
      chunk.id === undefined
        ? -1
        : this.message.parts.findIndex((p) => p.type === chunk.type && p['id'] === chunk.id);
    return this.#set(found < 0 ? this.message.parts.length : found, part);
  }

  #set(index: number, part: UIMessagePart): true {
    const parts = this.message.parts.slice();
    parts[index] = part;
    this.message = { ...this.message, parts };
    return true;
  }
}
