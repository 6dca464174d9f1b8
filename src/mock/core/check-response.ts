import type { CompiledContract } from '../../spec/compile.js';
import type { Language } from '../../rules/messages.js';
import type { OperationModel } from '../../spec/operations.js';
import { type CoreViolation, createViolation } from './core-messages.js';
import type { Reply } from './reply.js';

/**
 * Checks a reply against the spec: its status must be documented for the operation, its media
 * type among those of that response, and a JSON body must match the response schema. Replies
 * outside any operation (unknown path, wrong method) are checked against `fallbackSchemaRef`,
 * the spec's problem schema. Messages are English unless asked otherwise: first they are for the
 * server's log.
 */
export function checkReply(
  contract: CompiledContract,
  operation: OperationModel | undefined,
  reply: Reply,
  fallbackSchemaRef: string | undefined,
  language: Language = 'en',
): readonly CoreViolation[] {
  if (operation === undefined) {
    if (fallbackSchemaRef === undefined || reply.json === undefined) return [];
    return contract.validate(fallbackSchemaRef, reply.json, language);
  }

  const response = contract.findResponse(operation, reply.status);
  if (response === undefined) {
    return [createViolation('', 'undocumented_status', language, String(reply.status))];
  }
  if (response.content.length === 0) return [];

  const media = response.content.find((entry) => entry.mediaType === reply.contentType);
  if (media === undefined) {
    return [createViolation('', 'undocumented_media_type', language, String(reply.contentType))];
  }
  if (reply.json === undefined || media.schema === undefined) return [];
  return contract.validate(media.schemaRef, reply.json, language);
}

/** The schema of the first `application/problem+json` response in a spec, for replies outside operations. */
export function findProblemSchemaRef(contract: CompiledContract): string | undefined {
  for (const operation of contract.operations) {
    for (const response of operation.responses) {
      const media = response.content.find((entry) => entry.mediaType.endsWith('problem+json'));
      if (media !== undefined) return media.schemaRef;
    }
  }
  return undefined;
}
