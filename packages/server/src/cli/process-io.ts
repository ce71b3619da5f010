import { text } from 'node:stream/consumers';
import type { CliIo } from './cli-io.js';
import { promptSecret } from './prompt-secret.js';

/** The real terminal: stdout for results, stderr for people, stdin for piped secrets. */
export function processIo(): CliIo {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    readStdin: () => text(process.stdin),
    promptSecret: process.stdin.isTTY ? promptSecret : undefined,
  };
}
