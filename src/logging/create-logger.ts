import { type DestinationStream, type Level, type Logger, pino } from 'pino';
import { createRequire } from 'node:module';
import { buildPinoRedaction } from '../privacy/pino-redaction.js';
import type { SensitiveField } from '../privacy/redact-value.js';

const require = createRequire(import.meta.url);

/** The levels a logger may be set to, quietest last. */
export const LOG_LEVELS: readonly (Level | 'silent')[] = [
  'trace',
  'debug',
  'info',
  'warn',
  'error',
  'fatal',
  'silent',
];

/** How to build a logger. */
export interface LoggerSetup {
  /** `info` by default. */
  readonly level?: Level | 'silent';
  /** Human-readable lines (pino-pretty) instead of JSON lines. */
  readonly pretty?: boolean;
  /** Where lines go; standard output by default. */
  readonly destination?: DestinationStream;
  /** The personal-data fields to mask, usually `collectPiiFields(spec)`. */
  readonly fields?: readonly SensitiveField[];
}

/**
 * Creates the toolkit's logger: pino, with card numbers, INNs and passport data masked in every
 * line (see `src/privacy`). Components log through children: `logger.child({ component })`.
 *
 * @example
 * const logger = createLogger({ level: 'warn', pretty: process.stdout.isTTY });
 */
export function createLogger(setup: LoggerSetup = {}): Logger {
  const options = {
    level: setup.level ?? 'info',
    base: null,
    ...buildPinoRedaction({ fields: setup.fields ?? [] }),
  };
  if (setup.destination !== undefined) return pino(options, setup.destination);
  if (setup.pretty === true) {
    // pino-pretty is only needed on a terminal: it is not loaded otherwise.
    const pretty = require('pino-pretty') as typeof import('pino-pretty');
    return pino(options, pretty({ colorize: true, sync: true, ignore: 'component' }));
  }
  return pino(options, pino.destination({ dest: 1, sync: false }));
}
