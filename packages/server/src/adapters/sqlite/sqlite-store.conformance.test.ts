import { describeAssistantLimitsStoreConformance } from '../../ports/assistant-limits-store.conformance.js';
import { describeAuditStoreConformance } from '../../ports/audit-store.conformance.js';
import { describeConversationStoreConformance } from '../../ports/conversation-store.conformance.js';
import { describeIdentityStoreConformance } from '../../ports/identity-store.conformance.js';
import { describeKeyStoreConformance } from '../../ports/key-store.conformance.js';
import { describeSettingsStoreConformance } from '../../ports/settings-store.conformance.js';
import { openDatabase } from './open-database.js';
import { SqliteStore } from './sqlite-store.js';

// An in-memory database runs every migration, like a fresh data directory.
const makeStore = async () => new SqliteStore(openDatabase(':memory:'));

describeIdentityStoreConformance('SqliteStore', makeStore);
describeKeyStoreConformance('SqliteStore', makeStore);
describeAuditStoreConformance('SqliteStore', makeStore);
describeSettingsStoreConformance('SqliteStore', makeStore);
describeConversationStoreConformance('SqliteStore', makeStore);
describeAssistantLimitsStoreConformance('SqliteStore', makeStore);
