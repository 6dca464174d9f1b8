/**
 * Logger options that keep personal data out of every line a pino logger writes.
 */

import type { LoggerOptions, SerializerFn } from 'pino';
import { maskField } from './mask-field.js';
import { redactValue, type SensitiveField } from './redact-value.js';

/** What {@link buildPinoRedaction} needs to know. */
export interface PinoRedactionOptions {
  /** The personal-data fields, usually from `collectPiiFields(spec)`. */
  fields?: readonly SensitiveField[];
  /** Serializers of your own, merged in; their output is redacted as well. */
  serializers?: Record<string, SerializerFn>;
}

/** The part of pino's options that the redaction sets. */
export type PinoRedaction = Required<Pick<LoggerOptions, 'formatters' | 'serializers' | 'redact'>>;

/** Serializers that mask top-level fields by name, where no formatter reaches (child bindings). */
function buildFieldSerializers(fields: readonly SensitiveField[]): Record<string, SerializerFn> {
  const serializers: Record<string, SerializerFn> = {};

  for (const { name, kind } of fields) {
    if (typeof name !== 'string') continue;
    serializers[name] = (value: unknown) =>
      typeof value === 'string' || typeof value === 'number'
        ? maskField(String(value), kind, 'log')
        : value;
  }
  return serializers;
}

/**
 * Builds pino options under which a logger never writes a card number, an INN or passport data.
 * Three layers, because pino passes different parts of a line through different hooks:
 * 1. `formatters.log` redacts each logged object, field names included;
 * 2. a serializer per named field masks child bindings, which skip the formatter;
 * 3. a top-level wildcard `redact` censor passes every value (message, bindings, errors, the
 *    output of any serializer) through the `log` policy.
 * Spread the result into the logger's options; formatters of your own must call these.
 *
 * @example
 * const logger = pino({ ...buildPinoRedaction({ fields: collectPiiFields(spec) }) }, stream);
 * logger.info({ inn: '7707083893' }, 'card 4111111111111111 declined');
 * // {"inn":"77********","msg":"card 411111******1111 declined", ...}
 */
export function buildPinoRedaction(options: PinoRedactionOptions = {}): PinoRedaction {
  const fields = options.fields ?? [];
  const redactLogged = (value: unknown) => redactValue(value, 'log', fields);

  return {
    formatters: { log: (object) => redactLogged(object) as Record<string, unknown> },
    serializers: { ...options.serializers, ...buildFieldSerializers(fields) },
    redact: { paths: ['*'], censor: redactLogged },
  };
}
