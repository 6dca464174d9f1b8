import type { Faker } from '@faker-js/faker';

/** One piece of a pattern: a set of characters or a group of alternatives, and its count. */
type Atom =
  | { kind: 'set'; chars: readonly string[]; min: number; max: number }
  | { kind: 'group'; alternatives: Atom[][]; min: number; max: number };

const DIGITS = [...'0123456789'];
const LETTERS = [...'абвгдежзиклмнопрстуфхцчшэюя'];
const WORD = [...'abcdefghijklmnopqrstuvwxyz0123456789_'];
const ESCAPES: Readonly<Record<string, readonly string[]>> = { d: DIGITS, w: WORD, s: [' '] };

/**
 * A string matching a simple regular expression: literals, `\d`, `\w`, `\s`, `\p{L}`, `.`,
 * character classes with ranges, groups with `|`, and the quantifiers `?`, `*`, `+`, `{n}`,
 * `{n,m}`. Returns `undefined` for anything else (negated classes, look-arounds,
 * back-references) or when the result does not match.
 *
 * @example generateFromPattern('^\\d{3}-\\d{3}$', faker) // '123-456'
 */
export function generateFromPattern(pattern: string, faker: Faker): string | undefined {
  const source = pattern.replace(/^\^/, '').replace(/(?<!\\)\$$/, '');
  let atoms: Atom[][];
  try {
    atoms = parseAlternatives(source, { at: 0 });
  } catch {
    return undefined;
  }

  const text = emit(atoms, faker);
  return new RegExp(pattern, 'u').test(text) ? text : undefined;
}

function emit(alternatives: Atom[][], faker: Faker): string {
  const sequence = faker.helpers.arrayElement(alternatives);
  let text = '';
  for (const atom of sequence) {
    const count = faker.number.int({ min: atom.min, max: atom.max });
    for (let repeat = 0; repeat < count; repeat += 1) {
      text +=
        atom.kind === 'set'
          ? faker.helpers.arrayElement(atom.chars)
          : emit(atom.alternatives, faker);
    }
  }
  return text;
}

interface Cursor {
  at: number;
}

/** Parses `a|b|c` up to a closing parenthesis or the end. */
function parseAlternatives(source: string, cursor: Cursor): Atom[][] {
  const alternatives: Atom[][] = [[]];
  while (cursor.at < source.length && source[cursor.at] !== ')') {
    const char = source[cursor.at] as string;
    if (char === '|') {
      alternatives.push([]);
      cursor.at += 1;
      continue;
    }
    const atom = parseAtom(source, cursor);
    alternatives[alternatives.length - 1]?.push({ ...atom, ...parseQuantifier(source, cursor) });
  }
  return alternatives;
}

/** Parses one atom without its quantifier. */
function parseAtom(source: string, cursor: Cursor): Atom {
  const char = source[cursor.at] as string;
  cursor.at += 1;
  if (char === '(') {
    if (source.startsWith('?:', cursor.at)) cursor.at += 2;
    else if (source[cursor.at] === '?') throw new SyntaxError('look-arounds are not supported');
    const alternatives = parseAlternatives(source, cursor);
    cursor.at += 1;
    return { kind: 'group', alternatives, min: 1, max: 1 };
  }
  if (char === '[') return { kind: 'set', chars: parseClass(source, cursor), min: 1, max: 1 };
  if (char === '.') return { kind: 'set', chars: LETTERS, min: 1, max: 1 };
  if (char === '\\') return { kind: 'set', chars: parseEscape(source, cursor), min: 1, max: 1 };
  if ('*+?{}^$'.includes(char)) throw new SyntaxError(`unexpected ${char}`);
  return { kind: 'set', chars: [char], min: 1, max: 1 };
}

/** Parses the escape after a backslash: a class shorthand, `\p{L}`, or a literal. */
function parseEscape(source: string, cursor: Cursor): readonly string[] {
  const char = source[cursor.at] as string;
  cursor.at += 1;
  if (char === 'p' && source.startsWith('{L}', cursor.at)) {
    cursor.at += 3;
    return LETTERS;
  }
  if (/[0-9bBDWSpPk]/.test(char)) throw new SyntaxError(`\\${char} is not supported`);
  return ESCAPES[char] ?? [char];
}

/** Parses a character class after `[`, with ranges and escapes. */
function parseClass(source: string, cursor: Cursor): string[] {
  if (source[cursor.at] === '^') throw new SyntaxError('negated classes are not supported');
  const chars: string[] = [];
  while (source[cursor.at] !== ']') {
    if (cursor.at >= source.length) throw new SyntaxError('unterminated class');
    const char = source[cursor.at] as string;
    cursor.at += 1;
    if (char === '\\') {
      chars.push(...parseEscape(source, cursor));
    } else if (source[cursor.at] === '-' && source[cursor.at + 1] !== ']') {
      const last = source.codePointAt(cursor.at + 1) ?? 0;
      for (let code = char.codePointAt(0) ?? 0; code <= last; code += 1) {
        chars.push(String.fromCodePoint(code));
      }
      cursor.at += 2;
    } else {
      chars.push(char);
    }
  }
  cursor.at += 1;
  return chars;
}

/** Parses an optional quantifier; open-ended ones repeat at most three more times. */
function parseQuantifier(source: string, cursor: Cursor): { min: number; max: number } {
  const char = source[cursor.at];
  if (char === '?' || char === '*' || char === '+') {
    cursor.at += 1;
    return { '?': { min: 0, max: 1 }, '*': { min: 0, max: 3 }, '+': { min: 1, max: 4 } }[char];
  }
  const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(cursor.at));
  if (match === null) return { min: 1, max: 1 };

  cursor.at += match[0].length;
  const min = Number(match[1]);
  if (match[2] === undefined) return { min, max: min };
  return { min, max: match[3] === '' || match[3] === undefined ? min + 3 : Number(match[3]) };
}
