import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { buildContract } from '../build-contract.js';
import type { ContractInput } from '../contract-types.js';
import { CONTRACT_INPUT } from '../test-kit.js';
import { renderContractPdf } from './render-contract-pdf.js';

const INPUT: ContractInput = { ...CONTRACT_INPUT, creditid: 17 };

async function extractText(data: Buffer): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: new Uint8Array(data) });
  try {
    const result = await parser.getText();
    // Lines wrap where the layout wants; the words are what matters.
    return { text: result.text.replace(/\s+/g, ' '), pages: result.total };
  } finally {
    await parser.destroy();
  }
}

describe('renderContractPdf', () => {
  it('prints the contract number, the parties and the full cost in Cyrillic', async () => {
    const pdf = await renderContractPdf(buildContract(INPUT));
    const { text } = await extractText(pdf);

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(text).toContain('Договор потребительского микрозайма № MF1-2026-000017');
    expect(text).toContain('Смирнова Анна Игоревна');
    expect(text).toContain('ООО МФК «МикроФ1»');
    expect(text).toContain('ПОЛНАЯ СТОИМОСТЬ ЗАЙМА');
    expect(text).toContain('292,000 % процентов годовых');
    expect(text).toContain('3 600,00 руб.');
    expect(text).toContain('Индивидуальные условия');
    expect(text).toContain('График платежей');
    expect(text).toContain('18 600,00');
    expect(text).toContain('220220******5899');
    expect(text).toContain('Подписи сторон');
  });

  it('spreads a long schedule over several numbered pages', async () => {
    const contract = buildContract({ ...INPUT, term: '365' });
    const { text, pages } = await extractText(await renderContractPdf(contract));

    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`Стр. ${pages} из ${pages}`);
    expect(text).toContain('01.03.2027');
    expect(text).toContain('19 500,00 руб.');
  });

  it('renders the same bytes for the same contract', async () => {
    const contract = buildContract({ ...INPUT, term: '100' });

    const first = await renderContractPdf(contract);
    const second = await renderContractPdf(structuredClone(contract));

    expect(first.equals(second)).toBe(true);
  });

  it('renders different bytes for a different contract', async () => {
    const first = await renderContractPdf(buildContract(INPUT));
    const second = await renderContractPdf(buildContract({ ...INPUT, creditid: 18 }));

    expect(first.equals(second)).toBe(false);
  });
});
