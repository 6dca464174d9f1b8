/**
 * Numbers and dates written the Russian way for the printed contract and its condition texts.
 */

/**
 * Money "15000.50" as "15 000,50": thousands apart, a decimal comma.
 *
 * @example formatRuMoney('3600.00') // '3 600,00'
 */
export function formatRuMoney(money: string): string {
  const [whole = '0', fraction = '00'] = money.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ' ');
  return `${grouped},${fraction}`;
}

/**
 * Money "15000.50" as "15 000,50 руб.".
 *
 * @example formatRoubles('3600.00') // '3 600,00 руб.'
 */
export function formatRoubles(money: string): string {
  return `${formatRuMoney(money)} руб.`;
}

/** A decimal with a comma: "0.8" as "0,8". */
export function formatRuDecimal(decimal: string): string {
  return decimal.replace('.', ',');
}

/**
 * A YYYY-MM-DD date as DD.MM.YYYY.
 *
 * @example formatRuDate('2026-03-31') // '31.03.2026'
 */
export function formatRuDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}

/** "1 платёж", "2 платежа", "5 платежей": the noun agreed with its number. */
export function formatPaymentCount(count: number): string {
  const lastTwo = count % 100;
  const last = count % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return `${count} платежей`;
  if (last === 1) return `${count} платёж`;
  if (last >= 2 && last <= 4) return `${count} платежа`;
  return `${count} платежей`;
}
