import { readFile } from 'node:fs/promises';
import { validate } from '@readme/openapi-parser';
import { createConfig, lint } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_SPEC_URL } from '../../src/spec/load.js';

const specPath = DEFAULT_SPEC_URL.pathname;

describe('the MicroF1 spec', () => {
  it('is valid OpenAPI 3.1 for @readme/openapi-parser', async () => {
    const document = parse(await readFile(specPath, 'utf8'));
    const result = await validate(document);
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(document.openapi).toMatch(/^3\.1\./);
  });

  it('is refused by the same validator when it is broken', async () => {
    const document = parse(await readFile(specPath, 'utf8'));
    document.paths['/v1/add/user'].post.responses = 'none';
    const result = await validate(document);
    expect(result.valid).toBe(false);
  });

  it('passes the recommended rules of @redocly/openapi-core with no errors', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lint({ ref: specPath, config });
    const errors = problems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => `${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`);
    expect(errors).toEqual([]);
  });

  it('keeps the operations at the exact paths and operationIds of the document', async () => {
    const document = parse(await readFile(specPath, 'utf8'));
    const found = Object.entries(
      document.paths as Record<string, Record<string, { operationId: string }>>,
    ).flatMap(([path, item]) =>
      Object.entries(item).map(
        ([method, op]) => `${method.toUpperCase()} ${path} ${op.operationId}`,
      ),
    );
    expect(found).toEqual([
      'POST /v1/add/user adduser',
      'POST /v1/add/credit addcredit',
      'GET /api/v1/status/credit creditstatus',
      'GET /api/v1/docs/credit creditdocs',
    ]);
  });
});
