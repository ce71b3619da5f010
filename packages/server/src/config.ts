import { resolve } from 'node:path';

/** Everything the server reads from its environment. */
export interface ServerConfig {
  /** TCP port to listen on; 0 picks a free one. */
  port: number;
  /** Interface to bind; `127.0.0.1` keeps the server local. */
  host: string;
  /** Folder that holds the SQLite database and other state. */
  dataDir: string;
}

/** A configuration value that cannot be used; the message names the variable and the fix. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 8787;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new ConfigError(
      `PORT must be a whole number from 0 to 65535, but it is "${raw}". Set PORT=8787 or unset it.`,
    );
  }
  return port;
}

/** Reads and checks the configuration; throws a {@link ConfigError} naming the first bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const host = env['HOST'] || '0.0.0.0';
  if (/\s/.test(host)) {
    throw new ConfigError(`HOST must be a host name or address without spaces, but it is "${host}".`);
  }
  return {
    port: parsePort(env['PORT']),
    host,
    dataDir: resolve(env['TESSERA_DATA_DIR'] || '.tessera'),
  };
}
