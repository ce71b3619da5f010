import { ProblemError } from '../http/problem-error.js';
import { StoreConflictError } from '../ports/store-conflict-error.js';
import type { CliIo } from './cli-io.js';

/** Prints a command's failure for a person and returns its exit code; unknown errors propagate. */
export function reportFailure(error: unknown, io: CliIo): number {
  if (error instanceof ProblemError) {
    io.err(error.message);
    for (const field of error.errors ?? []) io.err(`  ${field.pointer}: ${field.detail}`);
    return 1;
  }
  if (error instanceof StoreConflictError) {
    io.err(
      error.what === 'user.email'
        ? 'An account with this email already exists; invite it into another workspace instead.'
        : `${error.what} already exists.`,
    );
    return 1;
  }
  throw error;
}
