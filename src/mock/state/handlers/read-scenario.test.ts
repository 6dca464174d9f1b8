import { describe, expect, it } from 'vitest';
import { readScenario } from './add-credit.js';

describe('readScenario', () => {
  it.each([
    ['scenario=rejected', 'rejected'],
    ['return=minimal, scenario=rejected', 'rejected'],
    ['scenario=overdue, respond-async', 'overdue'],
    ['SCENARIO=repaid', 'repaid'],
    ['scenario=REPAID', 'repaid'],
    ['scenario="issued"', 'issued'],
    ['scenario=approved; note=1', 'approved'],
    ['scenario=lost', undefined],
    ['return=minimal', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('reads %j as %j', (prefer, scenario) => {
    expect(readScenario(prefer)).toBe(scenario);
  });
});
