/**
 * The first page's top: the full-cost box, the title, the place and date, and the parties.
 */

import type { ContractDocument } from '../contract-types.js';
import { CONTRACT_CITY } from '../lender.js';
import { formatRoubles, formatRuDate, formatRuDecimal } from '../ru-format.js';
import { FONT } from './fonts.js';
import { CONTENT_WIDTH, COST_BOX, PAGE, TYPE } from './layout.js';

/** Draws the framed full cost of credit in the top right corner; returns the box's bottom. */
export function drawCostBox(doc: PDFKit.PDFDocument, contract: ContractDocument): number {
  const x = PAGE.width - PAGE.margin - COST_BOX.size;
  const y = PAGE.margin;
  const inner = { x: x + 8, width: COST_BOX.size - 16 };
  const perYear = `${formatRuDecimal(contract.full_cost.percent_per_year)} %`;
  const centred = { width: inner.width, align: 'center' } as const;

  doc.lineWidth(1.5).rect(x, y, COST_BOX.size, COST_BOX.size).stroke();

  doc.font(FONT.bold).fontSize(TYPE.body);
  doc.text('ПОЛНАЯ СТОИМОСТЬ ЗАЙМА', inner.x, y + 26, centred);

  doc.moveDown(1.6).fontSize(TYPE.costValue).text(perYear, centred);
  doc.font(FONT.regular).fontSize(TYPE.small).text('процентов годовых', centred);

  doc.moveDown(1.6).font(FONT.bold).fontSize(TYPE.costValue);
  doc.text(formatRoubles(contract.full_cost.amount_rub), centred);
  doc.font(FONT.regular).fontSize(TYPE.small).text('в денежном выражении', centred);

  return y + COST_BOX.size;
}

/** Draws the title, the place and date and the parties to the left of the cost box. */
export function drawTitleAndParties(doc: PDFKit.PDFDocument, contract: ContractDocument): void {
  const width = CONTENT_WIDTH - COST_BOX.size - COST_BOX.gap;
  const { lender, borrower } = contract;

  doc.font(FONT.bold).fontSize(TYPE.title);
  doc.text(
    `Договор потребительского микрозайма № ${contract.contract_number}`,
    PAGE.margin,
    PAGE.margin,
    {
      width,
    },
  );

  doc.moveDown(0.5).font(FONT.regular).fontSize(TYPE.body);
  doc.text(`${CONTRACT_CITY}, ${formatRuDate(contract.contract_date)}`, { width });

  doc.moveDown(0.8).font(FONT.bold).text('Кредитор: ', { width, continued: true });
  doc
    .font(FONT.regular)
    .text(
      `${lender.name}, ИНН ${lender.inn}, ОГРН ${lender.ogrn}, регистрационный номер ` +
        `в реестре МФО ${lender.registry_number}, адрес: ${lender.address}.`,
    );

  doc.moveDown(0.5).font(FONT.bold).text('Заемщик: ', { width, continued: true });
  doc
    .font(FONT.regular)
    .text(
      `${borrower.fio}, дата рождения ${formatRuDate(borrower.bdate)}, ИНН ${borrower.inn}, ` +
        `паспорт серия ${borrower.passport_series} № ${borrower.passport_number}, адрес ` +
        `регистрации: ${borrower.address_reg}, телефон +7${borrower.mobile_phone}.`,
    );
}
