import { describe, expect, it } from 'vitest';
import { compileContract } from '../../src/spec/compile.js';
import { loadSpec } from '../../src/spec/load.js';

const loaded = await loadSpec();
if (!loaded.ok) throw new Error(loaded.error);
// The examples are dated around 2026-12-04; measure ages on that day so the suite never ages out.
const contract = compileContract(loaded.document, { today: () => '2026-12-04' });

const mediaWithExamples = contract.operations.flatMap((operation) => {
  const bodies = (operation.requestBody?.content ?? []).map((media) => ({
    where: 'request',
    media,
  }));
  const responses = operation.responses.flatMap((response) =>
    response.content.map((media) => ({ where: `response ${response.status}`, media })),
  );
  return [...bodies, ...responses].map((entry) => ({ operation, ...entry }));
});

const examples = mediaWithExamples.flatMap(({ operation, where, media }) =>
  media.examples.map((example) => ({
    title: `${operation.operationId} ${where} ${media.mediaType} "${example.name}"`,
    media,
    example,
  })),
);

describe('the spec examples', () => {
  it('cover every request body and every success response', () => {
    for (const operation of contract.operations) {
      for (const media of operation.requestBody?.content ?? []) {
        expect(
          media.examples.length,
          `${operation.operationId} ${media.mediaType}`,
        ).toBeGreaterThan(0);
      }
      for (const response of operation.responses.filter((r) => r.status.startsWith('2'))) {
        const json = response.content.filter((media) => media.mediaType.endsWith('json'));
        for (const media of json) {
          expect(
            media.examples.length,
            `${operation.operationId} ${response.status}`,
          ).toBeGreaterThan(0);
        }
      }
    }
  });

  it('include invalid examples, each naming the rule it breaks', () => {
    const invalid = examples.filter(({ example }) => example.invalid !== undefined);
    expect(invalid.length).toBeGreaterThanOrEqual(4);
  });

  for (const { title, media, example } of examples) {
    if (example.invalid === undefined) {
      it(`${title} conforms to its schema`, () => {
        expect(contract.validate(media.schemaRef, example.value, 'en')).toEqual([]);
      });
    } else {
      const { pointer, code } = example.invalid;
      it(`${title} is refused for ${code} at ${pointer} and nothing else`, () => {
        const violations = contract.validate(media.schemaRef, example.value, 'en');
        expect(violations.map((v) => [v.pointer, v.code])).toEqual([[pointer, code]]);
      });
    }
  }
});

describe('dates in requests', () => {
  const adduser = contract.operation('adduser');
  const media = adduser?.requestBody?.content.find((m) => m.mediaType === 'application/json');
  const valid = media?.examples.find((example) => example.name === 'employed')?.value as object;

  it.each([
    ['0000-01-01', 'format'],
    ['2001-02-29', 'format'],
    ['1900-01-01', 'age_range'],
  ])('refuses the birth date %s with %s', (bdate, code) => {
    const violations = contract.validate(media?.schemaRef ?? '', { ...valid, bdate }, 'en');
    expect(violations.filter((v) => v.pointer === '/bdate').map((v) => v.code)).toEqual([code]);
  });
});

describe('the name of a client', () => {
  const adduser = contract.operation('adduser');
  const media = adduser?.requestBody?.content.find((m) => m.mediaType === 'application/json');
  const valid = media?.examples.find((example) => example.name === 'employed')?.value as object;
  const codesFor = (fio: string) =>
    contract
      .validate(media?.schemaRef ?? '', { ...valid, fio }, 'en')
      .filter((v) => v.pointer === '/fio')
      .map((v) => v.code);

  it.each([
    'Иванов Сергей',
    'Иванов Сергей Александрович',
    'Салтыков-Щедрин Михаил Евграфович',
    "О'Коннор Шон",
    'Мамедов Эльдар Гусейн оглы',
  ])('takes %j', (fio) => {
    expect(codesFor(fio)).toEqual([]);
  });

  it.each(['Иванов', 'Иванов  Сергей', ' Иванов Сергей', 'Иванов- Сергей', 'Иванов Сергей 2'])(
    'refuses %j',
    (fio) => {
      expect(codesFor(fio)).toEqual(['pattern']);
    },
  );
});
