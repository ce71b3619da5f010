import type { ApiKeyType } from '@tessera/core';
import { randomToken, sha256 } from '../auth/secret-token.js';

/** Key prefixes say what a key is at a glance, and let secret scanners find leaked secret keys. */
export const KEY_PREFIX: Record<ApiKeyType, string> = { secret: 'tsk_', publishable: 'tpk_' };

/** How many leading characters identify a key in lists: the type prefix plus eight random ones. */
const SHOWN_PREFIX_LENGTH = 12;

/** A fresh key and what is stored of it: its hash and the parts shown in lists. */
export function newKeySecret(type: ApiKeyType): {
  key: string;
  keyHash: string;
  prefix: string;
  last4: string;
} {
  const key = randomToken(KEY_PREFIX[type]);
  return { key, keyHash: sha256(key), prefix: key.slice(0, SHOWN_PREFIX_LENGTH), last4: key.slice(-4) };
}
