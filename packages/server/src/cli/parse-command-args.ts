import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './cli-io.js';

/** Option values as `parseArgs` gives them. */
export type CommandValues = Record<string, string | boolean | string[] | undefined>;

/**
 * Parses a command's arguments, with `--help` built in. Prints the usage and returns an exit code
 * instead of values for `--help` (0) and for unknown or malformed options (2).
 */
export function parseCommandArgs(
  args: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  usage: string,
  io: CliIo,
): { positionals: string[]; values: CommandValues } | number {
  try {
    const parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
    });
    const values = parsed.values as CommandValues;
    if (values['help']) {
      io.out(usage);
      return 0;
    }
    return { positionals: parsed.positionals, values };
  } catch (error) {
    // parseArgs reports unknown and malformed options as TypeErrors with a readable message.
    if (!(error instanceof TypeError)) throw error;
    io.err(`${error.message}\n\n${usage}`);
    return 2;
  }
}
