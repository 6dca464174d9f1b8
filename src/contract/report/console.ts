import type { RunEvent } from '../run/context.js';
import type { ContractReport, CoverageRow } from '../types.js';
import { describeFailure } from './junit.js';

/** Where the console reporter writes: stderr in the CLI, so stdout stays clean for piping. */
export interface TextSink {
  write(text: string): unknown;
}

/**
 * Shows progress while a run goes: one line per suite with a mark per case (`.` passed, `F`
 * failed, `-` not reached) and its failure count. An operation's marks show as they come;
 * workflows run side by side, so each gets its whole line when it ends.
 */
export function createProgressPrinter(sink: TextSink): (event: RunEvent) => void {
  const held = new Map<string, string>();
  const write = (suite: string, text: string) => {
    const line = held.get(suite);
    if (line === undefined) sink.write(text);
    else held.set(suite, line + text);
  };
  return (event) => {
    if (event.type === 'suite-start') {
      const head = `${event.kind.padEnd(9)} ${event.name.padEnd(24)} `;
      if (event.kind === 'workflow') held.set(event.name, head);
      else sink.write(head);
    }
    if (event.type === 'case-end') write(event.suite, MARKS[event.status]);
    if (event.type === 'suite-end') {
      write(event.name, event.failed === 0 ? ' ok\n' : ` ${event.failed} failed\n`);
      const line = held.get(event.name);
      if (line !== undefined) sink.write(line);
      held.delete(event.name);
    }
  };
}

const MARKS = { passed: '.', failed: 'F', 'not-reached': '-' } as const;

/** The end-of-run text: every failure with its reproduction, what was not reached, coverage, totals. */
export function renderConsoleSummary(report: ContractReport): string {
  const lines: string[] = [''];

  for (const suite of report.suites) {
    for (const result of suite.cases) {
      if (result.status === 'failed') {
        lines.push(`✗ ${suite.name} › ${result.name}`);
        lines.push(
          ...describeFailure(result)
            .split('\n')
            .map((line) => `    ${line}`),
          '',
        );
      }
    }
  }
  const notReached = report.suites.flatMap((suite) =>
    suite.cases
      .filter((result) => result.status === 'not-reached')
      .map((result) => `  - ${suite.name} › ${result.name}: ${result.reason ?? ''}`),
  );
  if (notReached.length > 0) lines.push('Not reached:', ...notReached, '');
  lines.push(...renderSkipped(report.skipped));

  lines.push(...renderCoverage(report.coverage), '');
  const { summary } = report;
  const verdict = summary.failed === 0 ? 'PASSED' : 'FAILED';
  lines.push(
    `${verdict}: ${summary.passed} passed, ${summary.failed} failed, ${summary.notReached} not reached${describeUnchecked(summary.unchecked)} of ${summary.cases} cases; ${summary.checks} checks, ${summary.requests} requests in ${(report.durationMs / 1000).toFixed(1)} s`,
    `Replay with --seed ${report.seed}${describeClock(report)}`,
    '',
  );
  return lines.join('\n');
}

/** The cases no selected check ran on, when there are any. */
function describeUnchecked(count: number): string {
  return count === 0 ? '' : `, ${count} with no selected check`;
}

/** How many cases shown at most under "Skipped"; the JSON report lists them all. */
const SKIPPED_SHOWN = 10;

/** The cases the runner built but did not send, because it could not make them safely. */
function renderSkipped(skipped: readonly string[]): string[] {
  if (skipped.length === 0) return [];
  const lines = [`Skipped, not sent (${skipped.length}):`];
  lines.push(...skipped.slice(0, SKIPPED_SHOWN).map((line) => `  - ${line}`));
  if (skipped.length > SKIPPED_SHOWN) {
    lines.push(`  … and ${skipped.length - SKIPPED_SHOWN} more, listed in the JSON report`);
  }
  return [...lines, ''];
}

/** What the control API did to the target's clock, as it happened. */
function describeClock(report: ContractReport): string {
  if (!report.controlApi) return '';
  const { advanced, refused } = report.clock;
  if (advanced > 0 && refused === 0)
    return ` (the mock control API moved the clock ${advanced} times)`;
  if (advanced > 0)
    return ` (the mock control API moved the clock ${advanced} times and refused ${refused} times)`;
  if (refused > 0)
    return ` (the mock control API refused to move the clock ${refused} times; polls waited in real time)`;
  return ' (a mock control API answered; the clock was not moved)';
}

/** A table of operations by status: how often each was received, and what was never reached. */
export function renderCoverage(rows: readonly CoverageRow[]): string[] {
  const lines = ['Coverage (status: responses; never received; received but not declared):'];
  for (const row of rows) {
    const received = Object.entries(row.received)
      .map(([status, count]) => `${status}×${count}`)
      .join(' ');
    const missing = row.notReached.length === 0 ? '' : `  never: ${row.notReached.join(' ')}`;
    const extra =
      row.undocumented.length === 0 ? '' : `  undeclared: ${row.undocumented.join(' ')}`;
    lines.push(
      `  ${row.method.padEnd(5)} ${row.path.padEnd(24)} ${received || '(none)'}${missing}${extra}`,
    );
  }
  return lines;
}
