/**
 * Workflows as data: a sequence of requests whose later steps use what earlier ones returned,
 * each with the status it expects and the assertion it proves. Written in YAML or JSON under
 * `contract-tests/workflows/`.
 */

/** A body built from the spec: generated valid, then changed at some pointers. */
export interface GeneratedBody {
  readonly generate: true;
  /** Values to put at JSON pointers after generating (templates allowed). */
  readonly set?: Readonly<Record<string, unknown>>;
  /** Pointers of top-level fields that get a fresh value nobody holds (an unknown reference). */
  readonly fresh?: readonly string[];
}

/** A condition on an earlier step's response: the value at `pointer` is one of `in`. */
export interface StepCondition {
  readonly step: string;
  readonly pointer: string;
  readonly in: readonly unknown[];
}

/** Repeat a step until its response says so, within a time limit. */
export interface PollSpec {
  /** Pointer into the response body and the values that end the wait. */
  readonly until: { readonly pointer: string; readonly in: readonly unknown[] };
  readonly timeoutMs?: number;
  readonly intervalMs?: number;
  /** With a control API, move the target's clock forward this much before each attempt. */
  readonly advanceClockMs?: number;
}

export interface StepExpectation {
  /** The status (or statuses) the step must get. */
  readonly status: number | readonly number[];
  /** The name of the assertion the step proves, e.g. `duplicate-refused`. */
  readonly check: string;
  /** Values the response body must hold, by JSON pointer (templates allowed). */
  readonly body?: Readonly<Record<string, unknown>>;
  /** The media type the response must have. */
  readonly mediaType?: string;
}

export interface WorkflowStep {
  readonly id: string;
  readonly description?: string;
  /** The operationId of the spec this step calls. */
  readonly operation: string;
  readonly query?: Readonly<Record<string, unknown>>;
  readonly headers?: Readonly<Record<string, string>>;
  /** A generated body, or any value (templates allowed), sent as JSON unless `mediaType` says. */
  readonly body?: GeneratedBody | unknown;
  readonly mediaType?: string;
  /** The step runs only when this holds; otherwise it is reported as not reached. */
  readonly when?: StepCondition;
  readonly poll?: PollSpec;
  readonly expect: StepExpectation;
}

export interface Workflow {
  readonly name: string;
  /** The file the workflow was read from, for messages. */
  readonly file?: string;
  readonly description?: string;
  readonly steps: readonly WorkflowStep[];
}
