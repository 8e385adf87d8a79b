// The common-subset YAML reader (generator/load/yaml-common.ts) against the YAML library it stands in for: whatever
// text it reads, it must read exactly as the library does (parseDocument with the options of load/yaml.ts, then
// toJS), and it must leave to the library every text the library refuses.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readCommonYaml } from '../../generator/load/yaml-common.js';
import { parseSource } from '../../generator/load.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** What the YAML library makes of a text, with the options load/yaml.ts gives it; 'error' when it refuses it. */
function library(text: string): unknown {
  const document = parseDocument(text, {
    schema: 'core',
    prettyErrors: false,
    uniqueKeys: true,
    merge: true,
    resolveKnownTags: false,
  });
  if (document.errors.length > 0) return 'error';
  try {
    return document.toJS({ maxAliasCount: 1000 });
  } catch {
    return 'error';
  }
}

/** The property: the reader gives up, or gives exactly the library's value (Object.is on numbers: -0, NaN). */
function agrees(text: string): boolean {
  const read = readCommonYaml(text);
  return read === undefined || isDeepStrictEqual(read, library(text));
}

describe('readCommonYaml reads the common subset as the YAML library does', () => {
  const table: [string, string][] = [
    ['nested mappings', 'a:\n  b:\n    c: d\n  e: f\ng: h\n'],
    [
      'core schema scalars',
      'a: ~\nb: null\nc: True\nd: FALSE\ne: 0o17\nf: -12\ng: +5\nh: 0x1F\ni: .5\nj: 1e3\nk: -.inf\nl: .NaN\nm: 1.\n',
    ],
    [
      'strings that look like other things',
      'a: 2024-01-01\nb: 1_000\nc: yes\nd: -x\ne: http://x:80/y\nf: a#b\ng: a, b\nh: "1"\n',
    ],
    ['comments and blank lines', '# head\n\na: 1 # one\n  # indented comment\n\nb:   two   \n# tail\n'],
    ['empty values', 'a:\nb:\n  c:\nd: 1\n'],
    ['sequences, indented and compact', 'a:\n  - 1\n  - x\nb:\n- c: 1\n  d: 2\n- e\n'],
    ['sequence of mappings and nested blocks', 'a:\n- b: 1\n  c:\n    d: 2\n-\n  e: 3\n- "q": 4\n'],
    ['quoted scalars and keys', `"a b": 'it''s'\n'c:d': "x\\ty\\u00e9\\x41\\U0001F600\\"\\\\\\/"\n"*/*": {}\ne: []\n`],
    ['integer keys', '200:\n  a: 1\n0: x\n'],
    ['literal block scalars', 'a: |\n  line 1\n    more\n  # not a comment\n\n  \tx\nb: |-\n  kept\n\n\nc: 1\n'],
    ['folded block scalars', 'a: >\n  one\n  two\n\n  three\n\n\n  four\nb: >-\n  x\n  y\n'],
    ['block scalars in nested mappings', 'a:\n  - b: |\n      text\n    c: >-\n      folded\n      text\n'],
    ['a root mapping indented', '  a: 1\n  b: 2\n'],
    ['no newline at the end', 'a: 1\nb: x'],
    ['unicode', 'é: "ü"\nb: ☃ snow\nc: \u00a0nbsp\u00a0\n'],
  ];
  it.each(table)('%s', (_name, text) => {
    const read = readCommonYaml(text);
    expect(read).toBeDefined();
    expect(isDeepStrictEqual(read, library(text))).toBe(true);
  });
});

