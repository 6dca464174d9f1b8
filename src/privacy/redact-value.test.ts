import { describe, expect, it } from 'vitest';
import type { RedactionPolicy } from './redaction-policy.js';
import { redactValue, type SensitiveField } from './redact-value.js';

const FIELDS: readonly SensitiveField[] = [
  { name: 'creditcard_number', kind: 'card-number' },
  { name: 'inn', kind: 'inn' },
  { name: /^passport_number/, kind: 'passport-number' },
  { name: /^passport_series/, kind: 'passport-series' },
];

const PROFILE = {
  inn: '7704012340',
  fio: 'Иванова Мария Петровна',
  passport_series_blank: '4512',
  passport_number_blank: '123456',
  mobile_phone: '9031234567',
};

describe('redactValue', () => {
  it.each<[string, RedactionPolicy, unknown, unknown]>([
    [
      'a card field under every policy',
      'public',
      { creditcard_number: '2202201234565895', amount: '15000' },
      { creditcard_number: '220220******5895', amount: '15000' },
    ],
    [
      'a card field sent as a number',
      'public',
      { creditcard_number: 2202201234565895 },
      { creditcard_number: '220220******5895' },
    ],
    ['personal data kept under the public policy', 'public', PROFILE, PROFILE],
    [
      'INN and passport under the log policy',
      'log',
      PROFILE,
      {
        ...PROFILE,
        inn: '77********',
        passport_series_blank: '****',
        passport_number_blank: '******',
      },
    ],
    [
      'a card in a free-text field',
      'public',
      { comment: 'переведите на 4111 1111 1111 1111, пожалуйста' },
      { comment: 'переведите на 4111 11** **** 1111, пожалуйста' },
    ],
    [
      'a card in a URL inside a journal entry',
      'log',
      { request: { url: '/api/v1/docs/credit?creditid=1&card=5536910000123457' } },
      { request: { url: '/api/v1/docs/credit?creditid=1&card=553691******3457' } },
    ],
    [
      'cards inside nested arrays',
      'public',
      { batches: [[{ creditcard_number: '2200700012345673' }], ['card 4111111111111111']] },
      { batches: [[{ creditcard_number: '220070******5673' }], ['card 411111******1111']] },
    ],
    [
      'a card number that is a key',
      'public',
      { '4111111111111111': true },
      { '411111******1111': true },
    ],
    [
      'a bare card number as a JSON number',
      'public',
      [4111111111111111, 15000],
      ['411111******1111', 15000],
    ],
    [
      'an already masked card',
      'log',
      { creditcard_number: '220220******5895' },
      { creditcard_number: '220220******5895' },
    ],
    ['plain scalars', 'log', [null, true, 1.5, 'text'], [null, true, 1.5, 'text']],
  ])('masks %s', (_name, policy, input, expected) => {
    expect(redactValue(input, policy, FIELDS)).toEqual(expected);
  });

  it('never mutates its input', () => {
    const input = { profile: { ...PROFILE }, cards: ['4111111111111111'] };
    const snapshot = structuredClone(input);

    const output = redactValue(input, 'log', FIELDS);

    expect(input).toEqual(snapshot);
    expect(output).not.toBe(input);
  });

  it('turns errors and dates into their JSON form, redacted', () => {
    const error = Object.assign(new Error('card 4111111111111111 declined'), { code: 'E_CARD' });
    const output = redactValue({ err: error, at: new Date(Date.UTC(2026, 2, 1)) }, 'log') as {
      err: Record<string, unknown>;
      at: unknown;
    };

    expect(output.at).toBe('2026-03-01T00:00:00.000Z');
    expect(output.err).toMatchObject({ type: 'Error', code: 'E_CARD' });
    expect(output.err.message).toBe('card 411111******1111 declined');
    expect(JSON.stringify(output)).not.toContain('4111111111111111');
  });

  it('cuts cycles but copies shared references', () => {
    const shared = { note: 'x' };
    const looped: Record<string, unknown> = { a: shared, b: shared };
    looped.self = looped;

    expect(redactValue(looped, 'public')).toEqual({
      a: { note: 'x' },
      b: { note: 'x' },
      self: '[Circular]',
    });
  });
});
