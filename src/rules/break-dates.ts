import type { RuleBreak } from './break-rules.js';
import type { RuleContext, SchemaNode } from './check-node.js';
import { getAgeInYears, getAnniversary } from './age.js';
import { addDays, type CalendarDate, formatIsoDate, parseIsoDate } from './iso-date.js';
import { resolveJsonPointer } from './json-pointer.js';
import type { AgeRule } from './keyword-age.js';
import type { AnniversaryRule } from './keyword-dates.js';

/** 30 February of the valid value's year, for a `date` node. */
export function breakDateFormat(
  node: SchemaNode,
  valid: string,
  context: RuleContext,
): RuleBreak[] {
  if (node.format !== 'date') return [];

  const year = (parseIsoDate(valid) ?? parseIsoDate(context.today))?.year ?? 2000;
  const value = `${String(year).padStart(4, '0')}-02-30`;
  return [{ value, code: 'format', description: '30 February, a day that does not exist' }];
}

/** Birth dates one year too young and one year too old on `context.today`. */
export function breakAge(node: SchemaNode, _valid: string, context: RuleContext): RuleBreak[] {
  const rule = node['x-microf1-age'] as AgeRule | undefined;
  const today = parseIsoDate(context.today);
  if (rule === undefined || today === undefined) return [];

  const young = addDays(findLatestBirthDate(today, rule.minYears), 1);
  const old = findLatestBirthDate(today, rule.maxYears + 1);
  return [
    {
      value: formatIsoDate(young),
      code: 'age_range',
      description: `a birth date making the person ${rule.minYears - 1} on ${context.today}`,
    },
    {
      value: formatIsoDate(old),
      code: 'age_range',
      description: `a birth date making the person ${rule.maxYears + 1} on ${context.today}`,
    },
  ];
}

/** The day after `context.today`. */
export function breakNotFuture(
  node: SchemaNode,
  _valid: string,
  context: RuleContext,
): RuleBreak[] {
  const today = parseIsoDate(context.today);
  if (node['x-microf1-not-future'] !== true || today === undefined) return [];

  const value = formatIsoDate(addDays(today, 1));
  return [{ value, code: 'date_in_future', description: 'tomorrow, a date in the future' }];
}

/** The day before the required anniversary of the other date in `context.document`. */
export function breakAnniversary(
  node: SchemaNode,
  _valid: string,
  context: RuleContext,
): RuleBreak[] {
  const rule = node['x-microf1-after-anniversary'] as AnniversaryRule | undefined;
  const other = rule && resolveJsonPointer(context.document, rule.of);
  const origin = typeof other === 'string' ? parseIsoDate(other) : undefined;
  if (rule === undefined || origin === undefined) return [];

  const value = formatIsoDate(addDays(getAnniversary(origin, rule.years), -1));
  const description = `the day before the ${rule.years}th anniversary of ${rule.of}`;
  return [{ value, code: 'before_anniversary', description }];
}

/**
 * The latest birth date giving exactly `age` full years on `today`. Starts from the same day
 * `age` years back and steps forward while the person would still be that old, which handles
 * 29 February.
 */
function findLatestBirthDate(today: CalendarDate, age: number): CalendarDate {
  let birth = getAnniversary(today, -age);
  while (getAgeInYears(addDays(birth, 1), today) === age) birth = addDays(birth, 1);
  return birth;
}
