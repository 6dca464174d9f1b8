import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { addMicroF1Rules } from '../rules/add-rules.js';
import type { Language } from '../rules/messages.js';
import { toViolations, type Violation } from '../rules/violations.js';
import {
  buildOperations,
  type MediaModel,
  type OperationModel,
  type ResponseModel,
} from './operations.js';
import type { OpenApiDocument } from './types.js';

// ajv-formats is CommonJS; its default export arrives wrapped under NodeNext.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/**
 * Keywords JSON Schema 2020-12 does not know: those of OpenAPI's schema dialect, and the top-level
 * fields of the document, which Ajv holds as one schema so that local references resolve.
 */
const OPENAPI_KEYWORDS = [
  ...['example', 'xml', 'externalDocs', 'discriminator'],
  ...['openapi', 'info', 'jsonSchemaDialect', 'servers', 'paths', 'webhooks', 'components'],
  ...['security', 'tags'],
];

const SPEC_ID = 'urn:microf1:spec';

export interface CompileOptions {
  /** The current day `YYYY-MM-DD` of the clock that date rules (ages) are measured by. */
  readonly today?: () => string;
}

/** The result of a check: every violation found, empty when the value conforms. */
export type Check = readonly Violation[];

/**
 * A spec compiled once: its operations, and validators for their parameters, bodies and
 * responses. The mock and the contract runner share it.
 */
export interface CompiledContract {
  readonly document: OpenApiDocument;
  readonly operations: readonly OperationModel[];
  operation(operationId: string): OperationModel | undefined;
  /** Checks a value against the schema at a local pointer of the document. */
  validate(schemaRef: string, value: unknown, language?: Language): Check;
  /** Checks a request body against the schema of one of the operation's media types. */
  validateRequestBody(
    operation: OperationModel,
    media: MediaModel,
    body: unknown,
    language?: Language,
  ): Check;
  /** Checks the query parameters, already read into their types, of an operation. */
  validateQuery(
    operation: OperationModel,
    query: Readonly<Record<string, unknown>>,
    language?: Language,
  ): Check;
  /** Finds the documented response for a status code: exact, then `4XX`, then `default`. */
  findResponse(operation: OperationModel, status: number): ResponseModel | undefined;
}

/**
 * Compiles a spec: every schema it references is compiled by Ajv (2020-12 dialect, formats, the
 * MicroF1 rules) the first time it is used, and kept.
 *
 * @example
 * const contract = compileContract(document, { today: () => '2026-12-04' });
 * const adduser = contract.operation('adduser');
 */
export function compileContract(
  document: OpenApiDocument,
  options: CompileOptions = {},
): CompiledContract {
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  const ajv = createAjv(today);
  ajv.addSchema(document as object, SPEC_ID);

  const operations = buildOperations(document);
  const byId = new Map(operations.map((operation) => [operation.operationId, operation]));
  const validators = new Map<string, ValidateFunction>();
  const queryValidators = new Map<string, ValidateFunction>();
  const foundResponses = new WeakMap<OperationModel, Map<number, ResponseModel | undefined>>();

  function validatorFor(schemaRef: string): ValidateFunction {
    let validator = validators.get(schemaRef);
    if (validator === undefined) {
      validator = ajv.compile({ $ref: `${SPEC_ID}${schemaRef}` });
      validators.set(schemaRef, validator);
    }
    return validator;
  }

  function run(validator: ValidateFunction, value: unknown, language: Language): Check {
    return validator(value) ? [] : toViolations(validator.errors ?? [], language);
  }

  return {
    document,
    operations,
    operation: (operationId) => byId.get(operationId),
    validate: (schemaRef, value, language = 'ru') => run(validatorFor(schemaRef), value, language),
    validateRequestBody: (_operation, media, body, language = 'ru') =>
      run(validatorFor(media.schemaRef), body, language),
    validateQuery(operation, query, language = 'ru') {
      let validator = queryValidators.get(operation.operationId);
      if (validator === undefined) {
        validator = ajv.compile(buildQuerySchema(operation));
        queryValidators.set(operation.operationId, validator);
      }
      return run(validator, query, language);
    },
    findResponse(operation, status) {
      // Asked once per answer: each operation's few statuses are looked up once.
      let found = foundResponses.get(operation);
      if (found === undefined) {
        found = new Map();
        foundResponses.set(operation, found);
      }
      if (!found.has(status)) found.set(status, findResponse(operation.responses, status));
      return found.get(status);
    },
  };
}

function createAjv(today: () => string): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictTypes: false,
    strictRequired: false,
  });
  addFormats(ajv);
  addMicroF1Rules(ajv, { today });
  for (const keyword of OPENAPI_KEYWORDS) {
    ajv.addKeyword({ keyword });
  }
  return ajv;
}

/** The query parameters of an operation as one object schema, each property a `$ref` to its own. */
function buildQuerySchema(operation: OperationModel): object {
  const query = operation.parameters.filter((parameter) => parameter.in === 'query');
  return {
    type: 'object',
    properties: Object.fromEntries(
      query.map((parameter) => [parameter.name, { $ref: `${SPEC_ID}${parameter.schemaRef}` }]),
    ),
    required: query.filter((parameter) => parameter.required).map((parameter) => parameter.name),
  };
}

function findResponse(
  responses: readonly ResponseModel[],
  status: number,
): ResponseModel | undefined {
  const exact = responses.find((response) => response.status === String(status));
  const range = responses.find(
    (response) => response.status.toUpperCase() === `${Math.floor(status / 100)}XX`,
  );
  return exact ?? range ?? responses.find((response) => response.status === 'default');
}
