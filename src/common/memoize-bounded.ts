/**
 * A function of strings that computes each answer once and then gives it back, for inputs that
 * repeat (the headers clients send, the pointers of a spec's rules, the paths of a journal). At
 * most `limit` answers are kept: past that the memory starts over, so that inputs which never
 * repeat cannot make it grow without bound.
 *
 * @example
 * const tokens = memoizeBounded((pointer: string) => pointer.split('/'), 256);
 * tokens('/a/b') === tokens('/a/b'); // true: the same array
 */
export function memoizeBounded<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as T;
    const answer = compute(key);
    if (answers.size >= limit) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
