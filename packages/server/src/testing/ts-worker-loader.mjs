// Registers ts-worker-hooks.mjs in a worker thread started from TypeScript sources (under vitest),
// where Node itself cannot load .ts files. Built code never uses it.
import { register } from 'node:module';

register('./ts-worker-hooks.mjs', import.meta.url);
