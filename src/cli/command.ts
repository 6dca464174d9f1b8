/** One `microf1` sub-command: a name, a line for the help, and a runner returning an exit code. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  run(argv: readonly string[]): Promise<number>;
}
