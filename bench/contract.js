// `npm run bench` (after the mock's figures): the full default contract suite against the local
// mock, run from the built code. Goal: under 10 s. Prints the time and checks per second.
import { findFreePort, stop } from './processes.js';
import { spawn } from 'node:child_process';

const GOAL_MS = 10_000;
const { runContract } = await import('../dist/contract/index.js');

const port = await findFreePort();
const bin = new URL('../bin/microf1.js', import.meta.url).pathname;
const child = spawn(process.execPath, [
  bin,
  'mock',
  '--port',
  String(port),
  '--clock',
  'manual',
  '--log-level',
  'warn',
]);
child.stdout.resume();
child.stderr.resume();
const baseUrl = `http://127.0.0.1:${port}`;
for (;;) {
  try {
    if ((await fetch(`${baseUrl}/__mock/health`)).ok) break;
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

try {
  const started = performance.now();
  const outcome = await runContract({ baseUrl, seed: 1 });
  const ms = Math.round(performance.now() - started);
  if (!outcome.ok) throw new Error(outcome.error);

  const { summary } = outcome.report;
  const perSecond = Math.round((summary.checks * 1000) / ms);
  const line = `| ${new Date().toISOString().slice(0, 10)} | contract suite vs local mock | ${(ms / 1000).toFixed(2)} s | ${summary.cases} cases, ${summary.requests} requests, ${summary.checks} checks | ${perSecond} checks/s | ${summary.failed} failed | ${ms < GOAL_MS ? 'under 10 s: yes' : 'under 10 s: NO'} |`;
  process.stdout.write(`${line}\n`);
  process.exitCode = ms < GOAL_MS && summary.failed === 0 ? 0 : 1;
} finally {
  await stop(child);
}
