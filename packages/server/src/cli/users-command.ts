import { ROLES, type Role } from '../http/auth/principal.js';
import { recordAudit } from '../services/audit/record-audit.js';
import { hashPassword } from '../services/auth/password-hash.js';
import { cliActor, type CliIo } from './cli-io.js';
import { openDataDir } from './open-data-dir.js';
import { parseCommandArgs } from './parse-command-args.js';
import { reportFailure } from './report-failure.js';

export const USERS_USAGE = `Usage:
  tessera users create --email <email> [--name <name>] [--role owner|admin|editor|viewer]
                       [--password-stdin | --password <password>]

Adds a person to the default workspace (role owner by default). Without --password-stdin or
--password, the password is asked for on the terminal.`;

/** The same rule as accepting an invitation, so every account meets it. */
const MIN_PASSWORD_LENGTH = 10;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

async function readPassword(values: { password?: string; 'password-stdin'?: boolean }, io: CliIo) {
  if (values['password-stdin']) return (await io.readStdin()).replace(/\r?\n$/, '');
  if (values.password !== undefined) return values.password;
  return io.promptSecret?.('Password: ');
}

/** `tessera users create`, straight on the data directory. Returns the exit code. */
export async function usersCommand(args: string[], dataDir: string, io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', default: 'owner' },
      password: { type: 'string' },
      'password-stdin': { type: 'boolean' },
    },
    USERS_USAGE,
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { positionals } = parsed;
  const values = parsed.values as {
    email?: string;
    name?: string;
    role: string;
    password?: string;
    'password-stdin'?: boolean;
  };
  const email = values.email?.trim().toLowerCase();
  const role = values.role as Role;
  const problem =
    positionals[0] !== 'create'
      ? `${positionals[0] ? `Unknown users command "${positionals[0]}".` : 'Name a users command.'}`
      : !email || !EMAIL.test(email)
        ? "Give the person's email with --email, e.g. --email ada@example.com."
        : !ROLES.includes(role)
          ? `--role must be one of ${ROLES.join(', ')}.`
          : undefined;
  if (problem) {
    io.err(`${problem}\n\n${USERS_USAGE}`);
    return 2;
  }
  const password = await readPassword(values, io);
  if (password === undefined || password.length < MIN_PASSWORD_LENGTH) {
    io.err(
      password === undefined
        ? 'No terminal to ask for the password: pipe it with --password-stdin.'
        : `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`,
    );
    return 2;
  }
  const { store, workspace } = await openDataDir(dataDir);
  try {
    const user = await store.createUser({
      email: email!,
      name: values.name ?? email!.split('@')[0]!,
      passwordHash: await hashPassword(password),
    });
    await store.addMembership({ workspaceId: workspace.id, userId: user.id, role });
    await recordAudit(
      store,
      cliActor(workspace.id),
      'member.add',
      { kind: 'user', id: user.id },
      { email: user.email, role },
    );
    io.out(user.id);
    io.err(`Created ${user.email} as ${role} of "${workspace.name}". Sign in at POST /v1/auth/login.`);
    return 0;
  } catch (error) {
    return reportFailure(error, io);
  } finally {
    await store.close();
  }
}
