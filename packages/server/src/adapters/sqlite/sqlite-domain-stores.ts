import type { AssistantLimitsStore } from '../../ports/assistant-limits-store.js';
import type { AuditStore } from '../../ports/audit-store.js';
import type { ConversationStore } from '../../ports/conversation-store.js';
import type { IdentityStore } from '../../ports/identity-store.js';
import type { KeyStore } from '../../ports/key-store.js';
import type { SettingsStore } from '../../ports/settings-store.js';
import type { SqliteDatabase } from './open-database.js';
import { sqliteAssistantLimitsStore } from './sqlite-assistant-limits-store.js';
import { sqliteAuditStore } from './sqlite-audit-store.js';
import { sqliteConversationStore } from './sqlite-conversation-store.js';
import { sqliteInvitationStore } from './sqlite-invitation-store.js';
import { sqliteKeyStore } from './sqlite-key-store.js';
import { sqliteRefreshTokenStore } from './sqlite-refresh-token-store.js';
import { sqliteSettingsStore } from './sqlite-settings-store.js';
import { sqliteUserStore } from './sqlite-user-store.js';

/** The per-domain parts of the `Store` port that live in their own files. */
export interface DomainStores
  extends IdentityStore, KeyStore, AuditStore, SettingsStore, ConversationStore, AssistantLimitsStore {}

/** Builds every per-domain SQLite store over one database; `SqliteStore` mixes them in. */
export function sqliteDomainStores(db: SqliteDatabase): DomainStores {
  return {
    ...sqliteUserStore(db),
    ...sqliteInvitationStore(db),
    ...sqliteRefreshTokenStore(db),
    ...sqliteKeyStore(db),
    ...sqliteAuditStore(db),
    ...sqliteSettingsStore(db),
    ...sqliteConversationStore(db),
    ...sqliteAssistantLimitsStore(db),
  };
}
