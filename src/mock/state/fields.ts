import type { ContractBorrowerInput } from '../../documents/index.js';
import { type CompiledContract, findAnnotated, type JsonSchema } from '../../spec/index.js';

/**
 * Every field name the domain reads, in one place. The key fields are found in the spec by
 * their annotations; the rest are the spec's names for what the decision rule and the
 * contract need.
 */
export interface DomainFields {
  /** The profile field marked `x-microf1-unique: profile` (the INN). */
  readonly profileKey: string;
  /** The credit field marked `x-microf1-references: profile` (the owner's INN). */
  readonly creditOwner: string;
  /** The credit field marked `x-microf1-pii: card-number`; never stored. */
  readonly cardNumber: string;
  readonly birthDate: string;
  readonly income: string;
  readonly otherIncome: string;
  readonly addressReg: string;
  readonly addressFact: string;
  readonly amount: string;
  readonly term: string;
  readonly percent: string;
  readonly purpose: string;
}

/** The names the domain gives the fields it adds to stored records and reads from queries. */
export const RECORD_FIELDS = {
  userId: 'userid',
  creditId: 'creditid',
  createdAt: 'created_at',
  cardMasked: 'creditcard_masked',
  cardLast4: 'card_last4',
  /** The query parameter of `creditdocs` naming the owner. */
  ownerQuery: 'inn',
} as const;

/** The profile fields a contract's borrower is built from; the documents take the same names. */
export const BORROWER_FIELDS = [
  'fio',
  'inn',
  'bdate',
  'passport_series_blank',
  'passport_number_blank',
  'address_reg',
  'mobile_phone',
] as const satisfies readonly (keyof ContractBorrowerInput)[];

/** The operations the domain serves, by operationId. */
export const OPERATIONS = {
  addUser: 'adduser',
  addCredit: 'addcredit',
  creditStatus: 'creditstatus',
  creditDocs: 'creditdocs',
} as const;

/**
 * Reads the annotated key fields from the request schemas of `adduser` and `addcredit`. Throws
 * when the spec lacks one: the mock cannot run on such a spec.
 */
export function resolveDomainFields(contract: CompiledContract): DomainFields {
  const profile = requestSchema(contract, OPERATIONS.addUser);
  const credit = requestSchema(contract, OPERATIONS.addCredit);
  return {
    profileKey: findField(profile, 'x-microf1-unique', 'profile'),
    creditOwner: findField(credit, 'x-microf1-references', 'profile'),
    cardNumber: findField(credit, 'x-microf1-pii', 'card-number'),
    birthDate: 'bdate',
    income: 'income',
    otherIncome: 'other_income',
    addressReg: 'address_reg',
    addressFact: 'address_fact',
    amount: 'amount',
    term: 'term',
    percent: 'percent',
    purpose: 'purpose',
  };
}

/** The JSON schema of an operation's request body (its first media type). */
export function requestSchema(contract: CompiledContract, operationId: string): JsonSchema {
  const schema = contract.operation(operationId)?.requestBody?.content[0]?.schema;
  if (schema === undefined) {
    throw new Error(`the spec has no request body schema for the operation "${operationId}"`);
  }
  return schema;
}

function findField(schema: JsonSchema, keyword: string, value: string): string {
  for (const [name, annotation] of findAnnotated(schema, keyword)) {
    if (annotation === value) {
      return name;
    }
  }
  throw new Error(`the spec marks no request field with ${keyword}: ${value}`);
}
