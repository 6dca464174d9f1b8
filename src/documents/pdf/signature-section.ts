/**
 * The closing block of the contract: where both parties sign.
 */

import type { ContractDocument } from '../contract-types.js';
import { FONT } from './fonts.js';
import { CONTENT_WIDTH, PAGE, TYPE } from './layout.js';

const BLOCK_HEIGHT = 90;

/** Draws the lender's and the borrower's signature lines side by side. */
export function drawSignatures(doc: PDFKit.PDFDocument, contract: ContractDocument): void {
  if (doc.y + BLOCK_HEIGHT > PAGE.height - PAGE.margin) doc.addPage();

  doc.moveDown(1.5).font(FONT.bold).fontSize(TYPE.heading);
  doc.text('Подписи сторон', PAGE.margin, doc.y, { width: CONTENT_WIDTH });

  const columnWidth = (CONTENT_WIDTH - 20) / 2;
  const top = doc.y + 10;
  const parties = [
    { role: 'Кредитор', name: contract.lender.name, x: PAGE.margin },
    { role: 'Заемщик', name: contract.borrower.fio, x: PAGE.margin + columnWidth + 20 },
  ];

  for (const party of parties) {
    doc
      .font(FONT.bold)
      .fontSize(TYPE.body)
      .text(`${party.role}:`, party.x, top, { width: columnWidth });
    doc.font(FONT.regular).text(party.name, { width: columnWidth });
    doc.moveDown(1.5).text('____________________ / подпись', { width: columnWidth });
  }
}
