import type { OperationModel } from '../../spec/index.js';
import type { CoverageRow } from '../types.js';

/** Counts the statuses each operation answered with during a run. */
export interface CoverageTracker {
  record(operationId: string, status: number): void;
  /** One row per operation of the spec, in the spec's order. */
  rows(operations: readonly OperationModel[]): CoverageRow[];
}

/** Creates an empty tracker. */
export function createCoverageTracker(): CoverageTracker {
  const seen = new Map<string, Map<string, number>>();

  return {
    record(operationId, status) {
      const counts = seen.get(operationId) ?? new Map<string, number>();
      counts.set(String(status), (counts.get(String(status)) ?? 0) + 1);
      seen.set(operationId, counts);
    },
    rows(operations) {
      return operations.map((operation) => {
        const counts = seen.get(operation.operationId) ?? new Map<string, number>();
        const received = Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
        const declared = operation.responses.map((response) => response.status);
        return {
          operationId: operation.operationId,
          method: operation.method.toUpperCase(),
          path: operation.path,
          received,
          notReached: declared.filter((status) => !isCovered(status, counts)),
          undocumented: [...counts.keys()].filter((status) => !isDeclared(status, declared)),
        };
      });
    },
  };
}

/** Whether a declared status (`201`, `4XX`, `default`) was received. */
function isCovered(declared: string, counts: ReadonlyMap<string, number>): boolean {
  if (declared === 'default') return counts.size > 0;
  const range = /^([1-5])XX$/i.exec(declared);
  if (range) return [...counts.keys()].some((status) => status.startsWith(range[1] ?? ''));
  return counts.has(declared);
}

function isDeclared(status: string, declared: readonly string[]): boolean {
  return declared.some(
    (entry) => entry === status || entry === 'default' || entry.toUpperCase() === `${status[0]}XX`,
  );
}
