import { clipText } from '../../common/clip-text.js';
import type { CaseResult, ContractReport, SuiteResult } from '../types.js';

/**
 * The report as JUnit XML, the shape CI systems render: a testsuite per operation or workflow, a
 * testcase per case, a `<failure>` per failed case (its checks and messages, the exchange and a
 * curl command in the body) and `<skipped>` for a case not reached, with the reason.
 *
 * @example await writeFile('reports/contract-junit.xml', renderJunit(report));
 */
export function renderJunit(report: ContractReport): string {
  const { summary } = report;
  const suites = report.suites.map(renderSuite).join('\n');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="microf1 contract" tests="${summary.cases}" failures="${summary.failed}" skipped="${summary.notReached}" time="${seconds(report.durationMs)}">`,
    suites,
    '</testsuites>',
    '',
  ].join('\n');
}

function renderSuite(suite: SuiteResult): string {
  const failed = suite.cases.filter((result) => result.status === 'failed').length;
  const skipped = suite.cases.filter((result) => result.status === 'not-reached').length;
  const name = `${suite.kind}: ${suite.name}`;
  return [
    `  <testsuite name="${escapeXml(name)}" tests="${suite.cases.length}" failures="${failed}" skipped="${skipped}" time="${seconds(suite.durationMs)}">`,
    ...suite.cases.map((result) => renderCase(suite, result)),
    '  </testsuite>',
  ].join('\n');
}

function renderCase(suite: SuiteResult, result: CaseResult): string {
  const open = `    <testcase classname="${escapeXml(`${suite.kind}.${suite.name}`)}" name="${escapeXml(result.name)}" time="${seconds(result.durationMs)}"`;
  if (result.status === 'passed') return `${open}/>`;
  if (result.status === 'not-reached') {
    return `${open}>\n      <skipped message="${escapeXml(`not reached: ${result.reason ?? ''}`)}"/>\n    </testcase>`;
  }
  const message = result.failures
    .map((failure) => `${failure.check}: ${failure.message}`)
    .join('; ');
  const types = [...new Set(result.failures.map((failure) => failure.check))].join(',');
  return [
    `${open}>`,
    `      <failure message="${escapeXml(message)}" type="${escapeXml(types)}">${escapeXml(describeFailure(result))}</failure>`,
    '    </testcase>',
  ].join('\n');
}

/** The text of a failure: each check, its violations, the exchange, the curl command. */
export function describeFailure(result: CaseResult): string {
  const lines: string[] = [];
  for (const failure of result.failures) {
    lines.push(`[${failure.check}] ${failure.message}`);
    for (const violation of failure.violations)
      lines.push(`  at "${violation.pointer}": ${violation.message}`);
  }
  const exchange = result.exchange;
  if (exchange !== undefined) {
    lines.push(`request: ${exchange.request.method} ${exchange.request.url}`);
    if (exchange.request.body !== undefined)
      lines.push(`  body: ${clip(JSON.stringify(exchange.request.body))}`);
    if (exchange.response !== undefined) {
      lines.push(
        `response: ${exchange.response.status} ${exchange.response.headers['content-type'] ?? ''}`,
      );
      lines.push(`  body: ${clip(JSON.stringify(exchange.response.body))}`);
    }
    lines.push(`reproduce: ${exchange.curl}`);
  }
  return lines.join('\n');
}

function clip(text: string | undefined): string {
  return text === undefined ? '' : clipText(text, 1500);
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

/** Characters XML 1.0 cannot hold: controls other than tab, line feed and carriage return. */
const XML_INVALID = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Escapes text for XML attributes and content; drops characters XML 1.0 cannot hold. */
function escapeXml(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
