import type { ApiKey } from '@tessera/core';
import { sha256 } from '../services/auth/secret-token.js';
import { createApiKey, listApiKeys, revokeApiKey } from '../services/keys/api-keys.js';
import { cliActor, type CliIo } from './cli-io.js';
import { openDataDir } from './open-data-dir.js';
import { parseCommandArgs } from './parse-command-args.js';
import { reportFailure } from './report-failure.js';

export const KEYS_USAGE = `Usage:
  tessera keys create --type secret [--name <name>]
  tessera keys create --type publishable --origin <url> [--origin <url>…] [--name <name>]
  tessera keys list [--json]
  tessera keys revoke <id | prefix | key>

Secret keys belong to the default workspace; publishable keys to its default assistant.
"create" prints only the new key on stdout, so scripts can capture it.`;

function table(keys: ApiKey[]): string[] {
  const rows = [
    ['ID', 'TYPE', 'KEY', 'NAME', 'ORIGINS', 'CREATED', 'REVOKED'],
    ...keys.map((k) => [
      k.id,
      k.type,
      `${k.prefix}…${k.last4}`,
      k.name,
      k.allowedOrigins.join(' ') || '-',
      k.createdAt.slice(0, 19).replace('T', ' '),
      k.revokedAt ? k.revokedAt.slice(0, 19).replace('T', ' ') : '-',
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd(),
  );
}

/** `tessera keys create|list|revoke`, straight on the data directory. Returns the exit code. */
export async function keysCommand(args: string[], dataDir: string, io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      type: { type: 'string' },
      origin: { type: 'string', multiple: true },
      name: { type: 'string' },
      json: { type: 'boolean' },
    },
    KEYS_USAGE,
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { positionals } = parsed;
  const values = parsed.values as { type?: string; origin?: string[]; name?: string; json?: boolean };
  const [action, target] = positionals;
  if (action === 'create' && values.type !== 'secret' && values.type !== 'publishable') {
    io.err(`Choose the key type with --type secret or --type publishable.\n\n${KEYS_USAGE}`);
    return 2;
  }
  if (action === 'create' && values.type === 'secret' && values.origin) {
    io.err('Secret keys never work from browsers, so --origin does not apply to them; leave it out.');
    return 2;
  }
  if (action === 'revoke' && !target) {
    io.err(
      `Name the key to revoke by its id, its prefix (as "keys list" shows) or the key itself.\n\n${KEYS_USAGE}`,
    );
    return 2;
  }
  if (action !== 'create' && action !== 'list' && action !== 'revoke') {
    io.err(`${action ? `Unknown keys command "${action}".` : 'Name a keys command.'}\n\n${KEYS_USAGE}`);
    return 2;
  }
  const { store, workspace } = await openDataDir(dataDir);
  try {
    const actor = cliActor(workspace.id);
    if (action === 'create') {
      const type = values.type as 'secret' | 'publishable';
      const created = await createApiKey(store, actor, {
        type,
        ...(values.name ? { name: values.name } : {}),
        ...(type === 'publishable' ? { allowedOrigins: values.origin ?? [] } : {}),
      });
      if (type === 'publishable' && !values.origin) {
        io.err('Note: this key has no allowed origins, so no browser may use it. Add some with --origin.');
      }
      io.out(created.key);
      return 0;
    }
    const keys = await listApiKeys(store, workspace.id);
    if (action === 'list') {
      for (const line of values.json ? [JSON.stringify(keys, null, 2)] : table(keys)) io.out(line);
      return 0;
    }
    const hash = sha256(target!);
    const records = await store.listApiKeys(workspace.id);
    const matches = records.filter((k) => k.id === target || k.prefix === target || k.keyHash === hash);
    if (matches.length !== 1) {
      io.err(
        matches.length === 0
          ? `No key matches "${target}"; see "tessera keys list".`
          : `"${target}" matches ${matches.length} keys; use the id instead.`,
      );
      return 1;
    }
    const revoked = await revokeApiKey(store, actor, matches[0]!.id);
    io.out(`Revoked ${revoked.id} (${revoked.prefix}…${revoked.last4}).`);
    return 0;
  } catch (error) {
    return reportFailure(error, io);
  } finally {
    await store.close();
  }
}
