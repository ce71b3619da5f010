import { pino, type DestinationStream, type LevelWithSilent, type Logger } from 'pino';

/** Headers that carry credentials; wherever a logged object holds them, pino prints `[redacted]`. */
const SECRET_HEADERS = ['authorization', 'cookie', 'set-cookie', 'x-tessera-user-token', 'x-api-key'];

const REDACT_PATHS = ['req.headers', 'res.headers', 'headers', 'request.headers'].flatMap((base) =>
  SECRET_HEADERS.map((header) => `${base}["${header}"]`),
);

export interface LoggerOptions {
  level?: LevelWithSilent;
  /** Where lines go; defaults to stdout. Tests pass an in-memory stream. */
  destination?: DestinationStream;
}

/**
 * The server's JSON logger. Credentials are redacted by path, and request and message bodies are
 * never logged by the server's own code, so logs can be shipped to a third party as they are.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: 'tessera' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      // Error objects keep their type, message and stack under `err`.
      serializers: { err: pino.stdSerializers.err },
    },
    options.destination,
  );
}
