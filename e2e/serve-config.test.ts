import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../packages/server/dist/cli.js', import.meta.url));

/** Runs the built CLI with extra environment variables and collects what it prints. */
async function run(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
  child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

describe('tessera serve with a bad environment', () => {
  it('exits 1 before listening, listing every bad variable with its fix and no stack trace', async () => {
    const { code, stdout, stderr } = await run(['serve'], {
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      TESSERA_RATE_LIMT_IP: '10/min',
    });
    expect(code).toBe(1);
    expect(stdout).not.toContain('listening');
    expect(stderr).toContain('Tessera cannot start; fix the environment:');
    expect(stderr).toContain(
      '- TESSERA_RATE_LIMT_IP is not a Tessera setting; did you mean TESSERA_RATE_LIMIT_IP?',
    );
    expect(stderr).toContain(
      '- PORT must be a whole number from 0 to 65535, but it is "eighty". Set PORT=8787',
    );
    expect(stderr).toContain('- LOG_LEVEL must be one of');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
