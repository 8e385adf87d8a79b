// The validator benchmark: the generated isImageTag / validateImageTag against Ajv standalone code, a hand-written
// check, zod 4 and TypeBox's compiled checker, on one deterministic corpus, in one process. See bench/README.md.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { isImageTag, validateImageTag, type ValidateOptions } from '../../generated/imagetag/src/validators.js';
import { ajvStandalone } from './ajv.js';
import { buildCorpus, repoRoot, type CorpusEntry } from './corpus.js';
import { makeHandWritten, type HandWrittenRules } from './hand-written.js';
import { normalizedSchemas } from './json-schema.js';
import { measure, median, pairedRatios, type Measured, type Subject } from './measure.js';
import { makeTypeBoxImageTag } from './typebox.js';
import { makeZodImageTag } from './zod.js';

function option(name: string, fallback: number): number {
  const prefix = `--${name}=`;
  const arg = process.argv.find((a) => a.startsWith(prefix));
  const value = arg === undefined ? fallback : Number(arg.slice(prefix.length));
  if (!Number.isFinite(value) || value <= 0) throw new Error(`bench: --${name} must be a positive number`);
  return value;
}

const quick = process.argv.includes('--quick');
const settings = {
  size: option('size', 1000),
  seed: option('seed', 0x5eed1a6),
  rounds: option('rounds', quick ? 5 : 25),
  sampleMs: option('sample-ms', quick ? 20 : 50),
  warmupMs: option('warmup-ms', quick ? 100 : 400),
};

const REQUEST: ValidateOptions = { mode: 'request' };
const RESPONSE: ValidateOptions = { mode: 'response' };

// --- what ours checks decides what the peers check: each request-only rule group only when the generated guard has it
const probes = {
  'spec.name must match the tag (CEL)': {
    group: 'crossField',
    value: { metadata: { name: 'ruby:3.1' }, spec: { name: '3.2' } },
  },
  'scheduled import needs a DockerImage source (CEL)': {
    group: 'crossField',
    value: {
      metadata: { name: 'ruby:latest' },
      spec: { from: { kind: 'ImageStreamTag', name: 'ruby:3.1' }, importPolicy: { scheduled: true } },
    },
  },
  'a DockerImage from.name is a pull spec (CEL, rule 11)': {
    group: 'sourceRules',
    value: { metadata: { name: 'ruby:latest' }, spec: { from: { kind: 'DockerImage', name: 'quay.io/Ruby' } } },
  },
  'an ImageStreamTag from.name has one tag (CEL, rule 13)': {
    group: 'sourceRules',
    value: { metadata: { name: 'ruby:latest' }, spec: { from: { kind: 'ImageStreamTag', name: 'ruby:a:b' } } },
  },
  "'namespace/name' is at most 255 long (CEL, rule 4)": {
    group: 'sourceRules',
    value: { metadata: { name: 'ruby:latest', namespace: 'n'.repeat(252) }, spec: {} },
  },
  'name or generateName is required (ObjectMeta)': { group: 'objectMeta', value: { metadata: {}, spec: {} } },
  'label keys are qualified names (ObjectMeta)': {
    group: 'objectMeta',
    value: { metadata: { name: 'ruby:latest', labels: { '-app': 'x' } }, spec: {} },
  },
} as const;
const enforced = Object.entries(probes).map(([rule, { group, value }]) => ({
  rule,
  group,
  checked: !isImageTag(value, REQUEST),
}));
const groupChecked = (group: keyof HandWrittenRules): boolean =>
  enforced.some((probe) => probe.group === group && probe.checked);
const rules: HandWrittenRules = {
  crossField: groupChecked('crossField'),
  sourceRules: groupChecked('sourceRules'),
  objectMeta: groupChecked('objectMeta'),
};
const crossField = rules.crossField;

const corpus: CorpusEntry[] = buildCorpus({ size: settings.size, seed: settings.seed });
const values = corpus.map((entry) => entry.value);

const schemas = normalizedSchemas();
const ajvIs = (await ajvStandalone(schemas, 'ImageTag', 'request', false)).validate;
const ajvAll = (await ajvStandalone(schemas, 'ImageTag', 'request', true)).validate;
const ajvIsResponse = (await ajvStandalone(schemas, 'ImageTag', 'response', false)).validate;
const ajvAllResponse = (await ajvStandalone(schemas, 'ImageTag', 'response', true)).validate;
const handWritten = makeHandWritten(rules);
const zodImageTag = makeZodImageTag(crossField);
const typeboxImageTag = makeTypeBoxImageTag(crossField);

/** A subject with the verdict it gives one value, for the agreement check. */
interface Implementation extends Subject {
  readonly verdict: (value: unknown) => boolean;
  readonly mode: 'request' | 'response';
}

