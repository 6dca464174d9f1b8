import type { SensitiveField } from '../../privacy/index.js';
import type { CompiledContract } from '../../spec/index.js';
import type { ControlClient } from '../http/control.js';
import type { HttpClient } from '../http/send.js';
import type { CoverageTracker } from '../report/coverage.js';
import type { ResourcePool } from './resource-pool.js';

/** Progress of a run, for a console that shows it while it runs. */
export type RunEvent =
  | { readonly type: 'suite-start'; readonly name: string; readonly kind: 'operation' | 'workflow' }
  | {
      readonly type: 'case-end';
      readonly suite: string;
      readonly name: string;
      readonly status: 'passed' | 'failed' | 'not-reached';
    }
  | { readonly type: 'suite-end'; readonly name: string; readonly failed: number };

/** Everything the parts of one run share. */
export interface RunContext {
  readonly contract: CompiledContract;
  readonly client: HttpClient;
  readonly baseUrl: string;
  readonly seed: number;
  /** The target's current day, `YYYY-MM-DD`, for date rules. */
  readonly today: string;
  readonly control: ControlClient | undefined;
  readonly pool: ResourcePool;
  readonly coverage: CoverageTracker;
  readonly piiFields: readonly SensitiveField[];
  /** The names of the headers sent with every request (their values stay out of reports). */
  readonly headerNames: readonly string[];
  readonly maxResponseMs: number | undefined;
  /** When given, only these checks are applied. */
  readonly checks: ReadonlySet<string> | undefined;
  /** The digits of every card number sent so far: reports mask them however a target parts them. */
  readonly sentCards: Set<string>;
  /** Unique values handed out so far, so that none is used twice. */
  readonly used: Set<string>;
  /** Cases that could not be built safely, and why. */
  readonly skipped: string[];
  /** The next index of a generated document. */
  nextIndex(): number;
  emit(event: RunEvent): void;
}
