// A small RE2 grammar for fast-check, shared by the differential tests of runtime/re2.ts (the translation) and
// runtime/re2-linear.ts (the linear-time matcher), both against re2js.
import fc from 'fast-check';

/** Characters the inputs are made of: ASCII punctuation the `v` flag reserves, letters with case-folding orbits, line ends. */
export const char = fc.constantFrom(
  ':',
  '&',
  '@',
  '~',
  '[',
  '}',
  '/',
  '-',
  'a',
  'b',
  'A',
  'k',
  's',
  'σ',
  'ſ',
  'K',
  '\n',
  '\r',
  ' ',
  '\u00a0',
  '\u2028',
  '1',
  '_',
  '.',
  'é',
  '😀',
);
/** One RE2 atom: literals, Perl, POSIX and Unicode classes, assertions, escapes. */
export const atom: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('a', 'b', 'A', 'k', 's', 'σ', '1', '_', '-', ' ', 'é', '😀'),
  fc.constantFrom('.', '\\s', '\\S', '\\w', '\\W', '\\d', '\\D', '\\b', '\\B', '^', '$', '\\A', '\\z'),
  fc.constantFrom('[[:alpha:]]', '[[:^space:]]', '[[:punct:]]', '\\pL', '\\PL', '\\p{Greek}', '\\p{Lu}', '\\pN'),
  fc.constantFrom('[a-c]', '[^a-c]', '[^\\n]', '[\\w-]', '[A-Z0-9]', '[σ-ω]', '\\x{41}', '\\Qa.\\E', '\\n', '\\r'),
  fc.constantFrom(
    ':',
    '&',
    '#',
    '/',
    '\\{',
    '}',
    '\\]',
    '~',
    '@',
    '=',
    '!',
    '%',
    ',',
    ';',
    '<',
    '>',
    '`',
    '"',
    "'",
    '\\-',
    '\\.',
  ),
  fc.constantFrom(
    '[&&]',
    '[:-@]',
    '[-&]',
    '[!#%]',
    '[==]',
    '[~~]',
    '[\\[\\]]',
    '[{}]',
    '[/|]',
    '[\\^^]',
    '[$$]',
    '[.-/]',
  ),
);
/** An inline flag group (or none). */
export const flag = fc.constantFrom('', '(?i)', '(?s)', '(?m)', '(?U)', '(?-i)', '(?is)');
/** A repetition operator (or none). */
export const repeat = fc.constantFrom('', '', '*', '+', '?', '*?', '{2}', '{1,2}', '{0,}');
/** A RE2 pattern of the grammar's atoms, flags, groups, alternations and repeats. */
export const pattern = fc.letrec<{ re: string; seq: string; item: string }>((tie) => ({
  re: fc.oneof(
    { depthSize: 'small' },
    tie('seq'),
    fc.tuple(tie('seq'), tie('seq')).map(([a, b]) => `${a}|${b}`),
  ),
  seq: fc.array(tie('item'), { maxLength: 4 }).map((items) => items.join('')),
  item: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(flag, atom, repeat).map(([f, a, r]) => f + a + r),
    fc
      .tuple(fc.constantFrom('(', '(?:', '(?i:', '(?s:', '(?P<g>', '(?m:'), tie('re'), repeat)
      .map(([open, re, r]) => `${open}${re})${r}`),
  ),
})).re;

/** An input: up to `maxLength` of the grammar's characters. */
export const input = (maxLength = 8): fc.Arbitrary<string> =>
  fc.array(char, { maxLength }).map((chars) => chars.join(''));
