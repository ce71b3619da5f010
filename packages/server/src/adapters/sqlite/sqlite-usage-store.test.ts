import { usageStoreConformance } from '../../testing/usage-store-conformance.js';
import { openDatabase } from './open-database.js';
import { SqliteUsageStore } from './sqlite-usage-store.js';

usageStoreConformance('SqliteUsageStore', async () => {
  const db = openDatabase(':memory:');
  const store = new SqliteUsageStore(db);
  return {
    record: (usage) => store.record(usage),
    tokensUsed: (query) => store.tokensUsed(query),
    close: async () => {
      db.close();
    },
  };
});