// Each pass is its own function literal, so each call site stays monomorphic, as in an application.
const implementations: Implementation[] = [
  {
    name: 'ours isImageTag',
    mode: 'request',
    verdict: (v) => isImageTag(v, REQUEST),
    pass: (vs) => {
      let n = 0;
      for (let i = 0; i < vs.length; i++) if (isImageTag(vs[i], REQUEST)) n++;
      return n;
    },
  },
  {
    name: 'Ajv standalone',
    mode: 'request',
    verdict: (v) => ajvIs(v),
    pass: (vs) => {
      let n = 0;
      for (let i = 0; i < vs.length; i++) if (ajvIs(vs[i])) n++;
      return n;
    },
  },
  {
    name: 'hand-written',
    mode: 'request',
    verdict: (v) => handWritten(v),
    pass: (vs) => {
      let n = 0;
      for (let i = 0; i < vs.length; i++) if (handWritten(vs[i])) n++;
      return n;
    },
  },
  {
    name: 'zod 4 safeParse',
    mode: 'request',
    verdict: (v) => zodImageTag.safeParse(v).success,
    pass: (vs) => {
      let n = 0;
      for (let i = 0; i < vs.length; i++) {
        const result = zodImageTag.safeParse(vs[i]);
        n += result.success ? 1 : result.error.issues.length;
      }
      return n;
    },
  },
  {
    name: 'TypeBox Compile().Check',
    mode: 'request',
    verdict: (v) => typeboxImageTag.Check(v),
    pass: (vs) => {
      let n = 0;
      for (let i = 0; i < vs.length; i++) if (typeboxImageTag.Check(vs[i])) n++;
      return n;
    },
  },
  {
    name: 'ours validateImageTag',
    mode: 'request',
    verdict: (v) => validateImageTag(v, REQUEST).valid,
    pass: (vs) => {
      let n = 0;
      for (let i = 0; i < vs.length; i++) {
        const result = validateImageTag(vs[i], REQUEST);
        n += result.valid ? 1 : result.errors.length;
      }
      return n;
    },
  },
  {
    name: 'Ajv standalone allErrors',
    mode: 'request',
    verdict: (v) => ajvAll(v),
    pass: (vs) => {
      let n = 0;
      for (let i = 0; i < vs.length; i++) n += ajvAll(vs[i]) ? 1 : ajvAll.errors!.length;
      return n;
    },
  },
  {
    name: 'TypeBox Check, then Errors',
    mode: 'request',
    verdict: (v) => typeboxImageTag.Check(v),
    pass: (vs) => {
      let n = 0;
      for (let i = 0; i < vs.length; i++) {
        const v = vs[i];
        n += typeboxImageTag.Check(v) ? 1 : typeboxImageTag.Errors(v).length;
      }
      return n;
    },
  },
  {
    name: 'ours isImageTag (response)',
    mode: 'response',
    verdict: (v) => isImageTag(v, RESPONSE),
    pass: (vs) => {
      let n = 0;
      for (let i = 0; i < vs.length; i++) if (isImageTag(vs[i], RESPONSE)) n++;
      return n;
    },
  },
  {
    name: 'Ajv standalone (response)',
    mode: 'response',
    verdict: (v) => ajvIsResponse(v),
    pass: (vs) => {
      let n = 0;
      for (let i = 0; i < vs.length; i++) if (ajvIsResponse(vs[i])) n++;
      return n;
    },
  },
  {
    name: 'ours validateImageTag (response)',
    mode: 'response',
    verdict: (v) => validateImageTag(v, RESPONSE).valid,
    pass: (vs) => {
      let n = 0;
      for (let i = 0; i < vs.length; i++) {
        const result = validateImageTag(vs[i], RESPONSE);
        n += result.valid ? 1 : result.errors.length;
      }
      return n;
    },
  },
  {
    name: 'Ajv standalone allErrors (response)',
    mode: 'response',
    verdict: (v) => ajvAllResponse(v),
    pass: (vs) => {
      let n = 0;
      for (let i = 0; i < vs.length; i++) n += ajvAllResponse(vs[i]) ? 1 : ajvAllResponse.errors!.length;
      return n;
    },
  },
];

// --- header
const cpu = cpus();
console.log('# specgen validator benchmark: ImageTag');
console.log(
  `node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${process.platform}/${process.arch}` +
    `${(globalThis as { gc?: unknown }).gc ? ', gc between samples' : ''}`,
);
const validCount = corpus.filter((entry) => entry.request).length;
console.log(
  `corpus: ${corpus.length} objects (seed ${settings.seed}), request mode ${validCount} valid / ${corpus.length - validCount} invalid; ` +
    `response mode ${corpus.filter((entry) => entry.response).length} valid`,
);
const generated = readFileSync(join(repoRoot(), 'generated/imagetag/src/validators.ts'));
console.log(
  `generated/imagetag/src/validators.ts: ${generated.length} bytes, sha256 ${createHash('sha256').update(generated).digest('hex').slice(0, 12)}`,
);
console.log(
  `rounds ${settings.rounds}, sample ≈ ${settings.sampleMs} ms, warm-up ≥ ${settings.warmupMs} ms per implementation`,
);
for (const probe of enforced) {
  const peers = probe.group === 'crossField' ? 'hand-written, zod, TypeBox' : 'hand-written';
  console.log(
    `ours checks "${probe.rule}": ${probe.checked ? 'yes' : 'no'} → ${peers} ${probe.checked ? 'check it too' : 'leave it out'}`,
  );
}

