import type { Store } from '../../ports/store.js';
import type { Actor } from '../access/actor.js';
import { createApiKey } from './api-keys.js';
import { SELF_ORIGIN } from './allowed-origins.js';

/** Where the demo page's publishable key is kept in plain text: it is public by design, printed in the page. */
const DEMO_KEY_SETTING = 'demo.publishable_key';

export interface FirstStartKeys {
  /** A secret key, only on the very first start of a data directory; never stored in plain text. */
  secretKey: string | undefined;
  /** The demo page's publishable key, allowed for the server's own origin. */
  demoKey: string;
}

/** The demo page's publishable key, if the server has started once. */
export const demoPublishableKey = (store: Store): Promise<string | undefined> =>
  store.getSetting(DEMO_KEY_SETTING);

/**
 * On the first start of a data directory, creates one secret key (returned once, to be printed) and
 * the demo page's publishable key; later starts only return the demo key.
 */
export async function ensureFirstStartKeys(
  store: Store,
  workspaceId: string,
  demoOrigins: readonly string[] = [],
): Promise<FirstStartKeys> {
  const existing = await demoPublishableKey(store);
  if (existing) return { secretKey: undefined, demoKey: existing };
  const system: Actor = {
    workspaceId,
    audit: { kind: 'system', id: 'first-start' },
    role: 'owner',
    ip: null,
    userAgent: null,
  };
  const demo = await createApiKey(store, system, {
    type: 'publishable',
    name: 'Demo page',
    allowedOrigins: [SELF_ORIGIN, ...demoOrigins],
  });
  const demoKey = await store.putSettingIfAbsent(DEMO_KEY_SETTING, demo.key);
  // Another process started on the same directory at the same moment and won: it prints the keys.
  if (demoKey !== demo.key) {
    await store.revokeApiKey(workspaceId, demo.id, new Date().toISOString());
    return { secretKey: undefined, demoKey };
  }
  const secret = await createApiKey(store, system, { type: 'secret', name: 'First secret key' });
  return { secretKey: secret.key, demoKey };
}
