// Every RE2 pattern in the vendored Kubernetes material, against re2js (a port of Go's regexp, which the API server
// runs): each `pattern` (and `patternProperties` key) of the CRDs and Kubernetes specs under test/fixtures, and each
// literal pattern of a CEL rule's matches()/find()/findAll(). For each, the matcher a generated validator uses
// (`$re2_compile`: the RegExp, or the linear-time matcher where V8 could backtrack) must agree with re2js on the
// strings of the example objects and the CRDs' own enums, defaults and examples, and on generated strings: random
// ones over the pattern's own characters and long repeats of short units (the inputs that make backtracking blow up).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { celRegexLiterals } from '../generator/parse/re2.js';
import { $re2_compile } from '../runtime/re2-compile.js';
import { repoPath } from './support/pipeline.js';

/** Files under `folder` (recursively) whose names end in one of `extensions`. */
function filesIn(folder: string, extensions: readonly string[]): string[] {
  return readdirSync(repoPath(folder))
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      if (statSync(repoPath(path)).isDirectory()) return filesIn(path, extensions);
      return extensions.some((extension) => name.endsWith(extension)) ? [path] : [];
    });
}

/** Every document of a YAML (possibly multi-document) or JSON file. */
function documents(file: string): unknown[] {
  const text = readFileSync(repoPath(file), 'utf8');
  if (file.endsWith('.json')) return [JSON.parse(text)];
  return parseAllDocuments(text).map((document) => document.toJS() as unknown);
}

/** Calls `visit(key, value, parent)` on every member of every object in `value`. */
function walk(value: unknown, visit: (key: string, member: unknown, parent: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) for (const item of value) walk(item, visit);
  else if (typeof value === 'object' && value !== null)
    for (const [key, member] of Object.entries(value)) {
      visit(key, member, value as Record<string, unknown>);
      walk(member, visit);
    }
}

/** The RE2 patterns of a schema document: `pattern`s, `patternProperties` keys, CEL rules' literal patterns. */
function patternsOf(file: string): string[] {
  const found = new Set<string>();
  for (const document of documents(file))
    walk(document, (key, member) => {
      if (key === 'pattern' && typeof member === 'string') found.add(member);
      // (A `patternProperties` with a string `type` is a property of that name: JSONSchemaProps in the specs.)
      if (key === 'patternProperties' && typeof member === 'object' && member !== null && !('type' in member))
        for (const pattern of Object.keys(member)) found.add(pattern);
      if (key === 'rule' && typeof member === 'string')
        for (const pattern of celRegexLiterals(member)) found.add(pattern);
    });
  return [...found];
}

/** Every string in a document: example objects' values and keys; in schemas, enums, defaults and examples. */
function stringsOf(file: string, schema: boolean): string[] {
  const found = new Set<string>();
  const add = (value: unknown) =>
    walk({ value }, (key, member) => {
      if (typeof member === 'string') found.add(member);
      if (!schema) found.add(key);
    });
  for (const document of documents(file))
    if (!schema) add(document);
    else
      walk(document, (key, member) => {
        if (key === 'enum' || key === 'default' || key === 'example' || key === 'examples') add(member);
      });
  return [...found];
}

/** Where RE2 patterns come from: every CRD and Kubernetes spec test/fixtures holds. */
const SCHEMA_FILES = [
  ...filesIn('test/fixtures/reference/crds/gateway-api-experimental/crds', ['.yaml']),
  ...[
    'argoproj.io_applications',
    'cert-manager.io_certificates',
    'cert-manager.io_issuers',
    'karpenter.sh_nodepools',
  ].map((name) => `test/fixtures/reference/crds/others/${name}.yaml`),
  ...filesIn('test/fixtures', ['.crd.yaml']),
  'test/fixtures/cel/libraries.openapi.yaml',
  'test/fixtures/reference/specs-at-scale/kubernetes.swagger.json',
  'test/fixtures/reference/specs-at-scale/kubernetes.openapi3.json',
  'test/fixtures/reference/specs-at-scale/openshift-api.swagger.json',
  'specs/imagetag.overlay.yaml',
];

