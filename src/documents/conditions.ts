/**
 * The table of individual conditions of a consumer microloan contract, in the order Russian law
 * lists them (Federal Law 353-FZ, article 5, part 9), in Russian.
 */

import type { ContractCondition, ContractDocument } from './contract-types.js';
import { formatPaymentCount, formatRoubles, formatRuDate, formatRuDecimal } from './ru-format.js';
import { INTEREST_CAP_PERCENT, PAYMENT_PERIOD_DAYS } from './schedule.js';

/** The contract without its conditions, which are derived from the rest. */
export type ContractTerms = Omit<ContractDocument, 'conditions'>;

const NOT_APPLICABLE = 'Не применимо';

/** Describes how many payments there are, how large and how often. */
function describePayments(terms: ContractTerms): string {
  const [first] = terms.schedule;
  const last = terms.schedule.at(-1);
  if (!first || !last) return 'Согласно графику платежей';

  if (terms.schedule.length === 1) {
    return `Один платёж в размере ${formatRoubles(first.total)} ${formatRuDate(first.due_date)}`;
  }
  return (
    `${formatPaymentCount(terms.schedule.length)} каждые ${PAYMENT_PERIOD_DAYS} дней, ` +
    `последний ${formatRuDate(last.due_date)}; размер каждого платежа указан в графике платежей`
  );
}

/** Builds the numbered table of individual conditions. */
export function buildConditions(terms: ContractTerms, purpose?: string): ContractCondition[] {
  const last = terms.schedule.at(-1);
  const dueDate = last ? formatRuDate(last.due_date) : '';
  const rate = formatRuDecimal(terms.percent_per_day);
  const perYear = formatRuDecimal(terms.full_cost.percent_per_year);

  const rows: Array<[name: string, value: string]> = [
    ['Сумма кредита (займа)', formatRoubles(terms.amount)],
    [
      'Срок действия договора, срок возврата кредита (займа)',
      `Договор действует до полного исполнения обязательств. Срок возврата займа — ` +
        `${terms.term_days} дн., не позднее ${dueDate}`,
    ],
    ['Валюта, в которой предоставляется кредит (заем)', 'Российский рубль'],
    ['Процентная ставка', `${rate} % в день (${perYear} % годовых)`],
    ['Порядок определения курса иностранной валюты', NOT_APPLICABLE],
    ['Количество, размер и периодичность (сроки) платежей', describePayments(terms)],
    [
      'Порядок изменения платежей при частичном досрочном возврате',
      'Проценты начисляются на фактический остаток долга; размер следующих платежей уменьшается',
    ],
    [
      'Способы исполнения заемщиком обязательств',
      'Банковской картой в личном кабинете, переводом по реквизитам кредитора, ' +
        'через платёжных агентов; бесплатный способ — перевод по реквизитам кредитора',
    ],
    ['Обязанность заемщика заключить иные договоры', NOT_APPLICABLE],
    ['Обязанность заемщика по предоставлению обеспечения', NOT_APPLICABLE],
    ['Цели использования заемщиком кредита (займа)', purpose ?? 'Не установлены'],
    [
      'Ответственность заемщика за ненадлежащее исполнение договора',
      'Неустойка 20 % годовых на сумму просроченного основного долга; ' +
        'проценты на эту сумму за время просрочки продолжают начисляться',
    ],
    [
      'Уступка кредитором третьим лицам прав (требований) по договору',
      'Допускается, если заемщик не запретил её при заключении договора',
    ],
    ['Согласие заемщика с общими условиями договора', 'Заемщик ознакомлен и согласен'],
    ['Услуги, оказываемые кредитором за отдельную плату', NOT_APPLICABLE],
    [
      'Способ обмена информацией между кредитором и заемщиком',
      `Личный кабинет, SMS на номер +7${terms.borrower.mobile_phone}, почта по адресу регистрации`,
    ],
    [
      'Способ предоставления займа',
      `Перечисление на банковскую карту заемщика ${terms.creditcard_masked}`,
    ],
    [
      'Ограничение начислений',
      `Проценты, неустойка и иные платежи не начисляются сверх ${INTEREST_CAP_PERCENT} % ` +
        'суммы займа',
    ],
  ];

  return rows.map(([name, value], index) => ({ number: index + 1, name, value }));
}
