// Starting the servers under test as child processes, and stopping them.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A free port on 127.0.0.1, found by listening on port 0 and closing again. */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the bare baseline server; resolves with its port and the child process. */
export function startBaseline() {
  const child = spawn(process.execPath, [
    new URL('./baseline-server.js', import.meta.url).pathname,
  ]);
  return new Promise((resolve) => {
    child.stdout.once('data', (data) => resolve({ child, port: Number(String(data).trim()) }));
  });
}

/**
 * Starts the built mock CLI and polls it until it answers; resolves with the child, and the
 * time from spawn to the first answered request.
 */
export async function startMock(port) {
  const bin = new URL('../bin/microf1.js', import.meta.url).pathname;
  const started = performance.now();
  const child = spawn(process.execPath, [
    bin,
    'mock',
    '--port',
    String(port),
    '--log-level',
    'warn',
  ]);
  child.stderr.resume();
  child.stdout.resume();

  const url = `http://127.0.0.1:${port}/api/v1/status/credit?creditid=1`;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.status === 200) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
  return { child, firstAnswerMs: performance.now() - started };
}

/** Stops a child process and waits for it to exit. */
export function stop(child) {
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}
