/**
 * The two tables of the contract: the individual conditions and the payment schedule.
 */

import type { ContractDocument } from '../contract-types.js';
import { formatMoney, parseKopecks } from '../decimal.js';
import { formatRuDate, formatRuMoney } from '../ru-format.js';
import { FONT } from './fonts.js';
import { CONTENT_WIDTH, PAGE, TYPE } from './layout.js';

const CELL_STYLE = { padding: 4, border: 0.5 } as const;

/** A header cell: bold, shaded. */
function headerCell(text: string) {
  return { text, font: { src: FONT.bold }, backgroundColor: '#eeeeee' };
}

/** Room for a heading, a table's header row and its first rows, kept together on one page. */
const KEEP_TOGETHER = 110;

/** Draws a section heading at the left margin, on a new page if its table would not start here. */
export function drawHeading(doc: PDFKit.PDFDocument, text: string): void {
  if (doc.y + KEEP_TOGETHER > PAGE.height - PAGE.margin) doc.addPage();

  doc.moveDown(1).font(FONT.bold).fontSize(TYPE.heading);
  doc.text(text, PAGE.margin, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.4).font(FONT.regular).fontSize(TYPE.table);
}

/** Draws the table of individual conditions. */
export function drawConditions(doc: PDFKit.PDFDocument, contract: ContractDocument): void {
  drawHeading(doc, 'Индивидуальные условия договора потребительского микрозайма');

  doc.table({
    columnStyles: [24, 190, '*'],
    defaultStyle: CELL_STYLE,
    data: [
      [headerCell('№'), headerCell('Условие'), headerCell('Содержание условия')],
      ...contract.conditions.map((row) => [String(row.number), row.name, row.value]),
    ],
  });
}

/** Draws the payment schedule, with a total row. */
export function drawSchedule(doc: PDFKit.PDFDocument, contract: ContractDocument): void {
  drawHeading(doc, 'График платежей');
  const right = { ...CELL_STYLE, align: { x: 'right' as const, y: 'top' as const } };

  const principal = parseKopecks(contract.amount) ?? 0n;
  const interest = parseKopecks(contract.full_cost.amount_rub) ?? 0n;

  doc.table({
    columnStyles: [
      24,
      90,
      { width: '*', ...right },
      { width: '*', ...right },
      { width: '*', ...right },
    ],
    defaultStyle: CELL_STYLE,
    data: [
      [
        headerCell('№'),
        headerCell('Дата платежа'),
        headerCell('Основной долг, руб.'),
        headerCell('Проценты, руб.'),
        headerCell('Сумма платежа, руб.'),
      ],
      ...contract.schedule.map((payment) => [
        String(payment.number),
        formatRuDate(payment.due_date),
        formatRuMoney(payment.principal),
        formatRuMoney(payment.interest),
        formatRuMoney(payment.total),
      ]),
      [
        '',
        headerCell('Итого'),
        headerCell(formatRuMoney(formatMoney(principal))),
        headerCell(formatRuMoney(formatMoney(interest))),
        headerCell(formatRuMoney(formatMoney(principal + interest))),
      ],
    ],
  });
}
