/** The bounds of a whole-number setting, and the name to blame: a flag, a variable or an option. */
export interface WholeNumberRule {
  /** `--port`, `MICROF1_PORT` when the value came from the environment, or `port` in code. */
  readonly name: string;
  readonly min: number;
  readonly max: number;
}

/**
 * Reads a whole-number setting from text, or says in one line what is wrong with it: not a whole
 * number (anything but digits: a space, a sign, `0x10`, `1e3`), too small, or too big (digits
 * beyond the maximum, however many).
 *
 * @example
 * readWholeNumber('70000', { name: 'MICROF1_PORT', min: 0, max: 65535 });
 * // 'MICROF1_PORT is too big: at most 65535, not "70000"'
 */
export function readWholeNumber(text: string, rule: WholeNumberRule): number | string {
  // Quoted as JSON quotes it, so that a tab or a newline typed into the value keeps it one line.
  const shown = JSON.stringify(text.slice(0, 40));
  // Digits only: `Number` would also take spaces around them, a sign, `0x1F` and `1e3`.
  if (!/^\d+$/.test(text)) return describeWholeNumber(rule, shown);

  const value = Number(text);
  return checkWholeNumber(value, rule, shown) ?? value;
}

/**
 * Says in one line what is wrong with a number given for a whole-number setting, by the same rule
 * as `readWholeNumber`; nothing when it is allowed. `shown` is how the value is quoted back.
 *
 * @example
 * checkWholeNumber(1.5, { name: 'seed', min: 0, max: 2147483647 });
 * // 'seed must be a whole number from 0 to 2147483647, not 1.5'
 */
export function checkWholeNumber(
  value: number,
  rule: WholeNumberRule,
  shown = String(value),
): string | undefined {
  // Checked first, so that a run of digits too long for a double is too big, not "not whole".
  if (value > rule.max) return `${rule.name} is too big: at most ${rule.max}, not ${shown}`;
  if (!Number.isInteger(value)) return describeWholeNumber(rule, shown);
  if (value < rule.min) return `${rule.name} is too small: at least ${rule.min}, not ${shown}`;
  return undefined;
}

function describeWholeNumber({ name, min, max }: WholeNumberRule, shown: string): string {
  return `${name} must be a whole number from ${min} to ${max}, not ${shown}`;
}