/** Example objects: gateway-api's valid and invalid examples, the other projects' samples, our own corpora. */
const OBJECT_FILES = [
  ...filesIn('test/fixtures/reference/crds/gateway-api-experimental/valid', ['.yaml']),
  ...filesIn('test/fixtures/reference/crds/gateway-api-experimental/invalid', ['.yaml']),
  ...['argocd-application', 'cert-manager-resources', 'karpenter-default_nodepool'].map(
    (name) => `test/fixtures/reference/crds/others/${name}.yaml`,
  ),
  ...filesIn('test/fixtures/crd-objects', ['.yaml']).filter((file) => !file.endsWith('.crd.yaml')),
  ...filesIn('test/fixtures/kubernetes-objects', ['.yaml']),
];

const PATTERNS = new Map<string, string>();
for (const file of SCHEMA_FILES)
  for (const pattern of patternsOf(file)) if (!PATTERNS.has(pattern)) PATTERNS.set(pattern, file);

const INPUTS = [
  ...new Set([
    '',
    ...OBJECT_FILES.flatMap((file) => stringsOf(file, false)),
    ...SCHEMA_FILES.flatMap((file) => stringsOf(file, true)),
  ]),
];

/** Characters every generated input may use besides the pattern's own: the usual suspects of Go/JavaScript gaps. */
const EXTRA = ['a', 'Z', '0', '9', '-', '.', '/', ':', '_', ' ', '\t', '\n', '\r', '\u00a0', '\u2028', 'é', 'K', '😀'];

/** Generated inputs for a pattern: strings over its characters and EXTRA, and long repeats of short units. */
function generated(pattern: string): fc.Arbitrary<string> {
  const chars = fc.constantFrom(...new Set([...Array.from(pattern), ...EXTRA]));
  const random = fc.array(chars, { maxLength: 24 }).map((list) => list.join(''));
  const repeated = fc
    .tuple(fc.array(chars, { minLength: 1, maxLength: 3 }), fc.integer({ min: 2, max: 60 }), random)
    .map(([unit, times, tail]) => unit.join('').repeat(times) + tail.slice(0, 2));
  return fc.oneof(random, repeated);
}

/** Asserts that the validators' matcher agrees with re2js on `inputs`, or that both refuse the pattern. */
function agree(pattern: string, inputs: readonly string[]): void {
  let oracle: RE2JS | undefined;
  try {
    oracle = RE2JS.compile(pattern);
  } catch {
    oracle = undefined;
  }
  if (oracle === undefined) {
    expect(() => $re2_compile(pattern), `re2js refuses ${pattern}`).toThrow();
    return;
  }
  const matcher = $re2_compile(pattern);
  for (const input of inputs) {
    const want = oracle.matcher(input).find();
    if (matcher.test(input) !== want)
      expect(matcher.test(input), `${pattern} (linear: ${matcher.linear}) on ${JSON.stringify(input)}`).toBe(want);
  }
}

describe('every RE2 pattern in the vendored CRDs and Kubernetes specs agrees with re2js', () => {
  it('finds the corpus', () => {
    // Guards against a walk that silently finds nothing: 49 distinct patterns (gateway-api's ~490 `pattern`s and
    // CEL rules repeat 22 of them), 617 distinct strings when this was written.
    expect(PATTERNS.size).toBeGreaterThanOrEqual(45);
    expect([...PATTERNS.values()].filter((file) => file.includes('gateway')).length).toBeGreaterThanOrEqual(20);
    expect([...PATTERNS.keys()]).toContain('^[!-~]+([\\t ]?[!-~]+)*$');
    expect(INPUTS.length).toBeGreaterThan(500);
  });

  it.each([...PATTERNS])('%s (%s)', (pattern) => {
    agree(pattern, INPUTS);
    fc.assert(
      fc.property(fc.array(generated(pattern), { minLength: 1, maxLength: 4 }), (inputs) => agree(pattern, inputs)),
      { numRuns: 25 },
    );
  });
});
