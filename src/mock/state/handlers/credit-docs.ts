import {
  buildContract,
  type ContractDocument,
  renderContractPdf,
} from '../../../documents/index.js';
import type { HandlerResult, OperationHandler } from '../../types.js';
import { BORROWER_FIELDS, RECORD_FIELDS } from '../fields.js';
import { lastChange, readHistory } from '../lifecycle.js';
import { contractNotReady, creditNotFound, toProblemResult } from '../problems.js';
import type { CreditRecord, ProfileRecord } from '../records.js';
import { CONTRACT_STATUSES } from '../statuses.js';
import type { MockStore } from '../store.js';
import { type HandlerContext, readIntegerQuery } from './context.js';

const PDF = 'application/pdf';

/**
 * `creditdocs`: the loan contract of an approved (or later) credit, as JSON or, when the core
 * chose `application/pdf` from `Accept`, as a PDF. An unknown credit and a credit the INN does
 * not own are the same 404; a credit not approved yet, or rejected, is 409.
 */
export function createCreditDocsHandler(context: HandlerContext): OperationHandler {
  return async (request): Promise<HandlerResult> => {
    const { store } = context;
    const creditid = readIntegerQuery(request.query, RECORD_FIELDS.creditId);
    const owner = String(request.query[RECORD_FIELDS.ownerQuery]);
    const credit = store.credits.get(creditid);
    const profile = store.profiles.get(owner);
    if (credit === undefined || profile === undefined || !isOwnedBy(store, credit, owner)) {
      return toProblemResult(creditNotFound(creditid));
    }

    const history = readHistory(credit, context.clock.now());
    const status = lastChange(history).status;
    const approved = history.find((change) => change.status === 'approved');
    if (!CONTRACT_STATUSES.includes(status) || approved === undefined) {
      return toProblemResult(contractNotReady(status));
    }

    const contract = buildCreditContract(store, credit, profile, status, approved.at);
    if (request.responseMediaType === PDF) {
      const pdf = await renderContractPdf(contract);
      const filename = `${contract.contract_number}.pdf`;
      return { kind: 'binary', status: 200, contentType: PDF, body: new Uint8Array(pdf), filename };
    }
    return { kind: 'json', status: 200, body: contract };
  };
}

function isOwnedBy(store: MockStore, credit: CreditRecord, owner: string): boolean {
  return credit.application[store.fields.creditOwner] === owner;
}

/** The contract of a credit from its application and its client's profile. */
function buildCreditContract(
  store: MockStore,
  credit: CreditRecord,
  profile: ProfileRecord,
  status: string,
  approvedAt: string,
): ContractDocument {
  const { fields } = store;
  const application = credit.application;
  const text = (record: Readonly<Record<string, unknown>>, name: string): string =>
    String(record[name] ?? '');
  const borrower = Object.fromEntries(BORROWER_FIELDS.map((name) => [name, text(profile, name)]));
  return buildContract({
    creditid: Number(application[RECORD_FIELDS.creditId]),
    amount: text(application, fields.amount),
    term: text(application, fields.term),
    percent: text(application, fields.percent),
    purpose: text(application, fields.purpose),
    creditcard_masked: text(application, RECORD_FIELDS.cardMasked),
    card_last4: text(application, RECORD_FIELDS.cardLast4),
    approved_at: approvedAt,
    status,
    borrower: borrower as Record<(typeof BORROWER_FIELDS)[number], string>,
  });
}
