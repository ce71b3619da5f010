import type { ReadinessCheck } from '../../ports/readiness-check.js';
import { migrations } from './migrations.js';
import type { SqliteDatabase } from './open-database.js';

/**
 * `/readyz` checks of the SQLite database: it answers a trivial query, and its schema version is
 * the one this build expects (every migration applied, none from a newer build).
 */
export function sqliteReadiness(db: SqliteDatabase): ReadinessCheck[] {
  return [
    {
      name: 'database',
      check() {
        try {
          db.prepare('SELECT 1').get();
        } catch {
          throw new Error(
            'The SQLite database does not answer queries; check the data directory and restart.',
          );
        }
      },
    },
    {
      name: 'migrations',
      check() {
        const version = db.pragma('user_version', { simple: true }) as number;
        if (version !== migrations.length) {
          throw new Error(
            `The database schema is at version ${version} but this build expects ${migrations.length}; restart to migrate, or run the matching Tessera version.`,
          );
        }
      },
    },
  ];
}
