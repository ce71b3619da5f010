import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const CLI = fileURLToPath(new URL('../packages/server/dist/cli.js', import.meta.url));

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  return port;
}

/** This process's environment without model keys: a developer's real key must not change the answers. */
function offlineEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'COHERE_API_KEY', 'TESSERA_CHAT_MODEL'])
    delete env[name];
  return env;
}

/**
 * `tessera serve` as a user runs it: the built CLI in its own process, with a fresh data dir.
 * `secretKey` is read from what the first start prints; `cli()` runs other commands (`keys create`…)
 * on the same data dir and resolves with their stdout.
 */
export async function serveCli(extraEnv: Record<string, string> = {}): Promise<{
  url: string;
  secretKey: string;
  output: () => string;
  cli: (...args: string[]) => Promise<string>;
  stop: () => Promise<number | null>;
}> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tessera-e2e-'));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve'], {
    env: { ...offlineEnv(), PORT: String(port), HOST: '127.0.0.1', TESSERA_DATA_DIR: dataDir, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (data: Buffer) => (output += data.toString()));
  child.stderr!.on('data', (data: Buffer) => (output += data.toString()));
  const deadline = Date.now() + 30_000;
  while (!output.includes('listening on') || !/secret key: +tsk_\S+/.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`tessera serve did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const env = { ...process.env, TESSERA_DATA_DIR: dataDir };
  return {
    url: `http://127.0.0.1:${port}`,
    secretKey: /secret key: +(tsk_\S+)/.exec(output)![1]!,
    output: () => output,
    async cli(...args) {
      const { stdout } = await promisify(execFile)(process.execPath, [CLI, ...args], { env });
      return stdout;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
      return child.exitCode;
    },
  };
}
