import { randomUUID } from 'node:crypto';
import { StoreConflictError } from '../../ports/store-conflict-error.js';

/** A new record id, e.g. `usr_3f2a…`: the prefix tells a reader of logs what it names. */
export const newId = (prefix: string): string => `${prefix}_${randomUUID().replaceAll('-', '')}`;

/** Runs a write, turning SQLite's unique-constraint failure into the port's {@link StoreConflictError}. */
export function withConflict<T>(what: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      throw new StoreConflictError(what, { cause: error });
    }
    throw error;
  }
}
