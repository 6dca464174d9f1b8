import { type ParseArgsConfig, parseArgs } from 'node:util';

/** The flags a command declares, as `node:util` `parseArgs` takes them. */
export type FlagDeclarations = NonNullable<ParseArgsConfig['options']>;

/** The values of the flags, typed by their declarations. */
export type FlagValues<Declarations extends FlagDeclarations> = ReturnType<
  typeof parseArgs<{
    args: string[];
    options: Declarations;
    strict: true;
    allowPositionals: false;
  }>
>['values'];

/** The flags' values, or one line (with no final period) saying what is wrong with them. */
export type ParsedFlags<Declarations extends FlagDeclarations> =
  | { readonly ok: true; readonly values: FlagValues<Declarations> }
  | { readonly ok: false; readonly error: string };

/** A negative number, as a value of a flag: `-1`, `-0.5`, `-1e3`. */
const NEGATIVE_NUMBER = /^-(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Parses the flags of a command strictly: an unknown flag or a positional argument is an error.
 * A negative number after a flag that takes a value is that flag's value (`--port -1`), so that
 * the command's own check answers it; `parseArgs` alone would call it ambiguous. Every error is
 * one line.
 *
 * @example
 * parseFlags(['--port', '-1'], { port: { type: 'string' } });
 * // { ok: true, values: { port: '-1' } }
 */
export function parseFlags<const Declarations extends FlagDeclarations>(
  argv: readonly string[],
  declarations: Declarations,
): ParsedFlags<Declarations> {
  try {
    const { values } = parseArgs({
      args: attachNegativeNumbers(argv, declarations),
      options: declarations,
      strict: true,
      allowPositionals: false,
    });
    return { ok: true, values: values as FlagValues<Declarations> };
  } catch (error) {
    return { ok: false, error: describeParseError(error, declarations) };
  }
}

/** The arguments with `--flag -1` (or `-f -1`) written as `--flag=-1`, which `parseArgs` takes. */
function attachNegativeNumbers(argv: readonly string[], declarations: FlagDeclarations): string[] {
  const args: string[] = [];

  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    // After `--` everything is a positional argument, left as it is.
    if (arg === '--') {
      args.push(...argv.slice(index));
      break;
    }
    const name = findValueFlag(arg, declarations);
    const next = argv[index + 1];
    if (name !== undefined && next !== undefined && NEGATIVE_NUMBER.test(next)) {
      args.push(`--${name}=${next}`);
      index += 1;
      continue;
    }
    args.push(arg);
  }
  return args;
}

/** The long name of the flag `arg` is, when it is one that takes a value and has none yet. */
function findValueFlag(arg: string, declarations: FlagDeclarations): string | undefined {
  if (arg.startsWith('--') && !arg.includes('=')) {
    const name = arg.slice(2);
    return Object.hasOwn(declarations, name) && declarations[name]?.type === 'string'
      ? name
      : undefined;
  }
  if (/^-[^-]$/.test(arg)) {
    const short = arg.slice(1);
    const found = Object.entries(declarations).find(([, flag]) => flag.short === short);
    return found?.[1].type === 'string' ? found[0] : undefined;
  }
  return undefined;
}

/**
 * The error of `parseArgs` in one line with no final period (the commands add their own hint).
 * Its message for a flag followed by another flag instead of a value spans three lines.
 */
function describeParseError(error: unknown, declarations: FlagDeclarations): string {
  const message = error instanceof Error ? error.message : String(error);

  const ambiguous = /^Option '-{1,2}([^']+)' argument is ambiguous/.exec(message);
  if (ambiguous !== null) {
    const flag = longName(ambiguous[1] ?? '', declarations);
    return `--${flag} needs a value (write --${flag}=VALUE for a value that starts with a dash)`;
  }
  return message
    .split('\n')
    .map((line) => line.trim().replace(/\.$/, ''))
    .filter((line) => line !== '')
    .join('; ');
}

function longName(name: string, declarations: FlagDeclarations): string {
  if (Object.hasOwn(declarations, name)) return name;
  const found = Object.entries(declarations).find(([, flag]) => flag.short === name);
  return found?.[0] ?? name;
}
