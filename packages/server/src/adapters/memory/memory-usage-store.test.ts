import { usageStoreConformance } from '../../testing/usage-store-conformance.js';
import { MemoryUsageStore } from './memory-usage-store.js';

usageStoreConformance('MemoryUsageStore', async () => new MemoryUsageStore());
