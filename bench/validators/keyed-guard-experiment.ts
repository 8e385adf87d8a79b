// An experiment, not a change (issue 12, session 7, helper 12k): rewrites chosen guards of a generated Kubernetes
// package's dist/validators.js so that, on the allocation-free path (`e === null`), they walk the object's own keys
// and dispatch on each name, instead of reading every declared field (most of them absent, each read megamorphic
// once many object shapes have met it). The declared-order guard stays for the error path.
//
//   node .tmp/bench/bench/validators/keyed-guard-experiment.js DIR [--types=PodSpec,Container,ObjectMeta]
//     [--keys=names|keys|forin] [--dispatch=switch|table|length]
//
// --keys=names  Object.getOwnPropertyNames: every own string key, enumerable or not, so the same fields the
//               current guards read (they read own properties whatever their enumerability).
// --keys=keys   Object.keys: own enumerable keys only (differs on a non-enumerable own field; a variant to time).
// --keys=forin  `for (const k in v)`, no key array allocated (V8's enum cache), taken only where the declared guard
//               would read `v` itself (null prototype, or Object.prototype without any of the fields); differs
//               on a non-enumerable own field too.
// --dispatch=switch  `switch (k)` on the name; `table`: a null-prototype constant {name: index} and `switch` on it;
//            `length`: `switch (k.length)`, then `switch (k)` among the names of that length.
//
// Each field's block is the generated one, moved as it is under its `case`; a required field not seen runs its
// block with `undefined` after the walk, so "Required value" and the request-mode exceptions stay the generator's.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (dir === undefined || dir.startsWith('--')) throw new Error('usage: keyed-guard-experiment.js DIR [--types=...]');
const option = (name: string, fallback: string): string =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const types = option('types', 'PodSpec,Container').split(',');
const keys = option('keys', 'names');
const dispatch = option('dispatch', 'switch');

