import { buildOperations, loadSpec } from '../../spec/index.js';
import type { Command } from '../command.js';
import { parseFlags } from '../parse-flags.js';

const HELP = `Usage: microf1 spec [--spec FILE]

Prints the operations of an OpenAPI 3.1 spec (by default the MicroF1 contract): method, path,
operationId and the statuses each declares.

Options:
  --spec FILE   another spec
  -h, --help    show this help
`;

/** `microf1 spec`: prints the contract's operations, one line each. */
export const specCommand: Command = {
  name: 'spec',
  summary: 'print a summary of the MicroF1 contract (operations, paths, statuses)',
  async run(argv) {
    const parsed = parseFlags(argv, {
      spec: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (!parsed.ok) {
      process.stderr.write(`microf1 spec: ${parsed.error}. Run "microf1 spec --help".\n`);
      return 2;
    }
    const { values } = parsed;
    if (values.help === true) {
      process.stdout.write(HELP);
      return 0;
    }

    const loaded = await loadSpec(values.spec);
    if (!loaded.ok) {
      process.stderr.write(`microf1 spec: ${loaded.error}\n`);
      return 2;
    }
    const { info } = loaded.document;
    const lines = [`${info.title} ${info.version}`];
    for (const operation of buildOperations(loaded.document)) {
      const method = operation.method.toUpperCase().padEnd(6);
      const statuses = operation.responses.map((response) => response.status).join(' ');
      lines.push(
        `  ${method} ${operation.path.padEnd(24)} ${operation.operationId}  [${statuses}]`,
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  },
};
