import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, type MockServer } from '../../src/http/mock-server.js';
import { createLogger } from '../../src/logging/index.js';
import { createCard, createCreditBody, createProfileBody } from './support/people.js';
import { type Received, send, sendJson } from './support/send.js';

let mock: MockServer;
const logLines: string[] = [];
const responses: Received[] = [];

beforeAll(async () => {
  const destination = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const logger = createLogger({ level: 'trace', destination });
  mock = await createMockServer({ seed: 1, clock: 'manual', strict: true, logger });
});
afterAll(() => mock.close());

async function keep(received: Promise<Received>): Promise<Received> {
  const answer = await received;
  responses.push(answer);
  return answer;
}

describe('a card number sent', () => {
  const card = createCard('553691234567890');

  it('never appears in a response, the journal or a log line', async () => {
    const profile = await keep(sendJson(mock, 'POST', '/v1/add/user', createProfileBody()));
    const inn = profile.json.inn as string;
    const body = createCreditBody(inn, { creditcard_number: card });

    await keep(sendJson(mock, 'POST', '/v1/add/credit', body));
    await keep(sendJson(mock, 'POST', '/v1/add/credit', { ...body, amount: 'много' }));
    await keep(
      sendJson(mock, 'POST', '/v1/add/credit', { ...body, creditcard_number: `${card}1` }),
    );
    await keep(send(mock, 'GET', `/api/v1/status/credit?creditid=${card}`));
    await keep(send(mock, 'GET', `/v1/add/credit/${card}`));
    await keep(
      send(mock, 'POST', '/v1/add/credit', {
        headers: { 'content-type': `text/${card}` },
        body: 'x',
      }),
    );
    await keep(
      send(mock, 'POST', '/v1/add/credit', {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `c=${card}%E0%A4%A`,
      }),
    );
    await keep(send(mock, 'GET', `/api/v1/docs/credit?creditid=1&inn=${inn}&card=${card}`));
    await keep(send(mock, 'GET', '/__mock/credits'));
    const journal = await keep(send(mock, 'GET', '/__mock/journal'));

    expect(journal.json.entries.length).toBeGreaterThan(5);
    for (const response of responses) expect(response.text).not.toContain(card);
    expect(logLines.length).toBeGreaterThan(5);
    for (const line of logLines) expect(line).not.toContain(card);
  });

  it('leaves INNs masked in the journal and the log', async () => {
    const profile = await sendJson(mock, 'POST', '/v1/add/user', createProfileBody());
    const inn = profile.json.inn as string;
    await send(mock, 'GET', `/api/v1/docs/credit?creditid=1&inn=${inn}`);

    const journal = await send(mock, 'GET', '/__mock/journal');
    expect(journal.text).not.toContain(inn);
    expect(journal.text).toContain(`${inn.slice(0, 2)}********`);
    expect(logLines.join('')).not.toContain(`inn=${inn}`);
  });
});

describe('the control API', () => {
  it('reports health and counts, lists profiles and credits', async () => {
    const health = await send(mock, 'GET', '/__mock/health');
    const profiles = await send(mock, 'GET', '/__mock/profiles');
    const credits = await send(mock, 'GET', '/__mock/credits');

    expect(health.json.status).toBe('ok');
    expect(profiles.json).toHaveLength(health.json.profiles);
    expect(credits.json).toHaveLength(health.json.credits);
  });

  it('resets the data and clears the journal', async () => {
    const before = await send(mock, 'GET', '/__mock/health');
    await sendJson(mock, 'POST', '/v1/add/user', createProfileBody());
    const reset = await send(mock, 'POST', '/__mock/reset');
    const journal = await send(mock, 'GET', '/__mock/journal');

    expect(reset.json.profiles).toBeLessThanOrEqual(before.json.profiles);
    // The reset itself is the first entry of the cleared journal.
    expect(journal.json.entries.map((entry: { path: string }) => entry.path)).toEqual([
      '/__mock/reset',
    ]);
  });

  it('records each request in the journal with its operation and violations', async () => {
    await send(mock, 'POST', '/__mock/reset');
    await send(mock, 'GET', '/api/v1/status/credit?creditid=abc');
    const journal = await send(mock, 'GET', '/__mock/journal');
    const entry = journal.json.entries.at(-1);

    expect(entry).toMatchObject({
      method: 'GET',
      operation_id: 'creditstatus',
      status: 400,
      violations: [{ pointer: '/creditid', code: 'type' }],
    });
  });

  it('refuses a status for an unknown credit and a status not in the list', async () => {
    const unknown = await sendJson(mock, 'POST', '/__mock/credits/999999/status', {
      status: 'approved',
    });
    const wrong = await sendJson(mock, 'POST', '/__mock/credits/1/status', { status: 'lost' });
    const notNumber = await sendJson(mock, 'POST', '/__mock/credits/abc/status', {
      status: 'approved',
    });
    expect([unknown.status, wrong.status, notNumber.status]).toEqual([404, 422, 400]);
  });

  it('answers an unknown control path with the nearest one', async () => {
    const received = await send(mock, 'GET', '/__mock/helth');
    expect(received.status).toBe(404);
    expect(received.json.nearest_path).toBe('/__mock/health');
  });
});

describe('CORS', () => {
  it('answers a preflight with the methods and headers a front end needs', async () => {
    const preflight = await send(mock, 'OPTIONS', '/v1/add/credit', {
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, prefer',
      },
      unchecked: true,
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(preflight.headers['access-control-allow-methods']).toContain('POST');
    const allowed = String(preflight.headers['access-control-allow-headers']).toLowerCase();
    for (const header of ['prefer', 'accept-language', 'content-type']) {
      expect(allowed).toContain(header);
    }
  });

  it('puts the CORS headers on every answer, problems included', async () => {
    const ok = await send(mock, 'GET', '/__mock/health');
    const problem = await send(mock, 'GET', '/nowhere');
    expect(ok.headers['access-control-allow-origin']).toBe('*');
    expect(problem.headers['access-control-allow-origin']).toBe('*');
  });
});
