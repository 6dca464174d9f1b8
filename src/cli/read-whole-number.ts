/** The bounds of a whole-number setting, and the name to blame: a flag or a variable. */
export interface WholeNumberRule {
  /** `--port`, or `MICROF1_PORT` when the value came from the environment. */
  readonly name: string;
  readonly min: number;
  readonly max: number;
}

/**
 * Reads a whole-number setting, or says in one line what is wrong with it: not a whole number,
 * too small, or too big (digits beyond the maximum, however many).
 *
 * @example
 * readWholeNumber('70000', { name: 'MICROF1_PORT', min: 0, max: 65535 });
 * // 'MICROF1_PORT is too big: at most 65535, not "70000"'
 */
export function readWholeNumber(text: string, rule: WholeNumberRule): number | string {
  const { name, min, max } = rule;
  if (!/^\d+$/.test(text.trim())) {
    return `${name} must be a whole number from ${min} to ${max}, not "${text.slice(0, 40)}"`;
  }
  const value = Number(text.trim());
  if (value > max) return `${name} is too big: at most ${max}, not "${text.slice(0, 40)}"`;
  if (value < min) return `${name} is too small: at least ${min}, not "${text}"`;
  return value;
}