const file = join(dir, 'dist', 'validators.js');
let source = readFileSync(file, 'utf8');
const FIELD = /^\t\tlet (x\d+) = (?:x1|v)\.([A-Za-z_$][\w$]*);$/;
const TAIL = /^\t\tif \(s === 1 && !\$knownOnly\(v, (\$fields\d+), p, e\)\) \{$/;

/** One declared field's generated block: its variable, name, the lines after `let`, and whether absence is checked. */
interface Block {
  readonly variable: string;
  readonly name: string;
  readonly body: string[];
  readonly checksAbsence: boolean;
}

/** The line(s) that send the fast path of `$v_<type>` to the keyed walk. */
const handover = (type: string, fieldsConstant: string): string =>
  keys === 'forin'
    ? `\tif (e === null && $isObject(v)) {\n\t\tconst pr = Object.getPrototypeOf(v);\n` +
      `\t\tif (pr === null || pr === $objectPrototype && ${fieldsConstant}($objectPrototype)) ` +
      `return $k_${type}(v, p, e, r, s, d);\n\t}\n`
    : `\tif (e === null && $isObject(v)) return $k_${type}(v, p, e, r, s, d);\n`;

for (const type of types) {
  const start = source.indexOf(`\nfunction $v_${type}(v, p, e, r, s, d) {\n`);
  if (start < 0) throw new Error(`no $v_${type} in ${file}`);
  const end = source.indexOf('\n}\n', start + 1) + 3;
  const lines = source.slice(start + 1, end - 1).split('\n');
  const blocks: Block[] = [];
  let tail = -1;
  let fieldsConstant = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const field = FIELD.exec(line);
    const last = TAIL.exec(line);
    if (last !== null) {
      tail = i;
      fieldsConstant = last[1] ?? '';
      break;
    }
    if (field === null) {
      blocks.at(-1)?.body.push(line);
      continue;
    }
    const variable = field[1] ?? '';
    blocks.push({ variable, name: field[2] ?? '', body: [], checksAbsence: false });
  }
  if (tail < 0 || blocks.length === 0) throw new Error(`$v_${type}: not the expected shape`);
  // The first block carries the prototype decision (three lines): the keyed walk needs none of it.
  const first = blocks[0];
  if (first === undefined) throw new Error('unreachable');
  first.body.splice(0, 3);
  const resolved = blocks.map((block) => ({
    ...block,
    checksAbsence: block.body[0]?.includes(`${block.variable} === undefined`) === true,
  }));
  const required = resolved.filter((block) => block.checksAbsence);
  if (required.length > 30) throw new Error(`$v_${type}: too many required fields for one bit set`);
  const indent = (body: readonly string[], tabs: string): string[] => body.map((line) => tabs + line.slice(2));
  const table = `$kt_${type}`;
  const out: string[] = [];
  if (dispatch === 'table') {
    const entries = resolved.map((block, index) => `${JSON.stringify(block.name)}: ${index}`).join(', ');
    out.push(`const ${table} = { __proto__: null, ${entries} };`);
  }
  out.push(`function $k_${type}(v, p, e, r, s, d) {`, '\tlet ok = true;', '\tconst c = s === 0 ? 0 : 1;');
  out.push('\tlet seen = 0;');
  if (keys === 'forin') out.push('\tfor (const k in v) {');
  else {
    out.push(`\tconst ks = ${keys === 'keys' ? 'Object.keys' : 'Object.getOwnPropertyNames'}(v);`);
    out.push('\tfor (let i = 0; i < ks.length; i++) {', '\t\tconst k = ks[i];');
  }
  const caseOf = (block: (typeof resolved)[number], index: number, tabs: string): void => {
    out.push(dispatch === 'table' ? `${tabs}case ${index}: {` : `${tabs}case ${JSON.stringify(block.name)}: {`);
    const bit = required.indexOf(block);
    if (bit >= 0) out.push(`${tabs}\tseen |= ${1 << bit};`);
    out.push(`${tabs}\tlet ${block.variable} = v.${block.name};`, ...indent(block.body, `${tabs}\t`));
    out.push(`${tabs}\tbreak;`, `${tabs}}`);
  };
  if (dispatch === 'length') {
    // Two levels: the name's length first (one load), then the few names of that length.
    const lengths = [...new Set(resolved.map((block) => block.name.length))].sort((a, b) => a - b);
    out.push('\t\tswitch (k.length) {');
    for (const length of lengths) {
      out.push(`\t\t\tcase ${length}:`, '\t\t\t\tswitch (k) {');
      resolved.forEach((block, index) => {
        if (block.name.length === length) caseOf(block, index, '\t\t\t\t\t');
      });
      out.push('\t\t\t\t}', '\t\t\t\tbreak;');
    }
  } else {
    out.push(dispatch === 'table' ? `\t\tswitch (${table}[k]) {` : '\t\tswitch (k) {');
    resolved.forEach((block, index) => caseOf(block, index, '\t\t\t'));
  }
  out.push('\t\t}', '\t}');
  required.forEach((block, bit) => {
    out.push(`\tif ((seen & ${1 << bit}) === 0) {`, `\t\tlet ${block.variable} = undefined;`);
    out.push(...indent(block.body, '\t\t'), '\t}');
  });
  out.push(`\tif (s === 1 && !$knownOnly(v, ${fieldsConstant}, p, e)) return false;`, '\treturn ok;', '}');
  // The declared-order guard keeps the error path and non-objects; its fast path hands over to the keyed walk.
  const guard = lines
    .join('\n')
    .replace(
      '\tif (d > 256) return $tooDeep(v, p, e);\n',
      `\tif (d > 256) return $tooDeep(v, p, e);\n${handover(type, fieldsConstant)}`,
    );
  source = `${source.slice(0, start + 1)}${out.join('\n')}\n${guard}\n${source.slice(end - 1)}`;
  process.stdout.write(`$v_${type}: ${resolved.length} fields, ${required.length} checked when absent\n`);
}
writeFileSync(file, source);
