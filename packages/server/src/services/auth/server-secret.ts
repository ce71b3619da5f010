import type { SettingsStore } from '../../ports/settings-store.js';
import { randomToken } from './secret-token.js';

const SETTING = 'auth.server_secret';
const cache = new WeakMap<SettingsStore, Promise<Uint8Array>>();

/**
 * The server-wide HS256 key for access tokens and anonymous end-user tokens, made on first use and
 * kept in the store so that every replica and restart agrees on it.
 */
export function serverSecret(store: SettingsStore): Promise<Uint8Array> {
  let secret = cache.get(store);
  if (!secret) {
    secret = (async () => {
      const value =
        (await store.getSetting(SETTING)) ?? (await store.putSettingIfAbsent(SETTING, randomToken('')));
      return new TextEncoder().encode(value);
    })();
    // A failed read must not be remembered: the next request tries again.
    secret.catch(() => cache.delete(store));
    cache.set(store, secret);
  }
  return secret;
}
