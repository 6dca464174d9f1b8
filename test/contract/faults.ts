import { computeInn10CheckDigit, isValidInn10 } from '../../src/rules/index.js';
import type { Fault, ProxiedRequest, ProxiedResponse } from './fault-proxy.js';

/** A planted defect, and the check of the runner that must name it. */
export interface PlantedFault {
  readonly name: string;
  readonly check: string;
  /** The response pointer the failure names, for a schema failure. */
  readonly pointer?: string;
  readonly fault: (targetUrl: string) => Fault;
}

const isPath = (request: ProxiedRequest, path: string) => request.url.split('?')[0] === path;
const isCreated = (response: ProxiedResponse) => response.status === 201;

/** Rewrites the JSON body of a response. */
function editJson(response: ProxiedResponse, edit: (body: Record<string, unknown>) => void): void {
  const body = JSON.parse(response.body) as Record<string, unknown>;
  edit(body);
  response.body = JSON.stringify(body);
}

function readJson(text: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** An INN with a valid check digit, from nine digits. */
function completeInn(payload: string): string {
  return `${payload}${computeInn10CheckDigit(payload)}`;
}

/**
 * A target that takes an INN with a wrong check digit as it is: the mock gets a corrected INN, and
 * the answer carries the bad one back, as a server that stored it would.
 */
export function acceptBadInn(): Fault {
  const isBadInn = (inn: unknown): inn is string =>
    typeof inn === 'string' && /^\d{10}$/.test(inn) && !isValidInn10(inn);
  return {
    request(request) {
      const body = isPath(request, '/v1/add/user') ? readJson(request.body) : undefined;
      if (body === undefined || !isBadInn(body.inn)) return undefined;
      body.inn = completeInn(body.inn.slice(0, 9));
      request.body = JSON.stringify(body);
      return undefined;
    },
    response(response, request) {
      const sent = isPath(request, '/v1/add/user') ? readJson(request.body) : undefined;
      if (sent === undefined || !isCreated(response) || !isBadInn(sent.inn)) return;
      editJson(response, (body) => (body.inn = sent.inn));
    },
  };
}

const problem500: ProxiedResponse = {
  status: 500,
  headers: { 'content-type': 'application/problem+json' },
  body: JSON.stringify({
    type: 'urn:microf1:problem:internal-error',
    title: 'Внутренняя ошибка',
    status: 500,
    detail: 'Сервер не смог обработать запрос.',
  }),
};

/** Twelve and more defects, one at a time, each named by the check that must catch it. */
export const PLANTED_FAULTS: readonly PlantedFault[] = [
  {
    name: 'a wrong success status (200 for a created profile)',
    check: 'status-documented',
    fault: () => ({
      response(response, request) {
        if (isPath(request, '/v1/add/user') && isCreated(response)) response.status = 200;
      },
    }),
  },
  {
    name: 'a missing required field (status_label)',
    check: 'response-schema',
    pointer: '/status_label',
    fault: () => ({
      response(response, request) {
        if (isPath(request, '/api/v1/status/credit') && response.status === 200) {
          editJson(response, (body) => delete body.status_label);
        }
      },
    }),
  },
  {
    name: 'a wrong type (creditid as a string)',
    check: 'response-schema',
    pointer: '/creditid',
    fault: () => ({
      response(response, request) {
        if (isPath(request, '/v1/add/credit') && isCreated(response)) {
          editJson(response, (body) => (body.creditid = String(body.creditid)));
        }
      },
    }),
  },
  {
    name: 'a wrong content type (text/plain status)',
    check: 'content-type',
    fault: () => ({
      response(response, request) {
        if (isPath(request, '/api/v1/status/credit') && response.status === 200) {
          response.headers['content-type'] = 'text/plain; charset=utf-8';
        }
      },
    }),
  },
  {
    name: 'invalid input accepted (INN check digit not checked)',
    check: 'invalid-input-refused',
    fault: () => ({
      request(request) {
        const body = isPath(request, '/v1/add/user') ? readJson(request.body) : undefined;
        const inn = body?.inn;
        if (
          body !== undefined &&
          typeof inn === 'string' &&
          /^\d{10}$/.test(inn) &&
          !isValidInn10(inn)
        ) {
          body.inn = completeInn(inn.slice(0, 9));
          request.body = JSON.stringify(body);
        }
        return undefined;
      },
    }),
  },
  {
    name: 'invalid input accepted and echoed (a bad INN check digit kept)',
    check: 'invalid-input-refused',
    fault: () => acceptBadInn(),
  },
  {
    name: 'a 500 on a valid edge case (the largest income)',
    check: 'no-server-error',
    fault: () => ({
      request(request) {
        const body = isPath(request, '/v1/add/user') ? readJson(request.body) : undefined;
        return body?.income === 99999 ? problem500 : undefined;
      },
    }),
  },
  {
    name: 'the card number leaked (echoed in the comment)',
    check: 'card-not-echoed',
    fault: () => ({
      response(response, request) {
        const sent = readJson(request.body);
        if (isPath(request, '/v1/add/credit') && isCreated(response) && sent !== undefined) {
          editJson(response, (body) => (body.comment = `карта ${String(sent.creditcard_number)}`));
        }
      },
    }),
  },
  {
    name: 'a duplicate INN accepted',
    check: 'duplicate-refused',
    fault: () => {
      const seen = new Set<string>();
      let counter = 0;
      return {
        request(request) {
          const body = isPath(request, '/v1/add/user') ? readJson(request.body) : undefined;
          const inn = body?.inn;
          if (body === undefined || typeof inn !== 'string' || !isValidInn10(inn)) return undefined;
          if (seen.has(inn)) {
            counter += 1;
            body.inn = completeInn(`99${String(counter).padStart(7, '0')}`);
            request.body = JSON.stringify(body);
          }
          seen.add(inn);
          return undefined;
        },
        response(response, request) {
          const sent = readJson(request.body);
          if (isPath(request, '/v1/add/user') && isCreated(response) && sent !== undefined) {
            editJson(response, (body) => (body.inn = sent.inn));
          }
        },
      };
    },
  },
  {
    name: 'a contract handed to a foreign INN',
    check: 'foreign-owner-refused',
    fault: (targetUrl) => ({
      async request(request) {
        if (!isPath(request, '/api/v1/docs/credit')) return undefined;
        const url = new URL(request.url, 'http://proxy');
        const credits = (await (await fetch(`${targetUrl}/__mock/credits`)).json()) as {
          creditid: number;
          inn: string;
        }[];
        const owner = credits.find(
          (credit) => String(credit.creditid) === url.searchParams.get('creditid'),
        );
        if (owner !== undefined) url.searchParams.set('inn', owner.inn);
        request.url = `${url.pathname}${url.search}`;
        return undefined;
      },
    }),
  },
  {
    name: 'a lost write (a created credit has no status)',
    check: 'write-read-back',
    fault: () => ({
      request(request) {
        if (!isPath(request, '/api/v1/status/credit') || !request.url.includes('creditid='))
          return undefined;
        const creditid = new URL(request.url, 'http://proxy').searchParams.get('creditid') ?? '';
        if (!/^\d+$/.test(creditid)) return undefined;
        return {
          status: 404,
          headers: { 'content-type': 'application/problem+json' },
          body: JSON.stringify({
            type: 'urn:microf1:problem:not-found',
            title: 'Не найдено',
            status: 404,
            detail: `Кредит ${creditid} не найден.`,
          }),
        };
      },
    }),
  },
  {
    name: 'errors not in problem+json',
    check: 'problem-json',
    fault: () => ({
      response(response) {
        if (response.status >= 400) response.headers['content-type'] = 'application/json';
      },
    }),
  },
  {
    name: 'a wrong date format (bdate as DD.MM.YYYY)',
    check: 'response-schema',
    pointer: '/bdate',
    fault: () => ({
      response(response, request) {
        if (isPath(request, '/v1/add/user') && isCreated(response)) {
          editJson(response, (body) => {
            const [year, month, day] = String(body.bdate).split('-');
            body.bdate = `${day}.${month}.${year}`;
          });
        }
      },
    }),
  },
  {
    name: 'an undocumented field in a closed schema',
    check: 'response-schema',
    pointer: '/internal_score',
    fault: () => ({
      response(response, request) {
        if (isPath(request, '/api/v1/status/credit') && response.status === 200) {
          editJson(response, (body) => (body.internal_score = 0.93));
        }
      },
    }),
  },
  {
    name: 'an unsupported media type accepted as JSON',
    check: 'invalid-input-refused',
    fault: () => ({
      request(request) {
        if (request.headers['content-type']?.startsWith('application/x-microf1-')) {
          request.headers['content-type'] = 'application/json';
        }
        return undefined;
      },
    }),
  },
  {
    name: 'a credit that stays new forever',
    check: 'decision-reached',
    fault: () => ({
      response(response, request) {
        if (isPath(request, '/api/v1/status/credit') && response.status === 200) {
          editJson(response, (body) => {
            const history = body.history as { at: string }[];
            body.status = 'new';
            body.status_label = 'Новая';
            body.history = history.slice(0, 1);
            body.updated_at = history[0]?.at;
            delete body.reason;
            delete body.reason_code;
          });
        }
      },
    }),
  },
  {
    name: 'a changed amount in a created credit',
    check: 'echo-consistent',
    pointer: '/amount',
    fault: () => ({
      response(response, request) {
        if (isPath(request, '/v1/add/credit') && isCreated(response)) {
          editJson(response, (body) => (body.amount = String(Number(body.amount) + 1)));
        }
      },
    }),
  },
  {
    name: 'a changed name in a created profile',
    check: 'echo-consistent',
    pointer: '/fio',
    fault: () => ({
      response(response, request) {
        if (isPath(request, '/v1/add/user') && isCreated(response)) {
          editJson(response, (body) => (body.fio = 'Петров Пётр Петрович'));
        }
      },
    }),
  },
  {
    name: 'a status label of another status',
    check: 'label-consistent',
    pointer: '/status_label',
    fault: () => ({
      response(response, request) {
        if (isPath(request, '/api/v1/status/credit') && response.status === 200) {
          editJson(
            response,
            (body) => (body.status_label = body.status === 'new' ? 'Одобрена' : 'Новая'),
          );
        }
      },
    }),
  },
  {
    name: 'last four digits of another card',
    check: 'card-mask-consistent',
    pointer: '/card_last4',
    fault: () => ({
      response(response, request) {
        if (isPath(request, '/v1/add/credit') && isCreated(response)) {
          editJson(
            response,
            (body) => (body.card_last4 = body.card_last4 === '1111' ? '2222' : '1111'),
          );
        }
      },
    }),
  },
  {
    name: 'a status history in reverse order',
    check: 'history-consistent',
    fault: () => ({
      response(response, request) {
        if (isPath(request, '/api/v1/status/credit') && response.status === 200) {
          editJson(response, (body) => {
            const history = body.history as unknown[];
            if (history.length > 1) body.history = [...history].reverse();
          });
        }
      },
    }),
  },
  {
    name: 'a status that moves back between two reads',
    check: 'history-consistent',
    fault: () => {
      const reads = new Map<string, number>();
      return {
        response(response, request) {
          if (!isPath(request, '/api/v1/status/credit') || response.status !== 200) return;
          const count = (reads.get(request.url) ?? 0) + 1;
          reads.set(request.url, count);
          if (count !== 2) return;
          editJson(response, (body) => {
            if (body.status !== 'new') return;
            const history = body.history as { status: string; at: string }[];
            body.status = 'in_review';
            body.status_label = 'На рассмотрении';
            body.history = [...history, { status: 'in_review', at: body.updated_at }];
          });
        },
      };
    },
  },
  {
    name: 'errors in English by default',
    check: 'default-language',
    fault: () => ({
      response(response) {
        if (response.status >= 400 && response.headers['content-type']?.includes('json')) {
          editJson(response, (body) => (body.title = 'Request refused'));
        }
      },
    }),
  },
];
