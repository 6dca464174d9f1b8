// `npm run bench`: the mock against a bare node:http baseline, measured in the same run.
// autocannon for 10 s at 50 connections per target, each run after a warm-up of its own at the
// same load that is not measured; run it while nothing else heavy runs.
import autocannon from 'autocannon';
import { findFreePort, startBaseline, startMock, stop } from './processes.js';
import { createProfileJson } from './profiles.js';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
/**
 * Every measured run is preceded by this much of the same load, not measured: the figures are
 * those of a running server, not of V8 compiling the code of a path on its first thousands of
 * requests (that start is what the first-answer goal measures). The baseline gets the same.
 */
const WARM_UP_S = Number(process.env.BENCH_WARM_UP_S ?? 2);
const CONNECTIONS = 50;
const PROFILES_CREATED_FOR_MEMORY = 100_000;
/** How long the server is left idle before its memory is read, as a user would look at it. */
const IDLE_BEFORE_MEMORY_MS = 2000;

function measure(url, options = {}) {
  const length = options.amount === undefined ? { duration: DURATION_S } : {};
  return autocannon({ url, connections: CONNECTIONS, ...length, ...options });
}

/** Warms a target up with `run` for `WARM_UP_S` seconds, then measures it with `run`. */
async function warmThenMeasure(run) {
  if (WARM_UP_S > 0) await run({ duration: WARM_UP_S });
  return run();
}

function getStatus(url, extra = {}) {
  return measure(`${url}/api/v1/status/credit?creditid=1`, extra);
}

function postProfiles(url, extra = {}) {
  return measure(url, {
    ...extra,
    requests: [
      {
        method: 'POST',
        path: '/v1/add/user',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: createProfileJson() }),
      },
    ],
  });
}

function summarise(name, result) {
  return {
    name,
    rps: Math.round(result.requests.average),
    p99: result.latency.p99,
    ok: result.non2xx === 0 && result.errors === 0,
    requests: result.requests.total,
  };
}

const baseline = await startBaseline();
const mockPort = await findFreePort();
const mock = await startMock(mockPort);
const baseUrl = `http://127.0.0.1:${baseline.port}`;
const mockUrl = `http://127.0.0.1:${mockPort}`;

const rows = [];
try {
  rows.push(summarise('baseline GET', await warmThenMeasure((extra) => getStatus(baseUrl, extra))));
  rows.push(
    summarise('mock GET creditstatus', await warmThenMeasure((extra) => getStatus(mockUrl, extra))),
  );
  rows.push(
    summarise('baseline POST', await warmThenMeasure((extra) => postProfiles(baseUrl, extra))),
  );
  const post = summarise(
    'mock POST adduser (new INN each)',
    await warmThenMeasure((extra) => postProfiles(mockUrl, extra)),
  );
  rows.push(post);

  // Memory after exactly the goal's count of created profiles, in a server of its own (the
  // timed runs create as many as their rate allows). Left idle for a moment, then read; nothing
  // forces a garbage collection the server would not run.
  const memoryPort = await findFreePort();
  const memoryMock = await startMock(memoryPort);
  const memoryUrl = `http://127.0.0.1:${memoryPort}`;
  let memory;
  try {
    await postProfiles(memoryUrl, { amount: PROFILES_CREATED_FOR_MEMORY });
    await new Promise((resolve) => setTimeout(resolve, IDLE_BEFORE_MEMORY_MS));
    memory = await (await fetch(`${memoryUrl}/__mock/health`)).json();
  } finally {
    await stop(memoryMock.child);
  }
  const { profiles, rss_bytes: rss } = memory;

  const [getBase, getMock, postBase] = rows;
  const lines = [
    `date: ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${DURATION_S} s at ${CONNECTIONS} connections after ${WARM_UP_S} s of warm-up`,
    '',
    '| target | req/s | p99 ms | all 2xx | requests |',
    '| --- | ---: | ---: | --- | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${row.rps} | ${row.p99} | ${row.ok ? 'yes' : 'NO'} | ${row.requests} |`,
    ),
    '',
    '| goal | measured | met |',
    '| --- | --- | --- |',
    `| GET at 50% or more of baseline | ${percent(getMock, getBase)} | ${mark(getMock.rps >= getBase.rps / 2)} |`,
    `| POST (full validation) at 25% or more of baseline | ${percent(post, postBase)} | ${mark(post.rps >= postBase.rps / 4)} |`,
    `| p99 under 10 ms | GET ${getMock.p99} ms, POST ${post.p99} ms | ${mark(getMock.p99 < 10 && post.p99 < 10)} |`,
    `| first answer within 500 ms of process start | ${Math.round(mock.firstAnswerMs)} ms | ${mark(mock.firstAnswerMs < 500)} |`,
    `| RSS under 150 MB after 100,000 created profiles | ${(rss / 2 ** 20).toFixed(1)} MB with ${profiles} profiles | ${mark(rss < 150 * 2 ** 20 && profiles >= PROFILES_CREATED_FOR_MEMORY)} |`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  await Promise.all([stop(baseline.child), stop(mock.child)]);
}

function percent(row, base) {
  return `${Math.round((100 * row.rps) / base.rps)}% (${row.rps} vs ${base.rps} req/s)`;
}

function mark(met) {
  return met ? 'yes' : 'no';
}
