import { dereference, resolvePointer, toPointer } from './resolve.js';
import { HTTP_METHODS, type HttpMethod, type JsonSchema, type OpenApiDocument } from './types.js';

/** A named example of a media type; `invalid` marks one that must be refused, and why. */
export interface ExampleModel {
  readonly name: string;
  readonly summary?: string;
  readonly value: unknown;
  readonly invalid?: { readonly pointer: string; readonly code: string };
}

/** One media type of a request body or response, with its schema and examples. */
export interface MediaModel {
  readonly mediaType: string;
  /** The schema with every `$ref` resolved. */
  readonly schema: JsonSchema | undefined;
  /** Where the schema stands in the document, for compiled validators. */
  readonly schemaRef: string;
  readonly examples: readonly ExampleModel[];
}

export interface ParameterModel {
  readonly name: string;
  readonly in: 'query' | 'header' | 'path' | 'cookie';
  readonly required: boolean;
  readonly schema: JsonSchema;
  readonly schemaRef: string;
  readonly example?: unknown;
}

export interface ResponseModel {
  /** The status code as the spec writes it: `'201'`, `'4XX'` or `'default'`. */
  readonly status: string;
  readonly description: string;
  readonly content: readonly MediaModel[];
  readonly headers: readonly string[];
}

/** An operation of the spec, resolved and ready for routing, validation and case generation. */
export interface OperationModel {
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly summary: string;
  readonly parameters: readonly ParameterModel[];
  readonly requestBody:
    | { readonly required: boolean; readonly content: readonly MediaModel[] }
    | undefined;
  readonly responses: readonly ResponseModel[];
  /** The operation object itself, dereferenced, for `x-` extensions and anything else. */
  readonly raw: Readonly<Record<string, unknown>>;
}

type Node = Record<string, unknown>;

/** Lists every operation of the document in the order the spec gives them. */
export function buildOperations(document: OpenApiDocument): OperationModel[] {
  const operations: OperationModel[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (typeof operation === 'object' && operation !== null) {
        operations.push(buildOperation(document, path, method, operation as Node, item as Node));
      }
    }
  }
  return operations;
}

function buildOperation(
  document: OpenApiDocument,
  path: string,
  method: HttpMethod,
  operation: Node,
  item: Node,
): OperationModel {
  const base = ['paths', path, method];
  const operationId =
    typeof operation.operationId === 'string' ? operation.operationId : `${method} ${path}`;
  const parameters = [
    ...listParameters(document, asArray(item.parameters), ['paths', path, 'parameters']),
    ...listParameters(document, asArray(operation.parameters), [...base, 'parameters']),
  ];

  return {
    operationId,
    method,
    path,
    summary: typeof operation.summary === 'string' ? operation.summary : '',
    parameters: mergeParameters(parameters),
    requestBody: buildRequestBody(document, operation.requestBody, [...base, 'requestBody']),
    responses: buildResponses(document, operation.responses, [...base, 'responses']),
    raw: dereference(operation, document),
  };
}

function listParameters(
  document: OpenApiDocument,
  entries: unknown[],
  at: string[],
): ParameterModel[] {
  return entries.map((entry, index) => {
    const [parameter, pointer] = follow(document, entry, toPointer([...at, String(index)]));
    const model: ParameterModel = {
      name: String(parameter.name),
      in: parameter.in as ParameterModel['in'],
      required: parameter.required === true,
      schema: dereference((parameter.schema ?? {}) as JsonSchema, document),
      schemaRef: `${pointer}/schema`,
    };
    return parameter.example === undefined ? model : { ...model, example: parameter.example };
  });
}

/** Operation-level parameters override path-level ones of the same name and place. */
function mergeParameters(parameters: ParameterModel[]): ParameterModel[] {
  const byKey = new Map<string, ParameterModel>();
  for (const parameter of parameters) {
    byKey.set(`${parameter.in}:${parameter.name.toLowerCase()}`, parameter);
  }
  return [...byKey.values()];
}

function buildRequestBody(
  document: OpenApiDocument,
  entry: unknown,
  at: string[],
): OperationModel['requestBody'] {
  if (entry === undefined) {
    return undefined;
  }
  const [body, pointer] = follow(document, entry, toPointer(at));
  return {
    required: body.required === true,
    content: buildContent(document, body.content, pointer),
  };
}

function buildResponses(document: OpenApiDocument, entry: unknown, at: string[]): ResponseModel[] {
  const responses = (entry ?? {}) as Node;
  return Object.keys(responses).map((status) => {
    const [response, pointer] = follow(document, responses[status], toPointer([...at, status]));
    return {
      status,
      description: typeof response.description === 'string' ? response.description : '',
      content: buildContent(document, response.content, pointer),
      headers: Object.keys((response.headers ?? {}) as Node),
    };
  });
}

function buildContent(document: OpenApiDocument, entry: unknown, pointer: string): MediaModel[] {
  const content = (entry ?? {}) as Node;
  return Object.keys(content).map((mediaType) => {
    const media = content[mediaType] as Node;
    const mediaPointer = `${pointer}/content/${mediaType.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    const schema =
      media.schema === undefined ? undefined : dereference(media.schema as JsonSchema, document);
    return {
      mediaType,
      schema,
      schemaRef: `${mediaPointer}/schema`,
      examples: buildExamples(document, media),
    };
  });
}

function buildExamples(document: OpenApiDocument, media: Node): ExampleModel[] {
  const examples = (media.examples ?? {}) as Node;
  const models = Object.entries(examples).map(([name, entry]) => {
    const [example] = follow(document, entry, '');
    const invalid = example['x-microf1-invalid'] as ExampleModel['invalid'];
    return {
      name,
      value: example.value,
      ...(typeof example.summary === 'string' ? { summary: example.summary } : {}),
      ...(invalid === undefined ? {} : { invalid }),
    };
  });
  if (media.example !== undefined) {
    models.push({ name: 'example', value: media.example });
  }
  return models;
}

/** Follows `$ref` chains of non-schema objects, returning the object and its own pointer. */
function follow(document: OpenApiDocument, entry: unknown, pointer: string): [Node, string] {
  let node = entry as Node;
  let at = pointer;
  while (typeof node.$ref === 'string') {
    at = node.$ref;
    node = resolvePointer(document, node.$ref) as Node;
  }
  return [node, at];
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
