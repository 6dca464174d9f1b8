import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePhpForm } from '../../src/forms/index.js';
import { createMockServer, type MockServer } from '../../src/http/mock-server.js';
import { createCreditBody, createInn, createProfileBody } from './support/people.js';
import { send, sendJson } from './support/send.js';

const DAY_MS = 86_400_000;
let mock: MockServer;

beforeAll(async () => {
  mock = await createMockServer({ seed: 1, clock: 'manual', strict: true });
});
afterAll(() => mock.close());

describe('adduser', () => {
  it('creates a profile from JSON and answers it normalised', async () => {
    const body = createProfileBody();
    const created = await sendJson(mock, 'POST', '/v1/add/user', body);

    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      inn: body.inn,
      passport_series_blank: '4610',
      income: 48000,
    });
    expect(created.json.address_fact).toBe(body.address_reg);
    expect(created.json.userid).toBeGreaterThan(0);
  });

  it('creates a profile from a PHP form with bracket notation, integers coerced', async () => {
    const body = createProfileBody({ work_exp: 36 });
    const created = await send(mock, 'POST', '/v1/add/user', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: encodePhpForm(body),
    });

    expect(created.status).toBe(201);
    expect(created.json.passport_who_blank).toEqual(body.passport_who_blank);
    expect(created.json.income).toBe(48000);
    expect(created.json.work_exp).toBe(36);
  });
});

describe('addcredit and creditstatus', () => {
  it('files an application with the card masked and reports its status', async () => {
    const profile = await sendJson(mock, 'POST', '/v1/add/user', createProfileBody());
    const credit = createCreditBody(profile.json.inn);
    const filed = await sendJson(mock, 'POST', '/v1/add/credit', credit);

    expect(filed.status).toBe(201);
    expect(filed.json).toMatchObject({ status: 'new', percent: '0.5', inn: profile.json.inn });
    expect(filed.json.creditcard_masked).toBe(`220220******${credit.creditcard_number.slice(-4)}`);
    expect(filed.text).not.toContain(credit.creditcard_number);

    const status = await send(mock, 'GET', `/api/v1/status/credit?creditid=${filed.json.creditid}`);
    expect(status.status).toBe(200);
    expect(status.json).toMatchObject({ creditid: filed.json.creditid, status: 'new' });
  });

  it('files an application from a form', async () => {
    const profile = await sendJson(mock, 'POST', '/v1/add/user', createProfileBody());
    const filed = await send(mock, 'POST', '/v1/add/credit', {
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' },
      body: encodePhpForm(createCreditBody(profile.json.inn)),
    });
    expect(filed.status).toBe(201);
  });
});

describe('creditdocs', () => {
  async function fileApprovedCredit(): Promise<{ creditid: number; inn: string; fio: string }> {
    const profile = await sendJson(mock, 'POST', '/v1/add/user', createProfileBody());
    const filed = await sendJson(
      mock,
      'POST',
      '/v1/add/credit',
      createCreditBody(profile.json.inn),
      {
        prefer: 'scenario=approved',
      },
    );
    await sendJson(mock, 'POST', '/__mock/clock/advance', { ms: DAY_MS });
    return { creditid: filed.json.creditid, inn: profile.json.inn, fio: profile.json.fio };
  }

  it('answers the contract as JSON by default', async () => {
    const { creditid, inn } = await fileApprovedCredit();
    const contract = await send(mock, 'GET', `/api/v1/docs/credit?creditid=${creditid}&inn=${inn}`);

    expect(contract.status).toBe(200);
    expect(contract.json.creditid).toBe(creditid);
    expect(contract.json.borrower.inn).toBe(inn);
  });

  it('answers the contract as a PDF with the borrower and the contract number', async () => {
    const { creditid, inn, fio } = await fileApprovedCredit();
    const target = `/api/v1/docs/credit?creditid=${creditid}&inn=${inn}`;
    const json = await send(mock, 'GET', target);
    const pdf = await send(mock, 'GET', target, { headers: { accept: 'application/pdf' } });

    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.raw.subarray(0, 5).toString()).toBe('%PDF-');
    const parser = new PDFParse({ data: new Uint8Array(pdf.raw) });
    const { text } = await parser.getText();
    await parser.destroy();
    expect(text.replace(/\s+/g, ' ')).toContain(fio);
    expect(text).toContain(json.json.contract_number);
  });

  it('hides a credit behind a foreign INN as not found', async () => {
    const { creditid } = await fileApprovedCredit();
    const foreign = await send(
      mock,
      'GET',
      `/api/v1/docs/credit?creditid=${creditid}&inn=${createInn()}`,
    );
    expect(foreign.status).toBe(404);
  });
});
