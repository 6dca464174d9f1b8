import { describe, expect, it } from 'vitest';
import { fillTemplates } from './template.js';

const scope = { steps: { create: { status: 201, body: { creditid: 7, inn: '7704012340' } } } };

describe('fillTemplates', () => {
  it.each([
    ['{{steps.create.body.creditid}}', 7],
    ['{{ steps.create.body.inn }}', '7704012340'],
    [
      'credit {{steps.create.body.creditid}} of {{steps.create.body.inn}}',
      'credit 7 of 7704012340',
    ],
    ['{{steps.create.body}}', { creditid: 7, inn: '7704012340' }],
    [{ query: ['{{steps.create.status}}'] }, { query: [201] }],
    ['no template', 'no template'],
  ])('fills %j', (value, expected) => {
    expect(fillTemplates(value, scope)).toEqual({ ok: true, value: expected });
  });

  it('names the first reference it cannot read', () => {
    expect(fillTemplates({ a: '{{steps.missing.body.id}}' }, scope)).toEqual({
      ok: false,
      missing: 'steps.missing.body.id',
    });
  });
});
