import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { compileContract } from '../../src/spec/compile.js';
import { loadSpec } from '../../src/spec/load.js';
import type { OperationModel } from '../../src/spec/operations.js';
import type { JsonSchema } from '../../src/spec/types.js';

/** One row of a field table of the source document: its Russian label and the field name. */
interface DocumentField {
  readonly label: string;
  readonly name: string;
}

/**
 * Reads the field tables of the source document, keyed by the operationId heading (`### adduser`)
 * above each table. Rows are `Название | Значение | Описание`; the last column is the field name.
 */
function readFieldTables(markdown: string): Map<string, DocumentField[]> {
  const tables = new Map<string, DocumentField[]>();
  let operationId: string | undefined;
  for (const line of markdown.split('\n')) {
    const heading = /^###\s+(\w+)/.exec(line);
    if (heading?.[1] !== undefined) {
      operationId = heading[1];
      tables.set(operationId, []);
      continue;
    }
    const cells = line.split('|').map((cell) => cell.trim());
    const [label, , name] = cells;
    if (
      operationId === undefined ||
      cells.length !== 3 ||
      label === undefined ||
      name === undefined
    )
      continue;
    if (label === 'Название' || label.startsWith('---') || name === '') continue;
    tables.get(operationId)?.push({ label, name });
  }
  return tables;
}

/** The schema the spec gives a field of an operation: a body property or a query parameter. */
function findFieldSchema(operation: OperationModel, name: string): JsonSchema | undefined {
  const body = operation.requestBody?.content[0]?.schema;
  const properties = (body?.properties ?? {}) as Record<string, JsonSchema>;
  const parameter = operation.parameters.find((candidate) => candidate.name === name);
  return properties[name] ?? parameter?.schema;
}

const markdown = await readFile(
  new URL('../../docs/source/microf1-api-docs.md', import.meta.url),
  'utf8',
);
const tables = readFieldTables(markdown);
const loaded = await loadSpec();
if (!loaded.ok) throw new Error(loaded.error);
const contract = compileContract(loaded.document);

describe('every field of the source document', () => {
  it('is read from the four tables of the document', () => {
    expect([...tables.keys()]).toEqual(['adduser', 'addcredit', 'creditstatus', 'creditdocs']);
    expect(tables.get('adduser')).toHaveLength(24);
    expect(tables.get('addcredit')).toHaveLength(6);
  });

  for (const [operationId, fields] of tables) {
    describe(operationId, () => {
      const operation = contract.operation(operationId);

      it('is an operation of the spec', () => {
        expect(operation?.operationId).toBe(operationId);
      });

      for (const { label, name } of fields) {
        it(`has ${name} titled "${label}" with a description`, () => {
          const schema = operation === undefined ? undefined : findFieldSchema(operation, name);
          expect(schema, `${name} is missing from ${operationId}`).toBeDefined();
          expect(schema?.title).toBe(label);
          expect(String(schema?.description ?? '').length).toBeGreaterThan(5);
        });
      }
    });
  }
});
