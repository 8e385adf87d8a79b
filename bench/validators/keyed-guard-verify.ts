// Checks that two Kubernetes packages (before and after keyed-guard-experiment.ts) give the same `isX` verdict, in
// both modes, on every object of the given YAML files or folders, on mutations of each (every nested field removed,
// set to null, to a number, to a string, to {}; an unknown field added), and on a few hostile shapes (a polluted
// Object.prototype, a class instance, a null-prototype object, a non-enumerable own field).
//
//   node .tmp/bench/bench/validators/keyed-guard-verify.js OLD_DIR NEW_DIR FILE_OR_DIR...
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseAllDocuments } from 'yaml';

type Is = (value: unknown, options?: { mode: 'request' | 'response' }) => boolean;
type Validators = Record<string, Is | undefined>;

const [oldDir, newDir, ...inputs] = process.argv.slice(2);
if (oldDir === undefined || newDir === undefined) throw new Error('usage: OLD_DIR NEW_DIR FILE_OR_DIR...');
const load = async (dir: string): Promise<Validators> =>
  (await import(pathToFileURL(join(dir, 'dist', 'validators.js')).href)) as Validators;
const [before, after] = [await load(oldDir), await load(newDir)];

const files = (path: string): string[] =>
  statSync(path).isDirectory()
    ? readdirSync(path).flatMap((name) => files(join(path, name)))
    : /\.ya?ml$/.test(path)
      ? [path]
      : [];
/** Every object with apiVersion and kind anywhere in a parsed document. */
const objects = (value: unknown, found: Record<string, unknown>[]): Record<string, unknown>[] => {
  if (Array.isArray(value)) value.forEach((item) => objects(item, found));
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.kind === 'string' && typeof record.apiVersion === 'string') found.push(record);
    Object.values(record).forEach((item) => objects(item, found));
  }
  return found;
};
const corpus = inputs.flatMap(files).flatMap((file) =>
  parseAllDocuments(readFileSync(file, 'utf8')).flatMap((document) => {
    try {
      return objects(document.toJS(), []);
    } catch {
      return [];
    }
  }),
);

/** Copies of `value` with one change at one place, every place. */
function* mutations(value: unknown): Generator<unknown> {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++)
      for (const changed of mutations(value[i])) yield value.map((item, j) => (j === i ? changed : item));
    return;
  }
  const record = value as Record<string, unknown>;
  yield { ...record, unknownField12k: 1 };
  for (const key of Object.keys(record)) {
    const { [key]: removed, ...rest } = record;
    yield rest;
    for (const replacement of [null, 7, 'x', {}, []]) yield { ...record, [key]: replacement };
    for (const changed of mutations(removed)) yield { ...record, [key]: changed };
  }
}
class Instance {
  constructor(fields: Record<string, unknown>) {
    Object.assign(this, fields);
  }
}
/** Hostile shapes of a record: a null prototype, a class instance, a non-enumerable own copy of each field. */
function* shapes(value: Record<string, unknown>): Generator<unknown> {
  yield Object.assign(Object.create(null) as object, value);
  yield new Instance(value);
  for (const key of Object.keys(value)) {
    const copy = { ...value };
    delete copy[key];
    Object.defineProperty(copy, key, { value: value[key], enumerable: false });
    yield copy;
  }
}

let compared = 0;
const differences: string[] = [];
const compare = (kind: string, value: unknown, label: string): void => {
  const [one, two] = [before[`is${kind}`], after[`is${kind}`]];
  if (one === undefined || two === undefined) return;
  for (const mode of ['request', 'response'] as const) {
    compared++;
    if (one(value, { mode }) !== two(value, { mode }))
      differences.push(`${kind} ${mode} ${label}: ${JSON.stringify(value).slice(0, 160)}`);
  }
};
/** `rebuild(shape(record))` for every record nested in `value` (the pod spec, its containers, ...), one at a time. */
const withEach = (
  value: unknown,
  rebuild: (changed: unknown) => unknown,
  shape: (record: Record<string, unknown>) => unknown,
  out: unknown[],
): void => {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) =>
      withEach(item, (changed) => rebuild(value.map((other, j) => (j === i ? changed : other))), shape, out),
    );
    return;
  }
  const record = value as Record<string, unknown>;
  out.push(rebuild(shape(record)));
  for (const key of Object.keys(record))
    withEach(record[key], (changed) => rebuild({ ...record, [key]: changed }), shape, out);
};
for (const object of corpus) {
  const kind = object.kind as string;
  compare(kind, object, 'as is');
  for (const changed of mutations(object)) compare(kind, changed, 'mutated');
  const hostile: unknown[] = [];
  // Every shape of every nested record (a record's shapes: 2 + one per field, so 64 covers the widest).
  for (let shape = 0; shape < 64; shape++)
    withEach(
      object,
      (changed) => changed,
      (record) => [...shapes(record)][shape] ?? record,
      hostile,
    );
  hostile.forEach((value) => compare(kind, value, 'hostile shape'));
}
// A polluted Object.prototype: every field name of the rewritten types, one at a time, with a wrong-typed value.
const polluting = ['containers', 'name', 'image', 'nodeName', 'volumes', 'restartPolicy', 'labels', 'args'];
for (const key of polluting) {
  Object.defineProperty(Object.prototype, key, { value: 7, configurable: true, enumerable: true, writable: true });
  try {
    for (const object of corpus) compare(object.kind as string, object, `Object.prototype.${key} = 7`);
  } finally {
    delete (Object.prototype as Record<string, unknown>)[key];
  }
}
const kinds = new Set(corpus.map((object) => object.kind));
process.stdout.write(
  `${corpus.length} objects (${kinds.size} kinds), ${compared} verdicts compared, ${differences.length} differ\n`,
);
for (const difference of differences.slice(0, 20)) process.stdout.write(`  ${difference}\n`);
process.exitCode = differences.length === 0 ? 0 : 1;
