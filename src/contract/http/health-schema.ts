import {
  type CompiledContract,
  compileContract,
  DEFAULT_SPEC_URL,
  loadSpec,
} from '../../spec/index.js';

/** The control spec, beside the MicroF1 spec: it defines what the mock's health answer holds. */
const CONTROL_SPEC_URL = new URL('mock-control.openapi.yaml', DEFAULT_SPEC_URL);
const HEALTH_REF = '#/components/schemas/Health';

let compiled: Promise<CompiledContract | undefined> | undefined;

/** Compiles the control spec once; `undefined` when it cannot be read. */
function loadControlContract(): Promise<CompiledContract | undefined> {
  compiled ??= loadSpec(CONTROL_SPEC_URL).then((loaded) =>
    loaded.ok ? compileContract(loaded.document) : undefined,
  );
  return compiled;
}

/**
 * Whether a health answer is the MicroF1 mock's: its body validates against the `Health` schema
 * of the control spec. When that spec cannot be read, nothing counts as the mock's.
 *
 * @example
 * await isHealth({ status: 'ok' }) // false: `now`, `uptime_ms` and the counts are missing
 */
export async function isHealth(body: unknown): Promise<boolean> {
  const contract = await loadControlContract();
  return contract !== undefined && contract.validate(HEALTH_REF, body, 'en').length === 0;
}
