import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from './migrations.js';
import { openDatabase } from './open-database.js';

describe('openDatabase', () => {
  it('creates the file in WAL mode with every migration applied, and reopens it unchanged', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tessera-db-'));
    const file = join(dir, 'nested', 'tessera.db');
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.close();
    const again = openDatabase(file);
    expect(again.pragma('user_version', { simple: true })).toBe(migrations.length);
    again.close();
    await rm(dir, { recursive: true });
  });

  it('refuses a database written by a newer version, saying what to do', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tessera-db-'));
    const file = join(dir, 'tessera.db');
    const db = openDatabase(file);
    db.pragma(`user_version = ${migrations.length + 1}`);
    db.close();
    expect(() => openDatabase(file)).toThrow(/newer Tessera.*Upgrade Tessera/);
    await rm(dir, { recursive: true });
  });
});