describe('readCommonYaml leaves the rest to the library', () => {
  const table: [string, string][] = [
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a duplicate key spelled two ways', 'a: 1\n"a": 2\n'],
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a merge key', 'a:\n  b: 1\nc:\n  <<: {b: 2}\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['a multi-line quoted scalar', 'a: "one\n  two"\n'],
    ['keep chomping', 'a: |+\n  x\n\n'],
    ['an indentation indicator', 'a: |2\n   x\n'],
    ['a flow collection', 'a: [1, 2]\n'],
    ['a tab in indentation', 'a:\n\tb: 1\n'],
    ['a tab after a value', 'a: 1\t\n'],
    ['CRLF line ends', 'a: 1\r\nb: 2\r\n'],
    ['a document marker', '---\na: 1\n'],
    ['several documents', 'a: 1\n---\nb: 2\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a root sequence', '- a\n- b\n'],
    ['a root scalar', 'just text\n'],
    ['only comments', '# nothing\n'],
    ['a nested mapping on one line', 'a: b: c\n'],
    ['an entry indented wrongly', 'a: 1\n b: 2\n'],
    ['a sequence beside entries', 'a: 1\n- b\n'],
    ['a bad escape', 'a: "\\q"\n'],
    ['a __proto__ key', '__proto__: 1\n'],
    ['a boolean key', 'true: 1\n'],
    ['a complex key', '? a\n: b\n'],
    ['a comment without a space before it', "a: 'x'#c\n"],
    ['a folded block with a more-indented line', 'a: >\n  x\n    y\n  z\n'],
    ['an empty block scalar', 'a: |\nb: 1\n'],
    ['a block scalar at the end without a newline', 'a: |\n  x'],
  ];
  it.each(table)('%s', (_name, text) => {
    expect(readCommonYaml(text)).toBeUndefined();
  });
});

/** Every YAML file below a folder. */
function yamlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('readCommonYaml on every YAML file of the repository', () => {
  const files = [...yamlFiles(join(ROOT, 'specs')), ...yamlFiles(join(ROOT, 'test', 'fixtures'))];
  it('finds them', () => expect(files.length).toBeGreaterThan(20));
  it.each(files.map((file) => [relative(ROOT, file), file]))('%s', (_name, file) => {
    expect(agrees(readFileSync(file, 'utf8'))).toBe(true);
  });
  it("reads ImageTag's spec and overlay itself (the library is not loaded for them)", () => {
    for (const name of ['imagetag.openapi.yaml', 'imagetag.overlay.yaml'])
      expect(readCommonYaml(readFileSync(join(ROOT, 'specs', name), 'utf8'))).toBeDefined();
  });
});

describe('a spec read by the subset reader still locates pointers and errors as the library does', () => {
  it('locates a pointer (the library parses the text only then)', () => {
    const document = parseSource('a.yaml', 'a:\n  b:\n    - x\n    - y: |\n        text\n');
    expect(readCommonYaml('a:\n  b:\n    - x\n    - y: |\n        text\n')).toBeDefined();
    expect(document.locate('/a/b/1/y')).toEqual({ line: 4, column: 10 });
    expect(document.locate('/a/b/0')).toEqual({ line: 3, column: 7 });
  });
});

describe('readCommonYaml on every combination of edge tokens', () => {
  const keys = [
    'a"b',
    "a'b",
    'a#b',
    'a b #c',
    'a{b}',
    'a[0]',
    'a,b',
    'a|b',
    'a!b',
    'a&b',
    'a?b',
    'a-',
    'a:b',
    'é',
    'a\\b',
  ];
  const numberLike = ['.5', '1e3', '0x1F', '0o7', '+1', '007', '-1', '~', 'Null', 'yes', '.inf', '2024-01-01', 'x:'];
  const indicators = [
    '[a]',
    '{a}',
    '!a',
    '&a',
    '*a',
    '|',
    '>',
    '%a',
    '@a',
    '`a',
    "'a",
    '"a',
    '-a',
    '?a',
    ':a',
    ',a',
    '#a',
  ];
  const values = [
    ...['x', 'a"b', "a'b", 'a{b}', '[a]', '{a}', 'a, b', 'a # c', 'a#c', '-', '- a', '-a', '?a', ':a', '!a', '&a'],
    ...['*a', '|', '>', '%a', '@a', '`a', ',a', 'a:', 'a: b', 'a :b', 'http://x', '"x" y', "'x' y", '"x" #c'],
    ...['"a\\"b"', "'it''s'", '""', "''", '{}', '[]', '{ }', '[ ]', '{} #c', '[]#c', 'x\u00a0'],
  ];
  it('keys and values, at the root, nested, and in sequences', () => {
    for (const key of [...keys, ...numberLike, ...indicators])
      for (const value of values)
        for (const text of [
          `${key}: ${value}\n`,
          `m:\n  ${key}: ${value}\n`,
          `s:\n- ${key}: ${value}\n`,
          `s:\n  - ${value}\n`,
        ])
          expect(agrees(text), JSON.stringify(text)).toBe(true);
  });

  it('block scalars: headers, bodies, indentations and what follows them', () => {
    const headers = ['|', '|-', '>', '>-', '| # c', '>- #c', '|+', '|2'];
    const bodies = ['x', 'x\ny', 'x\n\ny', '# c\nx', 'x\n# c', 'x\n  y', 'x\n\ty', 'x\n \ny', '\tx', 'x\n\n\n'];
    const after = ['', 'k: v\n', '# t\nk: v\n', '\n\nk: v\n', '  # t\nk: v\n', '   \nk: v\n'];
    for (const header of headers)
      for (const body of bodies)
        for (const indent of [1, 2, 4])
          for (const rest of after)
            for (const nest of [0, 2]) {
              const pad = ' '.repeat(nest);
              const lines = body.split('\n').map((line) => (line === '' ? '' : `${' '.repeat(nest + indent)}${line}`));
              const tail = rest.split('\n').map((line) => (line === '' ? '' : `${pad}${line}`));
              const text = `${nest ? 'm:\n' : ''}${pad}key: ${header}\n${lines.join('\n')}\n${tail.join('\n')}`;
              expect(agrees(text), JSON.stringify(text)).toBe(true);
            }
  });
});

