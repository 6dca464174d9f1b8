import { Writable } from 'node:stream';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, type MockServer } from '../../src/http/mock-server.js';
import { createLogger } from '../../src/logging/index.js';
import { collectPiiFields } from '../../src/privacy/index.js';
import { loadSpec } from '../../src/spec/load.js';
import { createCard, createCreditBody, createProfileBody } from './support/people.js';
import { send, sendJson } from './support/send.js';

const DAY_MS = 24 * 60 * 60 * 1000;
let mock: MockServer;
const logLines: string[] = [];

beforeAll(async () => {
  const loaded = await loadSpec();
  if (!loaded.ok) throw new Error(loaded.error);
  const destination = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const fields = collectPiiFields(loaded.document);
  const logger = createLogger({ level: 'info', destination, fields });
  mock = await createMockServer({ seed: 1, clock: 'manual', strict: true, logger });
});
afterAll(() => mock.close());

async function readPdfText(raw: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(raw) });
  const { text } = await parser.getText();
  await parser.destroy();
  return text;
}

describe('a card number typed into a free-text field', () => {
  it('is masked in the 201, the contract JSON and the contract PDF', async () => {
    const secret = createCard('411111111111111');
    const grouped = `${secret.slice(0, 4)} ${secret.slice(4, 8)} ${secret.slice(8, 12)} ${secret.slice(12)}`;
    const profile = await sendJson(mock, 'POST', '/v1/add/user', createProfileBody());
    const inn = profile.json.inn as string;
    const body = createCreditBody(inn, {
      comment: `переведите на ${grouped}`,
      purpose: `Карта ${secret}`,
    });
    const filed = await sendJson(mock, 'POST', '/v1/add/credit', body, {
      prefer: 'scenario=approved',
    });
    expect(filed.status).toBe(201);
    expect(filed.text).not.toContain(secret);
    expect(filed.text).not.toContain(grouped);
    expect(filed.json.purpose).toBe(`Карта ${secret.slice(0, 6)}******${secret.slice(-4)}`);
    // The card field itself still reaches the domain whole: its last four digits are the card's.
    const card = String(body.creditcard_number);
    expect(filed.json.creditcard_masked).toBe(`${card.slice(0, 6)}******${card.slice(-4)}`);

    await sendJson(mock, 'POST', '/__mock/clock/advance', { ms: DAY_MS });
    const target = `/api/v1/docs/credit?creditid=${filed.json.creditid}&inn=${inn}`;
    const contract = await send(mock, 'GET', target);
    expect(contract.status).toBe(200);
    expect(contract.text).not.toContain(secret);
    expect(contract.text).toContain(`Карта ${secret.slice(0, 6)}******${secret.slice(-4)}`);

    const pdf = await send(mock, 'GET', target, { headers: { accept: 'application/pdf' } });
    const text = (await readPdfText(pdf.raw)).replace(/\s+/g, '');
    expect(text).not.toContain(secret);
  });

  it('is masked in a form body too', async () => {
    const secret = createCard('553691234567890');
    const profile = await sendJson(mock, 'POST', '/v1/add/user', createProfileBody());
    const body = createCreditBody(profile.json.inn, { purpose: `card ${secret}` });
    const filed = await send(mock, 'POST', '/v1/add/credit', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(body as Record<string, string>).toString(),
    });
    expect(filed.status).toBe(201);
    expect(filed.text).not.toContain(secret);
  });
});

describe('a problem quoting what the client sent', () => {
  it('masks a card number used as the name of an unknown field', async () => {
    const secret = createCard('220220123456789');
    const profile = await sendJson(mock, 'POST', '/v1/add/user', createProfileBody());
    const body = { ...createCreditBody(profile.json.inn), [secret]: 1 };
    const refused = await sendJson(mock, 'POST', '/v1/add/credit', body);

    expect(refused.status).toBe(422);
    expect(refused.text).not.toContain(secret);
    const pointers = refused.json.errors.map((error: { pointer: string }) => error.pointer);
    expect(pointers).toContain(`/${secret.slice(0, 6)}******${secret.slice(-4)}`);

    const journal = await send(mock, 'GET', '/__mock/journal');
    expect(journal.text).not.toContain(secret);
  });

  it('masks a card number in a query parameter name or value of a refused request', async () => {
    const secret = createCard('220220987654321');
    const refused = await send(mock, 'GET', `/api/v1/status/credit?creditid=${secret}x`);
    expect(refused.status).toBe(400);
    expect(refused.text).not.toContain(secret);
  });
});

describe('the request log line', () => {
  it('masks every personal-data field of a query string, passport numbers included', async () => {
    const target =
      '/api/v1/docs/credit?creditid=1&inn=7704012340' +
      '&passport_number_blank=123456&passport_series_blank=4512';
    await send(mock, 'GET', target);
    const line = logLines.find((entry) => entry.includes('passport_number_blank'));

    expect(line).toBeDefined();
    expect(line).not.toContain('123456');
    expect(line).not.toContain('=4512');
    expect(line).not.toContain('7704012340');
    expect(line).toContain('passport_number_blank=******');

    const journal = await send(mock, 'GET', '/__mock/journal');
    expect(journal.text).not.toContain('123456');
  });
});

