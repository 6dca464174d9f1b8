import { REJECTIONS } from './decision.js';
import type { DomainFields } from './fields.js';
import { RECORD_FIELDS } from './fields.js';
import { lastChange, readHistory } from './lifecycle.js';
import type { CreditRecord } from './records.js';
import { STATUS_LABELS } from './statuses.js';

/**
 * The spec's `CreditStatus` of a credit at an instant. The reason of a rejection is given in
 * Russian, as the spec says, and only while the credit is rejected.
 */
export function viewCreditStatus(credit: CreditRecord, now: Date): Record<string, unknown> {
  const history = readHistory(credit, now);
  const last = lastChange(history);
  const view: Record<string, unknown> = {
    [RECORD_FIELDS.creditId]: credit.application[RECORD_FIELDS.creditId],
    status: last.status,
    status_label: STATUS_LABELS[last.status].ru,
    updated_at: last.at,
    history,
  };
  if (last.status === 'rejected') {
    const rejection = REJECTIONS[credit.rejection ?? 'manual'];
    view.reason = rejection.reason.ru;
    view.reason_code = rejection.code;
  }
  return view;
}

/** The spec's `CreditApplication` of a credit at an instant: the application and its status. */
export function viewCreditApplication(credit: CreditRecord, now: Date): Record<string, unknown> {
  const status = lastChange(readHistory(credit, now)).status;
  return { ...credit.application, status, status_label: STATUS_LABELS[status].ru };
}

/** A credit as the control API lists it: its `CreditStatus` with the owner and the terms. */
export function viewCreditSummary(
  credit: CreditRecord,
  now: Date,
  fields: DomainFields,
): Record<string, unknown> {
  const names = [fields.creditOwner, fields.amount, fields.term, fields.percent];
  const terms = Object.fromEntries(names.map((name) => [name, credit.application[name]]));
  return { ...viewCreditStatus(credit, now), ...terms };
}