// --- random documents: a tree of values written in the subset's styles, then mutated

/** Plain scalars chosen to sit on the edges of the core schema and of plain-scalar syntax. */
const PLAIN = [
  'x',
  'a b',
  'null',
  'Null',
  '~',
  'true',
  'False',
  'TRUE',
  'yes',
  '0',
  '-0',
  '+0',
  '007',
  '0o17',
  '0o8',
  '0x1f',
  '0X1F',
  '-12',
  '+5',
  '.5',
  '-.5',
  '1.',
  '1e3',
  '1E-3',
  '.inf',
  '-.Inf',
  '.NaN',
  '.nan',
  '1_000',
  '2024-01-01',
  '-x',
  '-',
  '?x',
  ':x',
  '@x',
  '`x',
  '%x',
  '!x',
  '&x',
  '*x',
  '|',
  '>',
  'a: b',
  'a:',
  'a #b',
  'a#b',
  '#x',
  'http://x:8/y',
  '{a}',
  '[x]',
  'a, b',
  "it's",
  'a"b',
  'é',
  '\u00a0x',
  'x\u00a0',
  '<<',
  '__proto__',
  'constructor',
  '9007199254740993',
];
/** Double-quoted bodies, escapes included (some invalid). */
const DOUBLE = [
  '',
  'a b',
  '\\n',
  '\\t\\"',
  '\\u00e9',
  '\\x41',
  '\\U0001F600',
  '\\ud83d\\ude00',
  '\\q',
  '\\x4',
  "'",
  '#x',
  ': ',
];
/** Lines of block scalar content (relative indentation, comment-like and blank lines included). */
const BLOCK_LINES = ['text', 'two words', '', '  more', '# hash', '\ttab', 'a: b', '- x', ' '];

type Tree =
  | string
  | { readonly kind: 'map'; readonly entries: [string, Tree][] }
  | { readonly kind: 'seq'; readonly items: Tree[] };

/** Plain scalars that stay plain strings or numbers: most documents are made of these. */
const SAFE_PLAIN = ['x', 'a b', 'yes', 'true', '12', '-3', '1.5', 'null', 'http://x/y', 'a, b', 'é ü', 'a#b', '{x}'];

