import type { Command } from '../command.js';
import { mockCommand } from './mock.js';
import { specCommand } from './spec.js';

/**
 * A command whose module is imported only when it runs, so that its dependencies (the data
 * generators of `fixtures`, the contract runner of `test`) never slow the start of another
 * command, such as `mock`.
 */
function loadOnRun(
  name: string,
  summary: string,
  load: () => Promise<Pick<Command, 'run'>>,
): Command {
  return { name, summary, run: async (argv) => (await load()).run(argv) };
}

/** Every sub-command of `microf1`, in the order the help lists them. */
export const commands: readonly Command[] = [
  specCommand,
  mockCommand,
  loadOnRun(
    'fixtures',
    "write the mock's seeded data as JSON (or --check that a file is up to date)",
    async () => (await import('./fixtures.js')).fixturesCommand,
  ),
  loadOnRun(
    'test',
    'test an implementation against the contract over HTTP (exit 1 on failures)',
    async () => (await import('./test.js')).testCommand,
  ),
];
