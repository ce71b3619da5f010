import { APIConnectionError, RateLimitError } from '@tessera/sdk';
import type { ChatStrings } from '../i18n/chat-strings.js';

/** What went wrong, as far as the reader needs to know: it picks the message and the advice. */
export type ChatErrorKind = 'offline' | 'rate-limited' | 'server';

/**
 * Classifies an answer's error. `isInstance` rather than `instanceof`: the host page may load its
 * own copy of the SDK, whose classes differ from the widget's.
 */
export function errorKind(error: unknown, online = globalThis.navigator?.onLine ?? true): ChatErrorKind {
  if (!online || APIConnectionError.isInstance(error)) return 'offline';
  if (RateLimitError.isInstance(error)) return 'rate-limited';
  return 'server';
}

/** The localized sentence for an error kind. */
export function errorMessage(kind: ChatErrorKind, strings: ChatStrings): string {
  if (kind === 'offline') return strings.errorOffline;
  return kind === 'rate-limited' ? strings.errorRateLimited : strings.errorServer;
}