describe('numbers that only look like a card', () => {
  it.each([
    ['a passport and its division code', 'паспорт 8412 399991 578-345'],
    ['an INN and a KPP', 'ИНН/КПП 0476781416/596095369'],
    ['ranges of years', 'стаж: 2010-2011, 2017-2026'],
    ['a list of amounts', 'суммы 1000, 1000, 1000, 2000 руб.'],
  ])('come back as typed: %s', async (_name, text) => {
    const profile = await sendJson(mock, 'POST', '/v1/add/user', createProfileBody());
    const filed = await sendJson(
      mock,
      'POST',
      '/v1/add/credit',
      createCreditBody(profile.json.inn, { comment: text }),
    );
    expect(filed.status).toBe(201);
    expect(filed.json.comment).toBe(text);
  });

  it('but a grouped card with its CVV typed onto the last group is masked whole', async () => {
    const secret = createCard('220070001234567');
    const written = `${secret.match(/\d{4}/g)?.join(' ')}123`;
    const profile = await sendJson(mock, 'POST', '/v1/add/user', createProfileBody());
    const body = createCreditBody(profile.json.inn, { comment: `карта ${written}` });
    const filed = await sendJson(mock, 'POST', '/v1/add/credit', body);
    expect(filed.status).toBe(201);
    expect(filed.text.replace(/\D/g, '')).not.toContain(secret);
    expect(String(filed.json.comment).replace(/\D/g, '')).toBe(secret.slice(0, 6));
  });
});

describe('a form value that does not decode', () => {
  it('is named by its field in the problem, never quoted', async () => {
    const secret = createCard('220070001234567');
    const groups = secret.match(/\d{4}/g)?.join('+') ?? '';
    const answered = await send(mock, 'POST', '/v1/add/credit', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `comment=card+${groups}+%E2%84%96%`,
    });
    expect(answered.status).toBe(400);
    expect(answered.text.replace(/\D/g, '')).not.toContain(secret);
    expect(answered.json.errors[0].message).toContain('comment');
  });
});

describe('a card number written as people paste it', () => {
  const secret = createCard('220070001234567');
  const groups = [secret.slice(0, 4), secret.slice(4, 8), secret.slice(8, 12), secret.slice(12)];
  const fullwidth = secret.replace(/\d/g, (digit) => String.fromCharCode(0xff10 + Number(digit)));
  const writings = [
    ['no-break spaces', groups.join('\u00a0')],
    ['dots', groups.join('.')],
    ['slashes', groups.join('/')],
    ['underscores', groups.join('_')],
    ['double spaces', groups.join('  ')],
    ['commas and spaces', groups.join(', ')],
    ['fullwidth digits', fullwidth],
    ['plus signs', groups.join('+')],
    ['a hyphen, a space and a dot', `${groups[0]}-${groups[1]} ${groups[2]}.${groups[3]}`],
    ['zero-width spaces', groups.join('\u200b')],
    ['colons', groups.join(':')],
    ['bars', groups.join('|')],
    ['four spaces', groups.join('    ')],
  ];
  const digitsOf = (text: string) =>
    text.replace(/[\uff10-\uff19]/g, (digit) => String(digit.charCodeAt(0) - 0xff10));

  it.each(writings)('is masked in the answer when parted by %s', async (_name, written) => {
    const profile = await sendJson(mock, 'POST', '/v1/add/user', createProfileBody());
    const body = createCreditBody(profile.json.inn, { comment: `карта ${written}` });
    const filed = await sendJson(mock, 'POST', '/v1/add/credit', body);
    expect(filed.status).toBe(201);
    expect(filed.text).not.toContain(written);
    const kept = digitsOf(String(filed.json.comment)).replace(/\D/g, '');
    expect(kept).toBe(`${secret.slice(0, 6)}${secret.slice(-4)}`);
  });

  it('is masked in the log line and the journal however the target encodes it', async () => {
    const targets = [
      `/api/v1/status/credit?creditid=1&note=${groups.join('+')}`,
      `/api/v1/status/credit?creditid=1&note=${groups.join('%20')}`,
      `/api/v1/status/credit?creditid=1&note=${[...secret].map((d) => `%3${d}`).join('')}`,
      `/api/v1/stat/${groups.join('.')}`,
      `/api/v1/stat/${groups.join('%20')}`,
      `/api/v1/stat/${groups.join('+')}`,
      `/api/v1/stat/${groups.join('%2B')}`,
      `/api/v1/stat/${groups.join(':')}`,
    ];
    for (const target of targets) {
      const answered = await send(mock, 'GET', target);
      expect(answered.status).toBeLessThan(500);
      expect(digitsOf(decodeURIComponent(answered.text)).replace(/\D/g, '')).not.toContain(secret);
    }
    const journal = await send(mock, 'GET', '/__mock/journal');
    const seen = decodeURIComponent(journal.text.replaceAll('+', ' '));
    expect(seen.replace(/[^\d\n"]/g, '')).not.toContain(secret);
    const logged = decodeURIComponent(logLines.join('').replaceAll('+', ' '));
    expect(logged.replace(/[^\d\n"]/g, '')).not.toContain(secret);
  });
});
