import type { Logger } from 'pino';
import { createLogger } from '../observability/create-logger.js';

/** A logger like the server's, writing its JSON lines into memory for a test to read. */
export function memoryLogger(level: 'info' | 'debug' = 'info'): {
  logger: Logger;
  text: () => string;
  lines: () => Record<string, unknown>[];
} {
  const chunks: string[] = [];
  const logger = createLogger({ level, destination: { write: (line: string) => chunks.push(line) } });
  return {
    logger,
    text: () => chunks.join(''),
    lines: () => chunks.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
