import type { Command } from '../command.js';
import { fixturesCommand } from './fixtures.js';
import { mockCommand } from './mock.js';
import { specCommand } from './spec.js';
import { testCommand } from './test.js';

/** Every sub-command of `microf1`, in the order the help lists them. */
export const commands: readonly Command[] = [
  specCommand,
  mockCommand,
  fixturesCommand,
  testCommand,
];
