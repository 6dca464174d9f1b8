import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { buildPinoRedaction } from './pino-redaction.js';
import type { SensitiveField } from './redact-value.js';

const FIELDS: readonly SensitiveField[] = [
  { name: 'creditcard_number', kind: 'card-number' },
  { name: 'inn', kind: 'inn' },
  { name: 'passport_number_blank', kind: 'passport-number' },
  { name: 'passport_series_blank', kind: 'passport-series' },
];

/** A logger that writes into memory, and a way to read its lines back. */
function createMemoryLogger(options = buildPinoRedaction({ fields: FIELDS })) {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = pino(options, stream);
  const readLines = () =>
    chunks
      .join('')
      .split('\n')
      .filter((line) => line !== '');
  return { logger, readLines };
}

describe('buildPinoRedaction', () => {
  it('masks card numbers, INNs and passport data in logged objects', () => {
    const { logger, readLines } = createMemoryLogger();

    logger.info(
      {
        body: {
          creditcard_number: '2202201234565899',
          inn: '7704012340',
          passport_series_blank: '4512',
          passport_number_blank: '123456',
        },
      },
      'application received',
    );

    const [line = ''] = readLines();
    expect(JSON.parse(line).body).toEqual({
      creditcard_number: '220220******5899',
      inn: '77********',
      passport_series_blank: '****',
      passport_number_blank: '******',
    });
    for (const secret of ['2202201234565899', '7704012340', '123456']) {
      expect(line).not.toContain(secret);
    }
  });

  it('masks messages, interpolated arguments and child bindings', () => {
    const { logger, readLines } = createMemoryLogger();
    const child = logger.child({ inn: '500100732259' });

    child.warn('card %s declined for %s', '4111111111111111', 'ИНН 7707083893');

    const [line = ''] = readLines();
    const entry = JSON.parse(line);
    expect(entry.msg).toBe('card 411111******1111 declined for ИНН 77********');
    expect(entry.inn).toBe('50**********');
  });

  it('masks child bindings by field name and by content, nested ones included', () => {
    const { logger, readLines } = createMemoryLogger();
    const child = logger.child({
      passport_number_blank: '123456',
      request: { creditcard_number: '2202201234565899', url: '/x?inn=7707083893' },
    });

    child.info('bound');

    const entry = JSON.parse(readLines()[0] ?? '');
    expect(entry.passport_number_blank).toBe('******');
    expect(entry.request).toEqual({
      creditcard_number: '220220******5899',
      url: '/x?inn=77********',
    });
  });

  it('masks errors, their message and stack included', () => {
    const { logger, readLines } = createMemoryLogger();

    logger.error(new Error('cannot charge 5536 9100 0012 3457'));
    logger.error({ err: new Error('card=2200700012345673 refused') }, 'payment failed');

    const [first = '', second = ''] = readLines();
    expect(JSON.parse(first).msg).toBe('cannot charge 5536 91** **** 3457');
    expect(first).not.toMatch(/5536 9100 0012 3457/);
    expect(JSON.parse(second).err.message).toBe('card=220070******5673 refused');
    expect(second).not.toContain('2200700012345673');
  });

  it('redacts the output of serializers of your own', () => {
    const options = buildPinoRedaction({
      fields: FIELDS,
      serializers: { req: (req: { url: string }) => ({ path: req.url }) },
    });
    const { logger, readLines } = createMemoryLogger(options);

    logger.info({ req: { url: '/pay?card=4111111111111111' } }, 'request');

    const [line = ''] = readLines();
    expect(JSON.parse(line).req).toEqual({ path: '/pay?card=411111******1111' });
  });
});
