import { describe, expect, it } from 'vitest';
import { countErrors } from './count-errors.js';
import { measureEditDistance } from './edit-distance.js';
import { parseContentType } from './media-type.js';
import { pickMediaType } from './negotiate.js';
import { pickLanguage } from './pick-language.js';
import { formatDisposition } from './responder.js';

const OFFERED = ['application/json', 'application/pdf'];

describe('pickMediaType', () => {
  it.each([
    [undefined, 'application/json'],
    ['', 'application/json'],
    ['*/*', 'application/json'],
    ['application/pdf', 'application/pdf'],
    ['application/*', 'application/json'],
    ['application/json;q=0.5, application/pdf', 'application/pdf'],
    ['application/pdf;q=0, */*', 'application/json'],
    ['text/html, */*;q=0.1', 'application/json'],
    ['APPLICATION/PDF', 'application/pdf'],
    ['text/html', undefined],
    ['application/json;q=0, application/pdf;q=0', undefined],
  ])('Accept %j picks %j', (accept, expected) => {
    expect(pickMediaType(accept, OFFERED)).toBe(expected);
  });
});

describe('pickLanguage', () => {
  it.each([
    [undefined, 'ru'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['ru-RU, en;q=0.8', 'ru'],
    ['en;q=0.3, ru', 'ru'],
    ['de, en;q=0.5', 'en'],
    ['*', 'ru'],
    ['fr', 'ru'],
    ['en;q=0', 'ru'],
    ['garbage;;;q=x', 'ru'],
  ])('Accept-Language %j speaks %j', (header, expected) => {
    expect(pickLanguage(header)).toBe(expected);
  });
});

describe('parseContentType', () => {
  it('reads the essence and the charset', () => {
    expect(parseContentType('Application/JSON; Charset="UTF-8"')).toEqual({
      essence: 'application/json',
      charset: 'utf-8',
    });
    expect(parseContentType(' ')).toBeUndefined();
  });
});

describe('measureEditDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['/v1/add/users', '/v1/add/user', 1],
    ['/api/v1/status/credit', '/api/v1/docs/credit', 5],
    ['kitten', 'sitting', 3],
  ])('%j to %j is %d', (from, to, distance) => {
    expect(measureEditDistance(from, to)).toBe(distance);
  });
});

describe('formatDisposition', () => {
  it.each([
    ['MF1-2026-000051.pdf', 'inline; filename="MF1-2026-000051.pdf"'],
    ['a "b".pdf', 'inline; filename="a \\"b\\".pdf"'],
    [
      'договор.pdf',
      `inline; filename="_______.pdf"; filename*=UTF-8''${encodeURIComponent('договор.pdf')}`,
    ],
  ])('names %j', (filename, expected) => {
    expect(formatDisposition(filename)).toBe(expected);
  });
});

describe('countErrors', () => {
  it.each([
    [1, 'В запросе 1 ошибка.'],
    [3, 'В запросе 3 ошибки.'],
    [5, 'В запросе 5 ошибок.'],
    [11, 'В запросе 11 ошибок.'],
    [21, 'В запросе 21 ошибка.'],
    [22, 'В запросе 22 ошибки.'],
    [112, 'В запросе 112 ошибок. Перечислены первые 100.'],
  ])('counts %i in Russian', (count, expected) => {
    expect(countErrors(count, 'ru')).toBe(expected);
  });
});
