import { clipText } from '../common/clip-text.js';
import { checkWholeNumber } from '../common/read-whole-number.js';
import { measureEditDistance } from '../mock/core/edit-distance.js';
import type { MockOptions } from '../mock/core/create-mock.js';
import type { Microf1MiddlewareOptions } from './express-middleware.js';
import type { MockServerOptions } from './mock-server.js';

/** The ports a mock can listen on; 0 picks a free one. */
export const PORT_RANGE = { min: 0, max: 65535 } as const;

/** The seeds of the generated data: what a signed 32-bit integer holds, from 0. */
export const SEED_RANGE = { min: 0, max: 2 ** 31 - 1 } as const;

/** The clocks a mock runs on: the system's, or one moved only by the control API. */
export const CLOCK_KINDS = ['real', 'manual'] as const;

export type ClockKind = (typeof CLOCK_KINDS)[number];

export function isClockKind(value: unknown): value is ClockKind {
  return (CLOCK_KINDS as readonly unknown[]).includes(value);
}

/** What is wrong with a clock setting; `shown` is the value as it is quoted back. */
export function describeClockProblem(name: string, shown: string): string {
  return `${name} must be "real" or "manual", not ${shown}`;
}

/**
 * What is wrong with a host to listen on, or nothing. An empty host would make node listen on
 * every network interface, the opposite of what a blank setting suggests, so it is refused.
 */
export function checkHost(host: string, name: string): string | undefined {
  if (host.trim() !== '') return undefined;
  return `${name} must be a host name or an IP address, not ${JSON.stringify(host)}`;
}

/**
 * What is wrong with a setting that names a file, or nothing: an empty one names no file.
 */
export function checkFileSetting(path: string, name: string): string | undefined {
  if (path.trim() !== '') return undefined;
  return `${name} must be a file path, not ${JSON.stringify(path)}`;
}

/** How a value breaks its option's rule: of the wrong type, or of the right type but refused. */
interface OptionProblem {
  readonly kind: 'type' | 'value';
  readonly message: string;
}

type CheckOption = (value: unknown, name: string) => OptionProblem | undefined;

/**
 * Throws a `TypeError` (a value of the wrong type) or a `RangeError` (a value of the right type
 * that is not allowed), in one line naming the option and what it allows, when the options of
 * `createMockServer` break the rules the CLI applies to the same settings. Unknown options are
 * refused too, as the CLI refuses unknown flags.
 *
 * @example
 * assertMockServerOptions({ port: 'abc' });
 * // TypeError: Failed to start the mock: port must be a whole number from 0 to 65535, not "abc"
 */
export function assertMockServerOptions(options: unknown): asserts options is MockServerOptions {
  assertOptions(options, SERVER_CHECKS, 'Failed to start the mock');
}

/**
 * The same for the options of `microf1Middleware`: the mock's, or a core made elsewhere.
 *
 * @example
 * assertMiddlewareOptions({ clock: 'bogus' });
 * // RangeError: Failed to set up the MicroF1 middleware: clock must be "real" or "manual", ...
 */
export function assertMiddlewareOptions(
  options: unknown,
): asserts options is Microf1MiddlewareOptions {
  assertOptions(options, MIDDLEWARE_CHECKS, 'Failed to set up the MicroF1 middleware');
}

function assertOptions(
  options: unknown,
  checks: Readonly<Record<string, CheckOption>>,
  failure: string,
): void {
  if (!isRecord(options)) {
    throw new TypeError(`${failure}: the options must be an object, not ${show(options)}`);
  }

  for (const [name, value] of Object.entries(options)) {
    // An option set to undefined is one left to its default.
    if (value === undefined) continue;
    const check = Object.hasOwn(checks, name) ? checks[name] : undefined;
    const problem = check === undefined ? describeUnknown(name, checks) : check(value, name);
    if (problem === undefined) continue;
    const message = `${failure}: ${problem.message}`;
    throw problem.kind === 'type' ? new TypeError(message) : new RangeError(message);
  }
}

