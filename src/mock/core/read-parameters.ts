import { formatMessage, type Language } from '../../rules/messages.js';
import { coerceBySchema } from '../../spec/coerce.js';
import type { CompiledContract } from '../../spec/compile.js';
import type { OperationModel, ParameterModel } from '../../spec/operations.js';
import { type CoreViolation, createViolation } from './core-messages.js';

/** Where the raw values of a request's parameters come from. */
export interface RawParameters {
  readonly path: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string | undefined>>;
}

/** Parameters read into their declared types, and what was wrong with them. */
export interface ReadParameters {
  readonly query: Record<string, unknown>;
  readonly path: Record<string, unknown>;
  /** Values not of their type, or repeated: a 400. */
  readonly malformed: CoreViolation[];
  /** Values of their type that break a rule, or missing: a 422. */
  readonly invalid: CoreViolation[];
}

/**
 * Reads the path, query and header parameters an operation declares: each is coerced from its
 * text into the type its schema names and checked against that schema. Pointers name the
 * parameter (`/creditid`). Parameters the operation does not declare are ignored.
 */
export function readParameters(
  contract: CompiledContract,
  operation: OperationModel,
  raw: RawParameters,
  language: Language,
): ReadParameters {
  const read: ReadParameters = { query: {}, path: {}, malformed: [], invalid: [] };

  for (const parameter of operation.parameters) {
    const pointer = `/${parameter.name}`;
    const values = collectRaw(parameter, raw);

    if (values.length === 0) {
      if (parameter.required) {
        read.invalid.push({
          pointer,
          code: 'required',
          message: formatMessage('required', {}, language),
        });
      }
      continue;
    }
    if (values.length > 1) {
      read.malformed.push(createViolation(pointer, 'repeated_parameter', language));
      continue;
    }

    const value = coerceBySchema(values[0], parameter.schema);
    for (const violation of contract.validate(parameter.schemaRef, value, language)) {
      const located = { ...violation, pointer: `${pointer}${violation.pointer}` };
      (violation.code === 'type' ? read.malformed : read.invalid).push(located);
    }
    if (parameter.in === 'query') read.query[parameter.name] = value;
    if (parameter.in === 'path') read.path[parameter.name] = value;
  }
  return read;
}

function collectRaw(parameter: ParameterModel, raw: RawParameters): string[] {
  switch (parameter.in) {
    case 'query':
      return raw.query.getAll(parameter.name);
    case 'path':
      return listDefined(raw.path[parameter.name]);
    case 'header':
      return listDefined(raw.headers[parameter.name.toLowerCase()]);
    default:
      return [];
  }
}

function listDefined(value: string | undefined): string[] {
  return value === undefined ? [] : [value];
}
