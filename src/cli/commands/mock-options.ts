import { parseArgs } from 'node:util';
import type { Level } from 'pino';
import { LOG_LEVELS } from '../../logging/index.js';

/** The settings of `microf1 mock`, from flags, then environment variables, then defaults. */
export interface MockSettings {
  readonly port: number;
  readonly host: string;
  readonly spec: string | undefined;
  readonly seed: number;
  readonly data: string | undefined;
  readonly clock: 'real' | 'manual';
  readonly logLevel: Level | 'silent';
  readonly strict: boolean;
  readonly help: boolean;
}

/** The settings, or one line saying which one is wrong. */
export type ReadSettings =
  | { readonly ok: true; readonly settings: MockSettings }
  | { readonly ok: false; readonly error: string };

const OPTIONS = {
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  spec: { type: 'string' },
  seed: { type: 'string' },
  data: { type: 'string' },
  clock: { type: 'string' },
  'log-level': { type: 'string' },
  strict: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Reads the flags of `microf1 mock` (strictly: an unknown flag is an error) and the matching
 * `MICROF1_*` environment variables; flags win.
 */
export function readMockSettings(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ReadSettings {
  let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];
  try {
    values = parseArgs({ args: [...argv], options: OPTIONS, strict: true }).values;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }

  const pick = (flag: string | undefined, name: string) => flag ?? env[`MICROF1_${name}`];
  const port = readInteger(pick(values.port, 'PORT') ?? '4010', 'port', 0, 65535);
  const seed = readInteger(pick(values.seed, 'SEED') ?? '1', 'seed', 0, 2 ** 31 - 1);
  const clock = pick(values.clock, 'CLOCK') ?? 'real';
  const logLevel = pick(values['log-level'], 'LOG_LEVEL') ?? 'info';
  const strictText = env.MICROF1_STRICT ?? 'false';

  if (typeof port === 'string') return { ok: false, error: port };
  if (typeof seed === 'string') return { ok: false, error: seed };
  if (clock !== 'real' && clock !== 'manual') {
    return { ok: false, error: `--clock must be "real" or "manual", not "${clock}"` };
  }
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    return { ok: false, error: `--log-level must be one of ${LOG_LEVELS.join(', ')}` };
  }
  return {
    ok: true,
    settings: {
      port,
      host: pick(values.host, 'HOST') ?? '127.0.0.1',
      spec: pick(values.spec, 'SPEC'),
      seed,
      data: pick(values.data, 'DATA'),
      clock,
      logLevel: logLevel as Level | 'silent',
      strict: values.strict ?? ['1', 'true', 'yes'].includes(strictText.toLowerCase()),
      help: values.help ?? false,
    },
  };
}

function readInteger(text: string, name: string, min: number, max: number): number | string {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    return `--${name} must be an integer from ${min} to ${max}, not "${text}"`;
  }
  return value;
}
