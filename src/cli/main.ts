import { readFileSync } from 'node:fs';
import { commands } from './commands/index.js';
import { quoteValue } from './quote-value.js';

/** Runs the `microf1` command line and resolves to the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;

  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(renderHelp());
    return 0;
  }
  if (name === undefined) {
    process.stderr.write(renderHelp());
    return 2;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${readVersion()}\n`);
    return 0;
  }

  const command = commands.find((candidate) => candidate.name === name);
  if (command === undefined) {
    process.stderr.write(`microf1: unknown command ${quoteValue(name)}. Run "microf1 --help".\n`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    // A command reports what it expects as values; anything thrown is unexpected, and CI must
    // not read it as a contract failure (exit 1): one line, exit 2, the stack on request.
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.stderr.write(`microf1 ${name}: failed: ${detail}\n`);
    if (process.env.MICROF1_DEBUG === '1' && error instanceof Error) {
      process.stderr.write(`${error.stack}\n`);
    }
    return 2;
  }
}

function renderHelp(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    `microf1 ${readVersion()}: the MicroF1 lending API contract, mock server and contract tests`,
    '',
    'Usage: microf1 <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  -h, --help     show this help (or "microf1 <command> --help")',
    '  -v, --version  print the version',
    '',
  ].join('\n');
}

function readVersion(): string {
  const url = new URL('../../package.json', import.meta.url);
  const manifest = JSON.parse(readFileSync(url, 'utf8')) as { version: string };
  return manifest.version;
}
