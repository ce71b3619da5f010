import { userInfo } from 'node:os';
import type { Actor } from '../services/access/actor.js';

/** How a command talks to its caller; tests pass their own to capture output. */
export interface CliIo {
  /** Writes a line to stdout: only results that scripts may capture. */
  out(line: string): void;
  /** Writes a line to stderr: messages for people. */
  err(line: string): void;
  /** Reads all of stdin (for `--password-stdin`). */
  readStdin(): Promise<string>;
  /** Asks for a secret on a terminal without echoing it; `undefined` when there is no terminal. */
  promptSecret: ((question: string) => Promise<string>) | undefined;
}

/** The operator at the command line, as audit entries name them. */
export function cliActor(workspaceId: string): Actor {
  let name = 'operator';
  try {
    name = userInfo().username || name;
  } catch {
    // Some containers run as a user without a passwd entry; the generic name will do.
  }
  return { workspaceId, audit: { kind: 'cli', id: name }, role: 'owner', ip: null, userAgent: 'tessera-cli' };
}
