import { describe, expect, it } from 'vitest';
import { redactText } from './redact-text.js';

describe('redactText', () => {
  it.each([
    [
      'a card in a sentence',
      'Оплата картой 2202201234565899 отклонена',
      'Оплата картой 220220******5899 отклонена',
    ],
    [
      'a card in a query string',
      '/pay?card=4111111111111111&amount=100',
      '/pay?card=411111******1111&amount=100',
    ],
    ['a card grouped by spaces', 'card 2202 2012 3456 5899.', 'card 2202 20** **** 5899.'],
    ['a card grouped by hyphens', 'card 5536-9100-0012-3457', 'card 5536-91**-****-3457'],
    ['a 15-digit card', 'amex 378282246310005', 'amex 378282*****0005'],
    ['a 19-digit card', 'mir 2200770212727079660', 'mir 220077*********9660'],
    [
      'a card inside JSON text',
      '{"creditcard_number":"2200700012345673"}',
      '{"creditcard_number":"220070******5673"}',
    ],
    ['a card after other numbers', 'заявка 15 2202201234565899', 'заявка 15 220220******5899'],
    ['two cards', '4111111111111111,5536910000123457', '411111******1111,553691******3457'],
    [
      'a card grouped by no-break spaces',
      '2200\u00a07000\u00a01234\u00a05673',
      '2200\u00a070**\u00a0****\u00a05673',
    ],
    ['a card grouped by dots', '2200.7000.1234.5673', '2200.70**.****.5673'],
    ['a card grouped by slashes', '2200/7000/1234/5673', '2200/70**/****/5673'],
    ['a card grouped by commas', '2200, 7000, 1234, 5673', '2200, 70**, ****, 5673'],
    [
      'a card in fullwidth digits',
      '２２００７０００１２３４５６７３',
      '２２００７０******５６７３',
    ],
    ['a card grouped by plus signs', '/x/2200+7000+1234+5673', '/x/2200+70**+****+5673'],
    ['groups of four parted unlike', '2200 7000.1234-5673', '2200 70**.****-5673'],
    ['a card with a zero-width space', '22007000\u200b12345673', '220070**\u200b****5673'],
    [
      'a card with a soft hyphen',
      '2200\u00ad7000\u00ad1234\u00ad5673',
      '2200\u00ad70**\u00ad****\u00ad5673',
    ],
    ['a card run on into its CVV', 'card 4111111111111111123', 'card 411111*************'],
    ['a card grouped by colons', '2202:2012:3456:5899', '2202:20**:****:5899'],
    [
      'a card grouped by four spaces',
      '2202    2012    3456    5899',
      '2202    20**    ****    5899',
    ],
    ['a card grouped by bars', '4111|1111|1111|1111', '4111|11**|****|1111'],
    ['a card grouped by bullets', '4111•1111•1111•1111', '4111•11**•****•1111'],
    ['fours parted by anything', '4111 ~ 1111 ^ 1111 = 1111', '4111 ~ 11** ^ **** = 1111'],
    [
      'a grouped card with its CVV on the last group',
      'карта 2202 2012 3456 5899123',
      'карта 2202 20** **** *******',
    ],
    ['a card in two groups of eight', '22022012 34565899', '220220** ****5899'],
  ])('masks %s', (_name, input, expected) => {
    expect(redactText(input)).toBe(expected);
  });

  it.each([
    ['a number that fails Luhn', 'card 2202201234565895'],
    ['a 12-digit number', 'id 123456789012'],
    ['a 20-digit account number', 'счёт 40817810099910004312'],
    ['dates and amounts', 'с 2026-03-01 по 2026-03-31, 15000.00 руб.'],
    ['groups of other lengths parted unlike', '2026-03-31 1234.5673'],
    ['a list of statuses', 'declared: 201, 400, 406, 409, 413, 415, 422, 500'],
    ['a passport and its division code', 'паспорт 8412 399991 578-345'],
    ['an INN and a KPP', 'ИНН/КПП 0476781416/596095369'],
    ['a postcode and a phone number', '404843, 3967128553'],
    ['ranges of years', 'стаж: 2010-2011, 2017-2026'],
    ['a list of amounts', 'суммы 1000, 1000, 1000, 2000 руб.'],
    ['a Luhn-valid number no card network issues', 'номер 7000000000000005'],
    ['an INN under the public policy', 'ИНН 7707083893'],
  ])('leaves %s alone', (_name, input) => {
    expect(redactText(input)).toBe(input);
  });

  it.each([
    ['a 10-digit INN', 'ИНН 7707083893', 'ИНН 77********'],
    ['a 12-digit INN', 'inn=500100732259&x=1', 'inn=50**********&x=1'],
    ['an INN next to a card', '500100732259 4111111111111111', '50********** 411111******1111'],
  ])('masks %s under the log policy', (_name, input, expected) => {
    expect(redactText(input, 'log')).toBe(expected);
  });

  it('keeps numbers that fail the INN check under the log policy', () => {
    expect(redactText('ИНН 7707083894, паспорт 4512 123456', 'log')).toBe(
      'ИНН 7707083894, паспорт 4512 123456',
    );
  });
});
