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

/** Reads a credit's `CreditStatus` at an instant. */
export type CreditStatusReader = (
  credit: CreditRecord,
  now: Date,
) => Readonly<Record<string, unknown>>;

/**
 * A reader of `CreditStatus` views that gives back the same frozen view for as long as a credit
 * record is the same and no planned status has been reached since: a status polled again and
 * again is built once, and its answer can be reused whole by identity. Records are never changed
 * in place (a move stores a new one), so a record and an instant between two planned changes
 * determine the view.
 *
 * @example
 * const read = createCreditStatusReader();
 * read(credit, clock.now()) === read(credit, clock.now()); // true while nothing is planned in between
 */
export function createCreditStatusReader(): CreditStatusReader {
  const views = new WeakMap<CreditRecord, StatusWindow>();
  return (credit, now) => {
    const ms = now.getTime();
    const known = views.get(credit);
    if (known !== undefined && ms >= known.from && ms < known.until) return known.view;

    const view = Object.freeze(viewCreditStatus(credit, now));
    views.set(credit, { view, ...findStatusWindow(credit, ms) });
    return view;
  };
}

/** A view and the span of instants, [from, until), over which it holds. */
interface StatusWindow {
  readonly view: Readonly<Record<string, unknown>>;
  readonly from: number;
  readonly until: number;
}

/** The span around an instant in which a credit reaches no planned status. */
function findStatusWindow(credit: CreditRecord, ms: number): { from: number; until: number } {
  let from = Number.NEGATIVE_INFINITY;
  for (const change of credit.planned) {
    const at = Date.parse(change.at);
    if (at > ms) return { from, until: at };
    from = at;
  }
  return { from, until: Number.POSITIVE_INFINITY };
}
