/** The control API under `/__mock/`: reset, listings, the clock, credit status, the journal. */
export { CONTROL_SPEC_URL, compileControlContract } from './control-contract.js';
export { type ControlContext, createControlHandlers } from './control-handlers.js';