/** A bound for delays and sizes: far past any useful value, and far from what a Date holds. */
const LARGE_RANGE = { min: 0, max: 2 ** 31 - 1 } as const;

/** Each journal entry is allocated up front, about 50 bytes: a million of them is 50 MB. */
const JOURNAL_RANGE = { min: 0, max: 1_000_000 } as const;

/** One check per option of the mock; a new option fails to compile until it has one. */
const MOCK_CHECKS: { readonly [Name in keyof MockOptions]-?: CheckOption } = {
  spec: (value, name) => {
    if (value instanceof URL) return undefined;
    if (typeof value === 'string') return asValueProblem(checkFileSetting(value, name));
    return typeProblem(name, 'a file path or a file URL', value);
  },
  document: (value, name) =>
    isRecord(value) ? undefined : typeProblem(name, 'an OpenAPI document (an object)', value),
  seed: checkWholeNumberOption(SEED_RANGE),
  clock: (value, name) => {
    if (isClockKind(value)) return undefined;
    const message = describeClockProblem(name, show(value));
    return { kind: typeof value === 'string' ? 'value' : 'type', message };
  },
  stepDelayMs: checkWholeNumberOption(LARGE_RANGE),
  data: (value, name) =>
    isRecord(value) ? undefined : typeProblem(name, 'fixtures (an object)', value),
  dataFile: (value, name) =>
    typeof value === 'string'
      ? asValueProblem(checkFileSetting(value, name))
      : typeProblem(name, 'a file path', value),
  strict: (value, name) =>
    typeof value === 'boolean' ? undefined : typeProblem(name, 'true or false', value),
  logger: (value, name) =>
    isRecord(value) && typeof value.child === 'function'
      ? undefined
      : typeProblem(name, 'a pino logger', value),
  bodyLimitBytes: checkWholeNumberOption(LARGE_RANGE),
  journalSize: checkWholeNumberOption(JOURNAL_RANGE),
};

const SERVER_CHECKS: { readonly [Name in keyof MockServerOptions]-?: CheckOption } = {
  host: (value, name) =>
    typeof value === 'string'
      ? asValueProblem(checkHost(value, name))
      : typeProblem(name, 'a host name or an IP address', value),
  port: checkWholeNumberOption(PORT_RANGE),
  ...MOCK_CHECKS,
};

const MIDDLEWARE_CHECKS: { readonly [Name in keyof Microf1MiddlewareOptions]-?: CheckOption } = {
  ...MOCK_CHECKS,
  core: (value, name) =>
    isRecord(value) && typeof value.respond === 'function'
      ? undefined
      : typeProblem(name, 'a mock core (createMockCore)', value),
};

function checkWholeNumberOption(range: { readonly min: number; readonly max: number }) {
  return (value: unknown, name: string): OptionProblem | undefined => {
    const rule = { name, ...range };
    if (typeof value !== 'number') {
      return typeProblem(name, `a whole number from ${range.min} to ${range.max}`, value);
    }
    return asValueProblem(checkWholeNumber(value, rule));
  };
}

function describeUnknown(
  name: string,
  checks: Readonly<Record<string, CheckOption>>,
): OptionProblem {
  const known = Object.keys(checks);
  const nearest = known.find((candidate) => measureEditDistance(name, candidate) <= 2);
  const hint =
    nearest === undefined
      ? `; the options are ${known.join(', ')}`
      : `; did you mean "${nearest}"?`;
  return { kind: 'type', message: `unknown option ${show(name)}${hint}` };
}

function typeProblem(name: string, allowed: string, value: unknown): OptionProblem {
  return { kind: 'type', message: `${name} must be ${allowed}, not ${show(value)}` };
}

function asValueProblem(message: string | undefined): OptionProblem | undefined {
  return message === undefined ? undefined : { kind: 'value', message };
}

/** A value as a message quotes it: short, on one line, whatever it is. */
function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(clipText(value, 40));
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
