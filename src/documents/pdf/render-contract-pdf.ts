/**
 * The loan contract as a PDF: A4, Cyrillic text in DejaVu Sans, the full cost of credit framed on
 * the first page, the conditions and the schedule as tables, and the signatures.
 */

import { toUtcMidnight } from '../calendar.js';
import type { ContractDocument } from '../contract-types.js';
import { FONT, resolveFontFiles } from './fonts.js';
import { drawCostBox, drawTitleAndParties } from './header-sections.js';
import { PAGE, TYPE } from './layout.js';
import { drawSignatures } from './signature-section.js';
import { drawConditions, drawSchedule } from './table-sections.js';

/** pdfkit takes about a fifth of a second to load: it is loaded by the first render, not at start. */
let pdfkit: Promise<{ default: typeof import('pdfkit') }> | undefined;

/** Numbers every page at its foot: "Стр. 1 из 3". */
function drawPageNumbers(doc: PDFKit.PDFDocument): void {
  const range = doc.bufferedPageRange();

  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc.font(FONT.regular).fontSize(TYPE.small);
    doc.text(`Стр. ${index + 1} из ${range.count}`, PAGE.margin, PAGE.height - PAGE.margin / 2, {
      width: PAGE.width - 2 * PAGE.margin,
      align: 'right',
      lineBreak: false,
    });
  }
}

/** Collects everything a document writes into one buffer. */
function collectBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/**
 * Renders a contract as a PDF. The bytes depend only on the contract: the document's dates are
 * the contract date and no random identifier is written, so two renders are equal.
 *
 * @example
 * const pdf = await renderContractPdf(buildContract(input));
 * response.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf);
 */
export async function renderContractPdf(contract: ContractDocument): Promise<Buffer> {
  pdfkit ??= import('pdfkit') as unknown as Promise<{ default: typeof import('pdfkit') }>;
  const { default: PDFDocument } = await pdfkit;
  const created = toUtcMidnight(contract.contract_date);
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    bufferPages: true,
    lang: 'ru-RU',
    info: {
      Title: `Договор потребительского микрозайма № ${contract.contract_number}`,
      Author: contract.lender.name,
      Subject: 'Договор потребительского микрозайма',
      CreationDate: created,
      ModDate: created,
    },
  });
  const bytes = collectBytes(doc);

  const files = resolveFontFiles();
  doc.registerFont(FONT.regular, files.regular);
  doc.registerFont(FONT.bold, files.bold);

  // 1. The first page's top: the framed full cost beside the title and the parties.
  const boxBottom = drawCostBox(doc, contract);
  drawTitleAndParties(doc, contract);
  doc.y = Math.max(doc.y, boxBottom);

  // 2. The tables, then the signatures and page numbers.
  drawConditions(doc, contract);
  drawSchedule(doc, contract);
  drawSignatures(doc, contract);
  drawPageNumbers(doc);

  doc.end();
  return bytes;
}