// --- agreement: every verdict, every object
console.log('\n## Verdicts');
const mismatches = (implementation: Implementation, expected: (entry: CorpusEntry) => boolean) => {
  const byLabel = new Map<string, number>();
  corpus.forEach((entry) => {
    if (implementation.verdict(entry.value) !== expected(entry))
      byLabel.set(entry.label, (byLabel.get(entry.label) ?? 0) + 1);
  });
  return byLabel;
};
/** Why a peer may disagree with ours on a case: a rule it does not check by design (bench/README.md). */
function explanation(name: string, label: string): string {
  if (name.startsWith('Ajv') && label.startsWith('invalid/cel'))
    return ' (explained: JSON Schema cannot express x-kubernetes-validations)';
  if (name.startsWith('Ajv') && label.startsWith('invalid/objectmeta'))
    return ' (explained: JSON Schema cannot express the ObjectMeta rules)';
  const crossFieldOnly = name.startsWith('zod') || name.startsWith('TypeBox');
  const beyond = label.startsWith('invalid/objectmeta') || /\(rule (4|11|13)\)$/.test(label);
  if (crossFieldOnly && beyond)
    return ' (explained: zod and TypeBox check the schema and the two cross-field rules only)';
  return '';
}
const describe = (byLabel: Map<string, number>, name = ''): string =>
  byLabel.size === 0
    ? 'agree on every object'
    : [...byLabel]
        .map(([label, count]) => {
          const why = explanation(name, label);
          return `${count} × ${label}${why}`;
        })
        .join('; ');
const ours = { request: implementations[0]!, response: implementations[8]! };
console.log(`ours (request) vs the server's verdicts: ${describe(mismatches(ours.request, (e) => e.request))}`);
console.log(`ours (response) vs the server's verdicts: ${describe(mismatches(ours.response, (e) => e.response))}`);
for (const implementation of implementations) {
  if (implementation === ours.request || implementation === ours.response) continue;
  const reference = ours[implementation.mode];
  const byLabel = mismatches(implementation, (entry) => reference.verdict(entry.value));
  console.log(`${implementation.name} vs ${reference.name}: ${describe(byLabel, implementation.name)}`);
}
const errorTotals = (validate: (v: unknown) => number) => values.reduce<number>((sum, v) => sum + validate(v), 0);
console.log(
  `errors reported over the corpus (request): ours ${errorTotals((v) => {
    const r = validateImageTag(v, REQUEST);
    return r.valid ? 0 : r.errors.length;
  })}, Ajv allErrors ${errorTotals((v) => (ajvAll(v) ? 0 : ajvAll.errors!.length))}`,
);

// --- timing
const results = measure(implementations, values, settings);
const byName = new Map(results.map((result) => [result.name, result]));
const get = (name: string): Measured => byName.get(name)!;
const quantile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
};
const format = (opsPerSecond: number): string => `${Math.round(opsPerSecond).toLocaleString('en-US')}`;

function table(title: string, oursName: string, peers: readonly string[], targets: Record<string, number>): void {
  const base = get(oursName);
  console.log(`\n## ${title}\n`);
  console.log('| implementation | objects/s (median) | ours ÷ this (median, IQR) | target |');
  console.log('| --- | ---: | ---: | --- |');
  console.log(`| ${oursName} | ${format(median(base.opsPerRound))} | | |`);
  for (const peer of peers) {
    const measured = get(peer);
    const ratios = pairedRatios(base, measured);
    const ratio = median(ratios);
    const target = targets[peer];
    const verdict = target === undefined ? '' : `≥ ${target}× ${ratio >= target ? 'met' : 'MISSED'}`;
    const iqr = `${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)}`;
    console.log(`| ${peer} | ${format(median(measured.opsPerRound))} | ${ratio.toFixed(2)}× (${iqr}) | ${verdict} |`);
  }
}

table(
  'isImageTag, request mode',
  'ours isImageTag',
  ['Ajv standalone', 'hand-written', 'zod 4 safeParse', 'TypeBox Compile().Check'],
  { 'Ajv standalone': 1.5, 'hand-written': 0.9 },
);
table(
  'validateImageTag (all errors), request mode',
  'ours validateImageTag',
  ['Ajv standalone allErrors', 'zod 4 safeParse', 'TypeBox Check, then Errors'],
  { 'Ajv standalone allErrors': 1.2 },
);
table('isImageTag, response mode', 'ours isImageTag (response)', ['Ajv standalone (response)'], {});
table(
  'validateImageTag (all errors), response mode',
  'ours validateImageTag (response)',
  ['Ajv standalone allErrors (response)'],
  {},
);
const spread = results.map((r) => {
  const half = (quantile(r.opsPerRound, 0.75) - quantile(r.opsPerRound, 0.25)) / 2;
  return `${r.name} ±${((half / median(r.opsPerRound)) * 100).toFixed(1)}%`;
});
console.log(`\nspread of objects/s over rounds (half the IQR, of the median): ${spread.join(', ')}`);
