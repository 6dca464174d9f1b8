import { type CompiledContract, compileContract, type OpenApiDocument } from '../../spec/index.js';

/** Compiled contracts by spec document and by the day their date rules are measured on. */
const contracts = new WeakMap<OpenApiDocument, Map<string, CompiledContract>>();

/**
 * The spec's validators with date rules (ages, "not in the future") measured on a fixed day,
 * compiled once per document and day. Seeding and fixture checks use it, so that they depend
 * on no clock.
 */
export function getDatedContract(document: OpenApiDocument, day: string): CompiledContract {
  const byDay = contracts.get(document) ?? new Map<string, CompiledContract>();
  contracts.set(document, byDay);
  let contract = byDay.get(day);
  if (contract === undefined) {
    contract = compileContract(document, { today: () => day });
    byDay.set(day, contract);
  }
  return contract;
}

/** The schema pointer of an operation's response body for a status, in JSON. */
export function findResponseSchemaRef(
  contract: CompiledContract,
  operationId: string,
  status: number,
): string {
  const operation = contract.operation(operationId);
  const response = operation === undefined ? undefined : contract.findResponse(operation, status);
  const media = response?.content.find((item) => item.mediaType === 'application/json');
  if (media === undefined) {
    throw new Error(`the spec gives ${operationId} no JSON response for ${status}`);
  }
  return media.schemaRef;
}
