/**
 * Logger options that keep personal data out of every line a pino logger writes.
 */

import { type LoggerOptions, type SerializerFn, stdSerializers } from 'pino';
import { redactText } from './redact-text.js';
import { redactValue, type SensitiveField } from './redact-value.js';

/** What {@link buildPinoRedaction} needs to know. */
export interface PinoRedactionOptions {
  /** The personal-data fields, usually from `collectPiiFields(spec)`. */
  fields?: readonly SensitiveField[];
  /** The logger's message key, when it is not `msg`. */
  messageKey?: string;
  /** Serializers of your own; their output is redacted as well. */
  serializers?: Record<string, SerializerFn>;
}

/** The part of pino's options that the redaction sets. */
export type PinoRedaction = Required<Pick<LoggerOptions, 'formatters' | 'serializers'>>;

/**
 * Builds pino options under which a logger never writes a card number, an INN or passport data:
 * the logged object, the child bindings, the message and every serializer's output (errors
 * included) pass through the `log` redaction policy. Spread the result into the logger's options;
 * if you need formatters of your own, call these inside them.
 *
 * @example
 * const logger = pino({ ...buildPinoRedaction({ fields: collectPiiFields(spec) }) }, stream);
 * logger.info({ inn: '7707083893' }, 'card 2202201234565895 declined');
 * // {"inn":"77********","msg":"card 220220******5895 declined", ...}
 */
export function buildPinoRedaction(options: PinoRedactionOptions = {}): PinoRedaction {
  const fields = options.fields ?? [];
  const redactObject = (value: unknown) =>
    redactValue(value, 'log', fields) as Record<string, unknown>;
  const redactAfter =
    (serialize: SerializerFn): SerializerFn =>
    (value) =>
      redactValue(serialize(value), 'log', fields);

  const serializers: Record<string, SerializerFn> = { err: redactAfter(stdSerializers.err) };
  for (const [key, serialize] of Object.entries(options.serializers ?? {})) {
    serializers[key] = redactAfter(serialize);
  }
  // The message may come from an error's own message, which no formatter sees.
  serializers[options.messageKey ?? 'msg'] = (message: unknown) =>
    typeof message === 'string' ? redactText(message, 'log') : message;

  return {
    formatters: { log: redactObject, bindings: redactObject },
    serializers,
  };
}
