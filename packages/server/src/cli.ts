#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.js';
import { startServer } from './start-server.js';

const USAGE = `Usage: tessera <command>

Commands:
  serve    Start the server (PORT, HOST and TESSERA_DATA_DIR configure it)
`;

/** How long in-flight answers may take to finish after a stop signal. */
const SHUTDOWN_GRACE_MS = 10_000;

async function serve(): Promise<void> {
  const config = loadConfig();
  const running = await startServer({ dataDir: config.dataDir, port: config.port, host: config.host });
  console.log(`Tessera is listening on ${running.url}`);
  console.log(`  demo page:  ${running.url}/`);
  console.log(`  data:       ${config.dataDir}`);
  console.log('  answers:    extractive (no language model configured)');
  const stop = () => {
    console.log('Stopping: finishing open requests…');
    running.close(SHUTDOWN_GRACE_MS).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' } },
  });
  const [command] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return;
  }
  if (command === 'serve') return serve();
  console.error(`Unknown command "${command}".\n\n${USAGE}`);
  process.exitCode = 2;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
