import { REPORTERS, type ReporterName, type RunOptions } from '../../contract/index.js';
import { maskUrlCredentials } from '../../contract/http/url.js';
import { parseFlags } from '../parse-flags.js';
import { quoteValue } from '../quote-value.js';

/** What `microf1 test` was asked to do. */
export interface TestSettings {
  readonly help: boolean;
  readonly run: RunOptions;
  readonly reporters: readonly ReporterName[];
  readonly outDir: string;
  readonly workflowsDir: string | undefined;
}

/** Settings, or one line saying what is wrong with the flags. */
export type ReadSettings =
  | { readonly ok: true; readonly settings: TestSettings }
  | { readonly ok: false; readonly error: string };

/**
 * Reads the flags of `microf1 test` strictly. List flags (`--reporter`, `--operations`,
 * `--checks`) take comma-separated values and may repeat; `--header` repeats.
 */
export function readTestSettings(argv: readonly string[]): ReadSettings {
  const parsed = parseFlags(argv, OPTIONS);
  if (!parsed.ok) return parsed;
  const { values } = parsed;
  const help = values.help === true;
  if (!help && values['base-url'] === undefined)
    return { ok: false, error: '--base-url is required' };

  const reporters = splitList(values.reporter ?? ['console']);
  if (reporters.length === 0)
    return { ok: false, error: `--reporter needs at least one of ${REPORTERS.join(', ')}` };
  const unknown = reporters.find((name) => !(REPORTERS as readonly string[]).includes(name));
  if (unknown !== undefined)
    return {
      ok: false,
      error: `unknown reporter ${quoteValue(unknown)} (use ${REPORTERS.join(', ')})`,
    };

  // An empty list would select nothing, and a run that tests nothing must not pass a CI gate.
  const operations = values.operations === undefined ? undefined : splitList(values.operations);
  if (operations?.length === 0)
    return { ok: false, error: '--operations needs at least one operationId' };
  const checks = values.checks === undefined ? undefined : splitList(values.checks);
  if (checks?.length === 0) return { ok: false, error: '--checks needs at least one check name' };

  const numbers: Record<string, number | undefined> = {};
  for (const flag of ['seed', 'timeout-ms', 'max-response-ms'] as const) {
    const text = values[flag];
    if (text === undefined) continue;
    const value = Number(text);
    // A timeout or budget of 0 would silently mean "none": both take 1 ms at least.
    const least = flag === 'seed' ? 0 : 1;
    // Digits only: `Number` would also take spaces around them, a sign, `0x1F` and `1e3`.
    const isDigits = /^\d+$/.test(text);
    if (isDigits && !Number.isSafeInteger(value))
      return { ok: false, error: `--${flag} is too big: at most ${Number.MAX_SAFE_INTEGER}` };
    if (!isDigits || value < least)
      return {
        ok: false,
        error: `--${flag} takes a whole number${least === 1 ? ' of at least 1' : ''}, got ${quoteValue(text)}`,
      };
    numbers[flag] = value;
  }
  const headers: Record<string, string> = {};
  for (const line of values.header ?? []) {
    const match = /^([^:\s]+):\s*(.*)$/.exec(line);
    if (!match)
      return { ok: false, error: `--header takes "Name: value", got ${quoteValue(line)}` };
    headers[match[1] ?? ''] = match[2] ?? '';
  }

  const baseUrl = values['base-url'] ?? '';
  if (!help && !isHttpUrl(baseUrl))
    return {
      ok: false,
      error: `--base-url must be an http(s) URL without a query or a fragment, got ${quoteValue(maskLoosely(baseUrl))}`,
    };
  const control = readControl(values['control-url'], values['no-control'] === true);
  if (typeof control === 'string') return { ok: false, error: control };
  const run: RunOptions = {
    baseUrl,
    ...(values.spec === undefined ? {} : { spec: values.spec }),
    ...(numbers.seed === undefined ? {} : { seed: numbers.seed }),
    ...(operations === undefined ? {} : { operations }),
    ...(checks === undefined ? {} : { checks }),
    ...(numbers['timeout-ms'] === undefined ? {} : { timeoutMs: numbers['timeout-ms'] }),
    ...(numbers['max-response-ms'] === undefined
      ? {}
      : { maxResponseMs: numbers['max-response-ms'] }),
    ...(Object.keys(headers).length === 0 ? {} : { headers }),
    ...control,
  };
  return {
    ok: true,
    settings: {
      help,
      run,
      reporters: reporters as ReporterName[],
      outDir: values.out ?? 'reports',
      workflowsDir: values.workflows,
    },
  };
}

const OPTIONS = {
  'base-url': { type: 'string' },
  spec: { type: 'string' },
  seed: { type: 'string' },
  reporter: { type: 'string', multiple: true },
  out: { type: 'string' },
  operations: { type: 'string', multiple: true },
  checks: { type: 'string', multiple: true },
  'timeout-ms': { type: 'string' },
  'max-response-ms': { type: 'string' },
  header: { type: 'string', multiple: true },
  'control-url': { type: 'string' },
  'no-control': { type: 'boolean' },
  workflows: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The control API setting, or what is wrong with it. */
function readControl(
  url: string | undefined,
  off: boolean,
): Pick<RunOptions, 'controlUrl'> | string {
  if (off && url !== undefined) return '--no-control and --control-url contradict each other';
  if (off) return { controlUrl: false };
  if (url === undefined) return {};
  if (!isHttpUrl(url))
    return `--control-url must be an http(s) URL without a query or a fragment, got ${quoteValue(maskLoosely(url))}`;
  return { controlUrl: url };
}

/**
 * A setting that is not a URL, masked for a message: its credentials as a URL's, and whatever
 * stands between a colon and an `@` even where no `//` makes it a URL (`user:pw@host`).
 */
function maskLoosely(text: string): string {
  return maskUrlCredentials(text).replace(/:[^:@\s/]+@/g, ':***@');
}

/**
 * Whether a setting is an http(s) URL the runner can put paths after: no spaces around it (the
 * URL parser would drop them, a request would not), no query and no fragment (a path joined
 * after `?x=1` or `#top` never reaches the path).
 */
function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\/[^/\s]/i.test(text) || text.trim() !== text) return false;
  try {
    const url = new URL(text);
    return url.search === '' && url.hash === '' && !text.includes('#');
  } catch {
    return false;
  }
}

function splitList(values: readonly string[]): string[] {
  return values
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}
