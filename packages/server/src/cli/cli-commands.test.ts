import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callApi } from '../testing/call-api.js';
import { startTempServer } from '../testing/temp-server.js';
import type { CliIo } from './cli-io.js';
import { keysCommand } from './keys-command.js';
import { openDataDir } from './open-data-dir.js';
import { usersCommand } from './users-command.js';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'tessera-cli-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

/** Runs a command against the temp data dir, capturing what it prints. */
async function run(command: typeof keysCommand, args: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readStdin: async () => stdin,
    promptSecret: undefined,
  };
  const code = await command(args, dataDir, io);
  return { code, out, err };
}

describe('tessera keys', () => {
  it('create prints only the new key on stdout', async () => {
    const secret = await run(keysCommand, ['create', '--type', 'secret', '--name', 'CI']);
    expect(secret.code).toBe(0);
    expect(secret.out).toHaveLength(1);
    expect(secret.out[0]).toMatch(/^tsk_[\w-]{43}$/);
    const publishable = await run(keysCommand, [
      'create',
      '--type',
      'publishable',
      '--origin',
      'https://a.example',
      '--origin',
      'https://b.example/',
    ]);
    expect(publishable.out).toEqual([expect.stringMatching(/^tpk_/)]);
  });

  it('list shows prefix and last four, type, origins and revocation, never the key', async () => {
    const key = (await run(keysCommand, ['create', '--type', 'publishable', '--origin', 'https://a.example']))
      .out[0]!;
    const list = await run(keysCommand, ['list']);
    const text = list.out.join('\n');
    expect(text).toContain(`${key.slice(0, 12)}…${key.slice(-4)}`);
    expect(text).toContain('https://a.example');
    expect(text).toContain('publishable');
    expect(text).not.toContain(key);
    const json = JSON.parse((await run(keysCommand, ['list', '--json'])).out.join('\n')) as {
      prefix: string;
    }[];
    expect(json[0]!.prefix).toBe(key.slice(0, 12));
  });

  it('revoke finds a key by id, prefix or the key itself, and audits it as the CLI', async () => {
    for (const by of ['key', 'prefix', 'id'] as const) {
      const key = (await run(keysCommand, ['create', '--type', 'secret'])).out[0]!;
      const { store, workspace } = await openDataDir(dataDir);
      const id = (await store.listApiKeys(workspace.id)).find((k) => key.startsWith(k.prefix))!.id;
      await store.close();
      const target = by === 'key' ? key : by === 'prefix' ? key.slice(0, 12) : id;
      const revoked = await run(keysCommand, ['revoke', target]);
      expect(revoked.code, by).toBe(0);
      expect(revoked.out[0]).toContain(id);
    }
    const { store, workspace } = await openDataDir(dataDir);
    const { entries } = await store.listAudit(workspace.id, { limit: 10, action: 'key.revoke' });
    await store.close();
    expect(entries).toHaveLength(3);
    expect(entries[0]!.actor.kind).toBe('cli');
  });

  it('explains usage mistakes on stderr with exit code 2', async () => {
    for (const args of [
      [],
      ['create'],
      ['create', '--type', 'secret', '--origin', 'https://a.example'],
      ['revoke'],
      ['bogus'],
      ['list', '--nope'],
    ]) {
      const result = await run(keysCommand, args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.out).toEqual([]);
      expect(result.err.join('\n')).toMatch(/Usage:|leave it out/);
    }
    expect((await run(keysCommand, ['create', '--type', 'publishable', '--origin', 'ftp://x'])).code).toBe(1);
    expect((await run(keysCommand, ['revoke', 'tsk_nothing'])).code).toBe(1);
  });

  it('makes keys that a server on the same data directory accepts', async () => {
    const server = await startTempServer({ sampleDocsDir: null });
    try {
      dataDir = server.dataDir;
      const key = (
        await run(keysCommand, ['create', '--type', 'publishable', '--origin', 'https://shop.example'])
      ).out[0]!;
      const me = await callApi(server.url, 'GET', '/v1/auth/me', {
        auth: key,
        origin: 'https://shop.example',
      });
      expect(me.status).toBe(200);
      expect(me.body['assistantId']).toBe(server.assistant.id);
    } finally {
      await server.close();
    }
  });
});

describe('tessera users create', () => {
  it('creates an owner from a password on stdin, who can then sign in', async () => {
    const created = await run(
      usersCommand,
      ['create', '--email', 'Ops@Example.com', '--password-stdin'],
      'a long enough password\n',
    );
    expect(created.code).toBe(0);
    expect(created.out).toEqual([expect.stringMatching(/^usr_/)]);
    const server = await startTempServer({ sampleDocsDir: null });
    try {
      dataDir = server.dataDir;
      await run(usersCommand, [
        'create',
        '--email',
        'ops@example.com',
        '--role',
        'admin',
        '--password',
        'another long password',
      ]);
      const login = await callApi(server.url, 'POST', '/v1/auth/login', {
        body: { email: 'ops@example.com', password: 'another long password' },
      });
      expect(login.status).toBe(200);
      expect(login.body['role']).toBe('admin');
    } finally {
      await server.close();
    }
  });

  it('refuses a second account with the same email, a short password and a missing terminal', async () => {
    await run(usersCommand, ['create', '--email', 'a@example.com', '--password', 'long enough password']);
    const again = await run(usersCommand, [
      'create',
      '--email',
      'A@example.com',
      '--password',
      'long enough password',
    ]);
    expect(again.code).toBe(1);
    expect(again.err.join()).toContain('already exists');
    expect(
      (await run(usersCommand, ['create', '--email', 'b@example.com', '--password', 'short'])).code,
    ).toBe(2);
    const noTty = await run(usersCommand, ['create', '--email', 'c@example.com']);
    expect(noTty.code).toBe(2);
    expect(noTty.err.join()).toContain('--password-stdin');
    expect(
      (
        await run(usersCommand, [
          'create',
          '--email',
          'd@example.com',
          '--role',
          'god',
          '--password',
          'long enough password',
        ])
      ).code,
    ).toBe(2);
  });

  it('audits the new member as added by the CLI', async () => {
    await run(usersCommand, ['create', '--email', 'e@example.com', '--password', 'long enough password']);
    const { store, workspace } = await openDataDir(dataDir);
    const { entries } = await store.listAudit(workspace.id, { limit: 5, action: 'member.add' });
    await store.close();
    expect(entries[0]).toMatchObject({
      actor: { kind: 'cli' },
      details: { email: 'e@example.com', role: 'owner' },
    });
  });
});
