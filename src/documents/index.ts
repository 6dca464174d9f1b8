/**
 * The loan contract of a credit, as JSON and as PDF: what the `creditdocs` operation answers.
 *
 * @example
 * import { buildContract, renderContractPdf } from './documents/index.js';
 * const contract = buildContract(input);
 * const pdf = await renderContractPdf(contract);
 */

/** Builds the contract document from a stored credit and its client. */
export { buildContract, formatContractNumber } from './build-contract.js';
/** The contract's input and output shapes. */
export type {
  ContractBorrower,
  ContractBorrowerInput,
  ContractCondition,
  ContractDocument,
  ContractInput,
  ContractParty,
  ContractStatus,
  FullCost,
  SchedulePayment,
} from './contract-types.js';
/** The lender every contract names. */
export { LENDER } from './lender.js';
/** Renders the contract as an A4 PDF with Cyrillic text. */
export { renderContractPdf } from './pdf/render-contract-pdf.js';
/** Schedule rules: one payment up to 30 days, then every 14 days; the interest cap. */
export {
  INTEREST_CAP_PERCENT,
  PAYMENT_PERIOD_DAYS,
  SINGLE_PAYMENT_MAX_DAYS,
} from './schedule.js';
