import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { assertMiddlewareOptions, assertMockServerOptions } from './check-server-options.js';

describe('assertMockServerOptions', () => {
  it('takes every option of the mock server when its value is allowed', () => {
    const options = {
      host: '::1',
      port: 0,
      spec: new URL('file:///spec.yaml'),
      document: {},
      seed: 2 ** 31 - 1,
      clock: 'manual',
      stepDelayMs: 100,
      data: {},
      dataFile: 'fixtures/default.json',
      strict: false,
      logger: pino({ level: 'silent' }),
      bodyLimitBytes: 1024,
      journalSize: 0,
    };

    expect(() => assertMockServerOptions(options)).not.toThrow();
    expect(() => assertMockServerOptions({ spec: 'spec/microf1.openapi.yaml' })).not.toThrow();
  });

  it.each([
    [null, TypeError, 'the options must be an object, not null'],
    [{ host: 127 }, TypeError, 'host must be a host name or an IP address, not 127'],
    [{ host: '  ' }, RangeError, 'host must be a host name or an IP address, not "  "'],
    [{ port: '4010' }, TypeError, 'port must be a whole number from 0 to 65535, not "4010"'],
    [{ port: Number.NaN }, RangeError, 'port must be a whole number from 0 to 65535, not NaN'],
    [{ clock: 1 }, TypeError, 'clock must be "real" or "manual", not 1'],
    [{ spec: '' }, RangeError, 'spec must be a file path, not ""'],
    [{ spec: 1 }, TypeError, 'spec must be a file path or a file URL, not 1'],
    [{ dataFile: [] }, TypeError, 'dataFile must be a file path, not an array'],
    [{ document: 'x' }, TypeError, 'document must be an OpenAPI document (an object), not "x"'],
    [{ data: [] }, TypeError, 'data must be fixtures (an object), not an array'],
    [{ logger: console }, TypeError, 'logger must be a pino logger, not an object'],
    [{ stepDelayMs: -5 }, RangeError, 'stepDelayMs is too small: at least 0, not -5'],
    [
      { bodyLimitBytes: 0.5 },
      RangeError,
      'bodyLimitBytes must be a whole number from 0 to 2147483647, not 0.5',
    ],
    [{ journalSize: 1e9 }, RangeError, 'journalSize is too big: at most 1000000, not 1000000000'],
    [{ sead: 1 }, TypeError, 'unknown option "sead"; did you mean "seed"?'],
    [
      { toString: 1 },
      TypeError,
      'unknown option "toString"; the options are host, port, spec, document, seed, clock, stepDelayMs, data, dataFile, strict, logger, bodyLimitBytes, journalSize',
    ],
  ])('refuses %j', (options, kind, message) => {
    expect(() => assertMockServerOptions(options)).toThrow(
      new kind(`Failed to start the mock: ${message}`),
    );
  });

  it('lists the options when an unknown one is near none of them', () => {
    expect(() => assertMockServerOptions({ listenBacklog: 5 })).toThrow(
      /^Failed to start the mock: unknown option "listenBacklog"; the options are host, port, spec,/,
    );
  });
});

describe('assertMiddlewareOptions', () => {
  it("takes the mock's options, or a core made already", () => {
    expect(() => assertMiddlewareOptions({ seed: 2, clock: 'manual', strict: true })).not.toThrow();
    const core = { respond: () => undefined };
    expect(() => assertMiddlewareOptions({ core })).not.toThrow();
  });

  it('refuses what the mock server refuses, and where to listen, which is not its to choose', () => {
    expect(() => assertMiddlewareOptions({ clock: 'bogus' })).toThrow(
      /^Failed to set up the MicroF1 middleware: clock must be "real" or "manual"/,
    );
    expect(() => assertMiddlewareOptions({ port: 4010 })).toThrow(TypeError);
    expect(() => assertMiddlewareOptions({ core: {} })).toThrow(/core must be a mock core/);
  });

  it('is checked when the middleware is made, not at its first request', async () => {
    const { microf1Middleware } = await import('./express-middleware.js');
    expect(() => microf1Middleware({ seed: -1 })).toThrow(RangeError);
  });
});