const scalar = fc.oneof(
  { arbitrary: fc.constantFrom(...SAFE_PLAIN).map((text) => `P${text}`), weight: 4 },
  fc.constantFrom(...PLAIN).map((text) => `P${text}`),
  fc.constantFrom(...DOUBLE).map((text) => `D${text}`),
  fc.constantFrom(...PLAIN).map((text) => `S${text.replace(/'/g, "''")}`),
  fc
    .tuple(
      fc.constantFrom('|', '|-', '>', '>-', '|+', '>2'),
      fc.array(fc.constantFrom(...BLOCK_LINES), { minLength: 1, maxLength: 4 }),
    )
    .map(([header, lines]) => `B${header}\n${lines.join('\n')}`),
  fc.constantFrom('E{}', 'E[]'),
);
const key = fc.oneof(
  fc.constantFrom(
    'a',
    'b',
    'c',
    'key',
    'x-y',
    '/p/{id}',
    'application/json',
    '200',
    '0',
    '01',
    'true',
    'null',
    '<<',
    'a b',
  ),
  fc.constantFrom('"a"', "'b'", '"*/*"', '"c d"', '""'),
);
/** A mapping's entries, mostly with distinct keys (a duplicate is an error the reader must leave to the library). */
function entries(value: fc.Arbitrary<Tree>): fc.Arbitrary<[string, Tree][]> {
  const distinct = fc.uniqueArray(fc.tuple(key, value), {
    minLength: 1,
    maxLength: 4,
    selector: ([name]) => name.replace(/^["']|["']$/g, ''),
  });
  return fc.oneof({ arbitrary: distinct, weight: 3 }, fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 4 }));
}

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.record({ kind: fc.constant('map' as const), entries: entries(tie('node')) }),
    fc.record({ kind: fc.constant('seq' as const), items: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
  ),
})).node;

/** Writes a scalar token after `key: ` or `- `; block scalar lines are indented at `indent`. */
function writeScalar(token: string, indent: number): string {
  const body = token.slice(1);
  switch (token[0]) {
    case 'P':
      return body;
    case 'D':
      return `"${body}"`;
    case 'S':
      return `'${body}'`;
    case 'E':
      return body;
    default: {
      const [header, ...lines] = body.split('\n');
      return `${header}\n${lines.map((line) => (line === '' ? '' : `${' '.repeat(indent)}${line}`)).join('\n')}`;
    }
  }
}

/** Writes a tree as YAML at `indent`, with `step` more per level; `compact` writes sequences under keys unindented. */
function write(value: Tree, indent: number, step: number, compact: boolean): string {
  const pad = ' '.repeat(indent);
  if (typeof value === 'string') return `${pad}${writeScalar(value, indent + step)}\n`;
  if (value.kind === 'map') {
    return value.entries
      .map(([name, child]) => {
        if (typeof child === 'string') return `${pad}${name}: ${writeScalar(child, indent + step)}\n`;
        const nested = child.kind === 'seq' && compact ? indent : indent + step;
        return `${pad}${name}:\n${write(child, nested, step, compact)}`;
      })
      .join('');
  }
  return value.items
    .map((child) => {
      if (typeof child === 'string') return `${pad}- ${writeScalar(child, indent + step)}\n`;
      return `${pad}-\n${write(child, indent + step, step, compact)}`;
    })
    .join('');
}

/** One edit of a text: insert a YAML-significant character, delete one, or duplicate or re-indent a line. */
const edit = fc.tuple(
  fc.nat(),
  fc.constantFrom(...' \t:-#\'"|>{}[]\n&*!?,x1'),
  fc.constantFrom('insert', 'delete', 'line', 'indent'),
);

function applyEdit(text: string, [at, char, kind]: [number, string, string]): string {
  const position = text.length === 0 ? 0 : at % text.length;
  if (kind === 'insert') return text.slice(0, position) + char + text.slice(position);
  if (kind === 'delete') return text.slice(0, position) + text.slice(position + 1);
  const lines = text.split('\n');
  const index = at % lines.length;
  if (kind === 'line') lines.splice(index, 0, lines[index]!);
  else lines[index] = ` ${lines[index]}`;
  return lines.join('\n');
}

describe('readCommonYaml on random documents', () => {
  const documents = fc
    .tuple(entries(tree), fc.integer({ min: 1, max: 4 }), fc.boolean(), fc.array(edit, { maxLength: 3 }))
    .map(([entries, step, compact, edits]) => {
      const text = write({ kind: 'map', entries }, 0, step, compact);
      return { text, mutated: edits.reduce(applyEdit, text) };
    });

  it('agrees with the library on written documents and on their mutations', () => {
    fc.assert(
      fc.property(documents, ({ text, mutated }) => agrees(text) && agrees(mutated)),
      { numRuns: Number(process.env.YAML_RUNS ?? 3000) },
    );
  });

  it('reads most written documents itself (the subset is not empty in practice)', () => {
    const samples = fc.sample(documents, { numRuns: 500, seed: 7 });
    const read = samples.filter(({ text }) => readCommonYaml(text) !== undefined).length;
    expect(read).toBeGreaterThan(50);
  });
});
