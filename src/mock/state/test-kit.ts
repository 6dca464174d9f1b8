/**
 * Builders for the domain's tests: a compiled contract dated on the manual clock's first day,
 * valid request bodies, and `ValidatedRequest` values checked and normalised as the core does.
 */
import { computeInn10CheckDigit, computeLuhnCheckDigit } from '../../rules/index.js';
import {
  type CompiledContract,
  compileContract,
  loadSpec,
  normalizeBySchema,
} from '../../spec/index.js';
import type { HandlerResult, ValidatedRequest } from '../types.js';
import { createMockState } from './create-mock-state.js';

/** The day of the manual clock's start, which the test contract measures ages on. */
export const TEST_TODAY = '2026-12-01';

let cached: CompiledContract | undefined;

/** The toolkit's spec, compiled once for all tests. */
export async function loadTestContract(): Promise<CompiledContract> {
  if (cached === undefined) {
    const loaded = await loadSpec();
    if (!loaded.ok) throw new Error(loaded.error);
    cached = compileContract(loaded.document, { today: () => TEST_TODAY });
  }
  return cached;
}

/** A valid INN from any number below a billion: nine digits and their check digit. */
export function makeInn(serial: number): string {
  const nine = String(serial).padStart(9, '0');
  return `${nine}${computeInn10CheckDigit(nine)}`;
}

/** A valid 16-digit card number with its Luhn check digit. */
export function makeCard(serial: number): string {
  const fifteen = `220220${String(serial).padStart(9, '0')}`;
  return `${fifteen}${computeLuhnCheckDigit(fifteen)}`;
}

/** A valid `adduser` body with the required fields, overridden as given. */
export function makeProfileBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    inn: makeInn(500_000_001),
    fio: 'Смирнова Ольга Петровна',
    bdate: '1990-11-02',
    passport_view: '21',
    passport_series_blank: '46 10',
    passport_number_blank: '004512',
    passport_who_blank: {
      issued_by: 'ГУ МВД России по Московской области',
      issued_on: '2010-11-20',
    },
    address_reg: '141002, Московская область, г. Мытищи, ул. Мира, д. 12, кв. 7',
    mobile_phone: '9031234567',
    work_post: 'office_employee',
    income: 48000,
    family_status: 'single',
    children: '0',
    ...overrides,
  };
}

/** A valid `addcredit` body, overridden as given. */
export function makeCreditBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    inn: makeInn(500_000_001),
    amount: '15000',
    term: '14',
    percent: '0,8',
    creditcard_number: makeCard(1),
    purpose: 'Покупка бытовой техники',
    ...overrides,
  };
}

/** What a test request carries besides its operation. */
export interface TestRequestParts {
  readonly body?: unknown;
  readonly query?: Readonly<Record<string, unknown>>;
  readonly headers?: Readonly<Record<string, string>>;
  readonly language?: 'ru' | 'en';
  readonly responseMediaType?: string;
}

/**
 * A request as the core hands it to a handler: the JSON body checked against the spec (a test
 * that builds an invalid one fails here) and normalised, the query checked.
 */
export function buildRequest(
  contract: CompiledContract,
  operationId: string,
  parts: TestRequestParts = {},
): ValidatedRequest {
  const operation = contract.operation(operationId);
  if (operation === undefined) throw new Error(`no operation ${operationId}`);
  const media = operation.requestBody?.content.find((m) => m.mediaType === 'application/json');
  let body: unknown;
  if (media !== undefined) {
    const violations = contract.validateRequestBody(operation, media, parts.body, 'en');
    if (violations.length > 0) throw new Error(`invalid test body: ${JSON.stringify(violations)}`);
    body = normalizeBySchema(parts.body, media.schema);
  }
  const query = parts.query ?? {};
  const queryViolations = contract.validateQuery(operation, query, 'en');
  if (queryViolations.length > 0)
    throw new Error(`invalid test query: ${JSON.stringify(queryViolations)}`);
  return {
    operation,
    body,
    query,
    headers: parts.headers ?? {},
    language: parts.language ?? 'ru',
    responseMediaType: parts.responseMediaType ?? 'application/json',
  };
}

/** The body of a JSON result; throws (failing the test) for any other kind. */
export function expectJson(result: HandlerResult, status: number): Record<string, unknown> {
  if (result.kind !== 'json' || result.status !== status) {
    throw new Error(`expected JSON ${status}, got ${JSON.stringify(result)}`);
  }
  return result.body as Record<string, unknown>;
}

/** A manual-clock mock state over the test contract, and a way to call its handlers. */
export async function createTestDomain(options: { seed?: number; stepDelayMs?: number } = {}) {
  const contract = await loadTestContract();
  const state = createMockState({ contract, clock: 'manual', ...options });
  async function call(operationId: string, parts: TestRequestParts = {}): Promise<HandlerResult> {
    const handler = state.handlers[operationId];
    if (handler === undefined) throw new Error(`no handler for ${operationId}`);
    return handler(buildRequest(contract, operationId, parts));
  }
  return { contract, state, call };
}
