import type { OpenApiDocument } from '../../spec/index.js';
import type { Workflow } from '../workflows/types.js';
import type { RunEvent } from './context.js';

/** What {@link runContract} takes. Only `baseUrl` is required. */
export interface RunOptions {
  /** The implementation under test, e.g. `http://127.0.0.1:4010`. */
  readonly baseUrl: string;
  /** The spec file; the toolkit's own MicroF1 contract by default. */
  readonly spec?: string | URL;
  /** An already parsed spec, instead of `spec`. */
  readonly document?: OpenApiDocument;
  /** The seed of generated data: the same seed sends the same requests. Random by default. */
  readonly seed?: number;
  /** Only these operationIds (their suites, and workflows using only them). */
  readonly operations?: readonly string[];
  /** Only these checks. */
  readonly checks?: readonly string[];
  /** How long to wait for one response; 10 seconds by default. */
  readonly timeoutMs?: number;
  /** A response slower than this fails the `response-time` check; no budget by default. */
  readonly maxResponseMs?: number;
  /** Headers sent with every request (authorisation a real backend may need). */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * The mock's control API, to move the target's clock in workflows. By default the runner
   * looks for `/__mock/health` on the base URL; `false` never uses one.
   */
  readonly controlUrl?: string | false;
  /** Workflows to run; by default those in `contract-tests/workflows/`. */
  readonly workflows?: readonly Workflow[];
  /** The target's current day `YYYY-MM-DD`; read from the control API or the clock otherwise. */
  readonly today?: string;
  /** Receives progress while the run goes. */
  readonly onEvent?: (event: RunEvent) => void;
}

/** The default time to wait for one response. */
export const DEFAULT_TIMEOUT_MS = 10_000;
