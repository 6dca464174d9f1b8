import { expect } from 'vitest';
import type { MockServer } from '../../../src/http/mock-server.js';
import { compileControlContract } from '../../../src/mock/control/index.js';
import type { CompiledContract } from '../../../src/spec/compile.js';
import type { Received } from './send.js';

let control: CompiledContract | undefined;

/**
 * The test's own reading of the spec: the answer to a request must be a documented status of
 * its operation, in a documented media type, with a body valid against the response schema. An
 * answer outside every operation must be a problem valid against the spec's `Problem` schema.
 */
export function checkAgainstSpec(
  mock: MockServer,
  method: string,
  target: string,
  received: Received,
): void {
  const path = target.split('?')[0] ?? '';
  control ??= compileControlContract();
  const contract = path.startsWith('/__mock/') ? control : mock.contract;
  const operation = contract.operations.find(
    (candidate) => candidate.method === method.toLowerCase() && matchesPath(candidate.path, path),
  );
  const where = `${method} ${target} -> ${received.status}`;
  const mediaType = String(received.headers['content-type'] ?? '').split(';')[0];

  if (operation === undefined) {
    expect(mediaType, where).toBe('application/problem+json');
    expect(contract.validate('#/components/schemas/Problem', received.json, 'en'), where).toEqual(
      [],
    );
    return;
  }

  const response = contract.findResponse(operation, received.status);
  expect(response, `${where}: status not documented`).toBeDefined();
  if (response === undefined || response.content.length === 0) return;

  const media = response.content.find((entry) => entry.mediaType === mediaType);
  expect(media, `${where}: media type ${mediaType} not documented`).toBeDefined();
  if (media === undefined || received.json === undefined) return;
  expect(contract.validate(media.schemaRef, received.json, 'en'), where).toEqual([]);
}

function matchesPath(template: string, path: string): boolean {
  const pattern = template.replace(/\{[^}]+\}/g, '[^/]+');
  return new RegExp(`^${pattern}$`).test(path);
}
