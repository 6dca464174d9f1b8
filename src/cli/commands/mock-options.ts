import type { Level } from 'pino';
import { readWholeNumber } from '../../common/read-whole-number.js';
import {
  checkFileSetting,
  checkHost,
  describeClockProblem,
  isClockKind,
  PORT_RANGE,
  SEED_RANGE,
} from '../../http/check-server-options.js';
import { LOG_LEVELS } from '../../logging/index.js';
import { parseFlags } from '../parse-flags.js';
import { quoteValue } from '../quote-value.js';

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
 * `MICROF1_*` environment variables; flags win. An error names where the bad value came from:
 * the flag, or the variable.
 */
export function readMockSettings(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ReadSettings {
  const parsed = parseFlags(argv, OPTIONS);
  if (!parsed.ok) return parsed;
  const { values } = parsed;

  // Each value with the name to blame for it: the flag, or the variable it came from.
  const pick = (flag: string | undefined, option: string, variable: string) => {
    if (flag !== undefined) return { text: flag, name: `--${option}` };
    const text = env[`MICROF1_${variable}`];
    return text === undefined ? undefined : { text, name: `MICROF1_${variable}` };
  };
  const port = readSetting(pick(values.port, 'port', 'PORT'), '4010', PORT_RANGE.max);
  const seed = readSetting(pick(values.seed, 'seed', 'SEED'), '1', SEED_RANGE.max);
  const hostSetting = pick(values.host, 'host', 'HOST');
  const specSetting = pick(values.spec, 'spec', 'SPEC');
  const dataSetting = pick(values.data, 'data', 'DATA');
  const clockSetting = pick(values.clock, 'clock', 'CLOCK');
  const clock = clockSetting?.text ?? 'real';
  const levelSetting = pick(values['log-level'], 'log-level', 'LOG_LEVEL');
  const logLevel = levelSetting?.text ?? 'info';
  const strictText = env.MICROF1_STRICT ?? 'false';
  const strict = STRICT_VALUES[strictText.toLowerCase()];

  if (typeof port === 'string') return { ok: false, error: port };
  if (typeof seed === 'string') return { ok: false, error: seed };
  // A blank variable is refused rather than read as unset: for the host, node would take it as
  // every network interface.
  const blank =
    (hostSetting && checkHost(hostSetting.text, hostSetting.name)) ??
    (specSetting && checkFileSetting(specSetting.text, specSetting.name)) ??
    (dataSetting && checkFileSetting(dataSetting.text, dataSetting.name));
  if (blank !== undefined) return { ok: false, error: blank };
  if (!isClockKind(clock)) {
    const name = clockSetting?.name ?? '--clock';
    return { ok: false, error: describeClockProblem(name, quoteValue(clock)) };
  }
  // A variable that reads as neither on nor off is refused: a typo must not turn the check off.
  if (values.strict === undefined && strict === undefined) {
    const shown = quoteValue(strictText);
    const error = `MICROF1_STRICT must be 1, true or yes (on), or 0, false or no (off), not ${shown}`;
    return { ok: false, error };
  }
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    const name = levelSetting?.name ?? '--log-level';
    const shown = quoteValue(logLevel);
    return { ok: false, error: `${name} must be one of ${LOG_LEVELS.join(', ')}, not ${shown}` };
  }
  return {
    ok: true,
    settings: {
      port,
      host: hostSetting?.text ?? '127.0.0.1',
      spec: specSetting?.text,
      seed,
      data: dataSetting?.text,
      clock,
      logLevel: logLevel as Level | 'silent',
      strict: values.strict ?? strict === true,
      help: values.help ?? false,
    },
  };
}

/** What `MICROF1_STRICT` may say, in any case, and what it means. */
const STRICT_VALUES: Readonly<Record<string, boolean>> = {
  '1': true,
  true: true,
  yes: true,
  '0': false,
  false: false,
  no: false,
};

/** A whole-number setting from 0 to `max`, its default when neither flag nor variable is set. */
function readSetting(
  setting: { readonly text: string; readonly name: string } | undefined,
  fallback: string,
  max: number,
): number | string {
  if (setting === undefined) return Number(fallback);
  return readWholeNumber(setting.text, { name: setting.name, min: 0, max });
}
