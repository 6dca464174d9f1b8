import type { Command } from '../command.js';
import { specCommand } from './spec.js';

/** Every sub-command of `microf1`, in the order the help lists them. */
export const commands: readonly Command[] = [specCommand];
