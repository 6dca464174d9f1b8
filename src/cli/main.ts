import { readFileSync } from 'node:fs';
import { commands } from './commands/index.js';

/** Runs the `microf1` command line and resolves to the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;

  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(renderHelp());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${readVersion()}\n`);
    return 0;
  }

  const command = commands.find((candidate) => candidate.name === name);
  if (command === undefined) {
    process.stderr.write(`microf1: unknown command "${name}". Run "microf1 --help".\n`);
    return 2;
  }
  return command.run(rest);
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
