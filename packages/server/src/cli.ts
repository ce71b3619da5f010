#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.js';
import { serverOptions } from './config/server-options.js';
import { startServer } from './start-server.js';
import { firstStartBanner } from './cli/first-start-banner.js';
import { keysCommand } from './cli/keys-command.js';
import { processIo } from './cli/process-io.js';
import { usersCommand } from './cli/users-command.js';
import { describeModels } from './services/chat/provider-chain.js';

const USAGE = `Usage: tessera <command>

Commands:
  serve    Start the server (configured by environment variables, listed in the README)
  keys     Create, list or revoke API keys in the data directory (see \`tessera keys --help\`)
  users    Create people in the data directory (see \`tessera users --help\`)
`;

async function serve(): Promise<void> {
  const config = loadConfig();
  const running = await startServer(serverOptions(config));
  console.log(`Tessera is listening on ${running.url}`);
  console.log(`  demo page:  ${running.url}/`);
  console.log(`  data:       ${config.dataDir}`);
  console.log(`  answers:    ${describeModels(config.models)}`);
  console.log(`  limits:     ${config.redisUrl ? 'shared through Redis' : 'in this process'}`);
  for (const line of firstStartBanner(running.keys)) console.log(line);
  const stop = () => {
    console.log('Stopping: finishing open requests…');
    running.close(config.shutdownGraceMs).then(
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
  const [first, ...rest] = argv;
  // Data commands parse their own options; they work on the data directory without a server.
  if (first === 'keys' || first === 'users') {
    const run = first === 'keys' ? keysCommand : usersCommand;
    process.exitCode = await run(rest, loadConfig().dataDir, processIo());
    return;
  }
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
