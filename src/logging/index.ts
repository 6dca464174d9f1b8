/** The toolkit's logger: pino with personal data masked, pretty on a terminal. */
export { createLogger, LOG_LEVELS, type LoggerSetup } from './create-logger.js';
