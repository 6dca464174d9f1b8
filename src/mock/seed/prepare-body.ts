import {
  type CompiledContract,
  type MediaModel,
  normalizeBySchema,
  type OpenApiDocument,
} from '../../spec/index.js';
import { getDatedContract } from '../state/dated-contract.js';
import { SEED_VALID_ON } from './seed-plan.js';

const JSON_MEDIA = 'application/json';

/**
 * The contract seeded bodies are checked by: the spec's own validators, with date rules
 * measured on the day the seeded documents must be valid on (the manual clock's first day), so
 * the seed does not depend on any clock.
 */
export function getSeedContract(document: OpenApiDocument): CompiledContract {
  return getDatedContract(document, SEED_VALID_ON);
}

/** The JSON media type of an operation's request body, its schema resolved. */
export function findJsonBody(contract: CompiledContract, operationId: string): MediaModel {
  const operation = contract.operation(operationId);
  const media = operation?.requestBody?.content.find((item) => item.mediaType === JSON_MEDIA);
  if (media === undefined) {
    throw new Error(`the spec gives the operation "${operationId}" no JSON request body`);
  }
  return media;
}

/**
 * Checks a generated body exactly as the mock checks a request, and normalises it the same way.
 * A generated body the spec refuses is a bug of the generators: it throws, naming every
 * violation (pointers and codes only, never the values).
 */
export function prepareSeedBody(
  contract: CompiledContract,
  operationId: string,
  body: unknown,
): Record<string, unknown> {
  const operation = contract.operation(operationId);
  const media = findJsonBody(contract, operationId);
  const violations =
    operation === undefined ? [] : contract.validateRequestBody(operation, media, body, 'en');
  if (violations.length > 0) {
    const list = violations.map((violation) => `${violation.pointer} ${violation.code}`);
    throw new Error(`a seeded ${operationId} body is invalid: ${list.join('; ')}`);
  }
  return normalizeBySchema(body, media.schema) as Record<string, unknown>;
}
