import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import type { Command } from '../command.js';

const DEFAULT_SPEC = new URL('../../../spec/microf1.openapi.yaml', import.meta.url);

interface OperationSummary {
  operationId?: string;
  summary?: string;
}

/** `microf1 spec`: prints the contract's operations, one line each. */
export const specCommand: Command = {
  name: 'spec',
  summary: 'print a summary of the MicroF1 contract (operations, paths, statuses)',
  async run(argv) {
    const { values } = parseArgs({
      args: [...argv],
      options: { spec: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    });
    if (values.help === true) {
      process.stdout.write('Usage: microf1 spec [--spec FILE]\n');
      return 0;
    }
    const document = parse(readFileSync(values.spec ?? DEFAULT_SPEC, 'utf8')) as {
      info: { title: string; version: string };
      paths: Record<string, Record<string, OperationSummary & { responses?: object }>>;
    };
    const lines = [`${document.info.title} ${document.info.version}`];
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const statuses = Object.keys(operation.responses ?? {}).join(' ');
        lines.push(
          `  ${method.toUpperCase().padEnd(5)} ${path.padEnd(24)} ${operation.operationId ?? ''}  [${statuses}]`,
        );
      }
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  },
};
