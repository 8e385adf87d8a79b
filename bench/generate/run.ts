// The generation benchmark: specgen against its peers on the same inputs, every run a cold process, the subjects
// of a case alternating within each round (rotating which goes first). Reports median wall time, peak memory and
// specgen ÷ peer ratios (medians of per-round ratios, so a slow moment of a shared machine hits both sides), and
// whether each target of issue 6 is met. `--profile` instead profiles specgen on Kubernetes (profile.ts).
// See bench/README.md, "Generation".
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PEAK_MEMORY_SOURCE, median, runCold, type ColdRun } from './cold.js';
import { measureConsumers } from './consumers.js';
import { prepareLargeInputs } from './inputs-large.js';
import { prepareInputs, sharedSpecs, type Stats } from './inputs.js';
import { profile } from './profile.js';

/** The repository root: .tmp/bench/bench/generate/ → four levels up (checked: its package.json is specgen's). */
const root = fileURLToPath(new URL('../../../../', import.meta.url));
if ((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name?: string }).name !== 'specgen')
  throw new Error(`bench: ${root} is not the specgen repository (run the compiled bench from .tmp/bench/)`);

function option(name: string, fallback: number): number {
  const prefix = `--${name}=`;
  const arg = process.argv.find((a) => a.startsWith(prefix));
  const value = arg === undefined ? fallback : Number(arg.slice(prefix.length));
  if (!Number.isInteger(value) || value <= 0) throw new Error(`bench: --${name} must be a positive integer`);
  return value;
}

const quick = process.argv.includes('--quick');
/** The size budget of a bundle that uses one validator and one client method (minified, gzipped). */
const BUNDLE_BUDGET_KB = 30;
const settings = {
  /** Rounds of the ImageTag case (every subject takes about a second). */
  rounds: option('rounds', quick ? 1 : 5),
  /** Rounds of the Kubernetes case. */
  kRounds: option('k-rounds', quick ? 1 : 3),
  /** How many of those rounds hey-api takes part in: ~30 s a run on Kubernetes. */
  slowRounds: option('slow-rounds', quick ? 1 : 2),
  /** Rounds of the Stripe-sized and OpenAI-sized cases, and of the growth series. */
  lRounds: option('l-rounds', quick ? 1 : 2),
};

/**
 * specgen as built when the run starts: bin/, dist/, templates/, runtime/ and package.json copied under .tmp/bench/generate/
 * (node_modules still resolve from the repository), so a rebuild during the run cannot mix two builds or break one.
 * Returns its bin/specgen.js and a short hash of its code and templates.
 */
function snapshotSpecgen(): { bin: string; hash: string } {
  const target = join(root, '.tmp', 'bench', 'generate', 'specgen');
  rmSync(target, { recursive: true, force: true });
  for (const part of ['bin', 'dist', 'templates', 'runtime', 'package.json'])
    cpSync(join(root, part), join(target, part), { recursive: true });
  const hash = createHash('sha256');
  for (const file of readdirSync(target, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort())
    hash.update(relative(target, file)).update(readFileSync(file));
  return { bin: join(target, 'bin', 'specgen.js'), hash: hash.digest('hex').slice(0, 12) };
}

const shared = sharedSpecs(root);
const build = snapshotSpecgen();
if (process.argv.includes('--profile')) {
  // --spec=FILE profiles another spec (relative to the repository), e.g. --spec=specs/imagetag.openapi.yaml
  const spec = process.argv.find((a) => a.startsWith('--spec='))?.slice('--spec='.length);
  if (spec === undefined && shared === undefined)
    throw new Error('bench: --profile needs test/fixtures/reference/specs-at-scale/ (or --spec=FILE)');
  console.log(`specgen build ${build.hash}`);
  await profile(
    root,
    build.bin,
    spec === undefined ? join(shared!, 'kubernetes.swagger.json') : join(root, spec),
    option('top', 15),
  );
  process.exit(0);
}

const scratch = mkdtempSync(join(tmpdir(), 'specgen-bench-generate-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const inputs = prepareInputs(root, join(root, '.tmp', 'bench', 'generate', 'inputs'), shared);
const large = prepareLargeInputs(root, join(root, '.tmp', 'bench', 'generate', 'inputs'));

// --- the tools, each as the command line a user runs
const bin = {
  specgen: build.bin,
  openapiTypescript: join(root, 'node_modules', 'openapi-typescript', 'bin', 'cli.js'),
  heyApi: join(root, 'node_modules', '@hey-api', 'openapi-ts', 'bin', 'run.js'),
  jstt: join(root, 'node_modules', 'json-schema-to-typescript', 'dist', 'src', 'cli.js'),
  ajv: fileURLToPath(new URL('./ajv-standalone.js', import.meta.url)),
};

function version(name: string): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;
}

/** Every file below a folder with its mtime, for the no-op check. */
function mtimes(dir: string): Map<string, number> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return new Map(
    entries
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name), statSync(join(e.parentPath, e.name)).mtimeMs]),
  );
}

function bytesBelow(dir: string): number {
  let total = 0;
  for (const [file] of mtimes(dir)) total += statSync(file).size;
  return total;
}

/** One measured run, with what the run produced. */
interface Sample extends ColdRun {
  readonly round: number;
  readonly outputMb: number;
  /** For specgen's no-op run: how many files it rewrote (mtime changed, added or removed). */
  readonly rewritten?: number;
}

/** One tool on one input. `run` gets a fresh, empty output folder and returns the cold run and its output size. */
interface Subject {
  readonly name: string;
  readonly what: string;
  /** Rounds this subject takes part in (the first ones); all rounds of the case when undefined. */
  readonly rounds?: number;
  readonly run: (out: string, round: number) => Promise<Sample[]>;
}

/** A subject that is one command whose output goes to `out`. */
function command(
  name: string,
  what: string,
  script: string,
  args: (out: string) => string[],
  rounds?: number,
): Subject {
  return {
    name,
    what,
    ...(rounds !== undefined ? { rounds } : {}),
    run: async (out, round) => {
      const result = await runCold(script, args(out), root);
      return [{ ...result, round, outputMb: bytesBelow(out) / 1024 / 1024 }];
    },
  };
}

const specgen = (name: string, what: string, spec: string, extra: readonly string[] = []): Subject =>
  command(name, what, bin.specgen, (out) => ['generate', '--spec', spec, ...extra, '--out', out, '--name', 'x']);

/** specgen's full run, then the same command again (nothing changed): the no-op regeneration. */
function specgenWithNoop(spec: string): Subject {
  const full = specgen('specgen', 'types + validators + client, formatted', spec);
  return {
    ...full,
    run: async (out, round) => {
      const [first] = await full.run(out, round);
      if (first === undefined || first.code !== 0) return first === undefined ? [] : [first];
      const before = mtimes(out);
      const again = await runCold(bin.specgen, ['generate', '--spec', spec, '--out', out, '--name', 'x'], root);
      const after = mtimes(out);
      const keys = new Set([...before.keys(), ...after.keys()]);
      const rewritten = [...keys].filter((key) => before.get(key) !== after.get(key)).length;
      return [first, { ...again, round, outputMb: first.outputMb, rewritten }];
    },
  };
}

interface Case {
  readonly title: string;
  readonly input: string;
  readonly rounds: number;
  readonly subjects: readonly Subject[];
}

const heyApiArgs = (spec: string) => (out: string) => [
  '-i',
  spec,
  '-o',
  out,
  '-c',
  '@hey-api/client-fetch',
  '-p',
  '@hey-api/typescript',
  '@hey-api/sdk',
  'zod',
  '-s',
  '--no-log-file',
];

const cases: Case[] = [
  {
    title: 'ImageTag',
    input:
      'specs/imagetag.openapi.yaml (+ its overlay for specgen); its 24 schemas as JSON Schema for the JSON Schema peers',
    rounds: settings.rounds,
    subjects: [
      specgen('specgen', 'types + validators + client, formatted', inputs.imagetag.spec, [
        '--overlay',
        inputs.imagetag.overlay,
      ]),
      command('openapi-typescript', 'types', bin.openapiTypescript, (out) => [
        inputs.imagetag.spec,
        '-o',
        join(out, 'types.ts'),
      ]),
      command('@hey-api/openapi-ts', 'types + SDK + zod', bin.heyApi, heyApiArgs(inputs.imagetag.spec)),
      command('json-schema-to-typescript', 'types', bin.jstt, (out) => [
        '-i',
        inputs.imagetag.definitions,
        '-o',
        join(out, 'types.ts'),
        '--unreachableDefinitions',
      ]),
      command('Ajv standalone', 'validators', bin.ajv, (out) => [
        inputs.imagetag.definitions,
        join(out, 'validators.mjs'),
      ]),
    ],
  },
];
const k = inputs.kubernetes;
if (k !== undefined) {
  cases.push({
    title: 'Kubernetes',
    input:
      'kubernetes.swagger.json for specgen, kubernetes.openapi3.json (the same, as OpenAPI 3) for the OpenAPI 3 peers, its definitions for the JSON Schema peers',
    rounds: settings.kRounds,
    subjects: [
      specgenWithNoop(k.swagger),
      specgen('specgen, Kubernetes + OpenShift', 'types + validators + client, formatted', k.merged, [
        '--allow-dangling-refs',
      ]),
      command('openapi-typescript', 'types', bin.openapiTypescript, (out) => [k.openapi3, '-o', join(out, 'types.ts')]),
      command('@hey-api/openapi-ts', 'types + SDK + zod', bin.heyApi, heyApiArgs(k.openapi3), settings.slowRounds),
      command('json-schema-to-typescript', 'types', bin.jstt, (out) => [
        '-i',
        k.definitions,
        '-o',
        join(out, 'types.ts'),
        '--unreachableDefinitions',
      ]),
      command('Ajv standalone', 'validators', bin.ajv, (out) => [k.definitions, join(out, 'validators.mjs')]),
    ],
  });
}

if (large !== undefined) {
  const peers = (spec: string): Subject[] => [
    specgen('specgen', 'types + validators + client, formatted', spec, ['--allow-dangling-refs']),
    command('openapi-typescript', 'types', bin.openapiTypescript, (out) => [spec, '-o', join(out, 'types.ts')]),
  ];
  const size = (input: { bytes: number; schemas: number; paths: number }) =>
    `${(input.bytes / 1024 / 1024).toFixed(1)} MB, ${input.schemas} schemas, ${input.paths} paths`;
  cases.push(
    {
      title: 'Stripe-sized',
      input: `GitHub's REST API description (@octokit/openapi) without its examples, OpenAPI 3.0: ${size(large.stripeSized)}`,
      rounds: settings.lRounds,
      subjects: peers(large.stripeSized.path),
    },
    {
      title: 'OpenAI-sized',
      input: `70% of the same paths and what they reach, as OpenAPI 3.1 (type arrays for nullable): ${size(large.openaiSized)}`,
      rounds: settings.lRounds,
      subjects: peers(large.openaiSized.path),
    },
    {
      title: 'Growth',
      input: `the OpenAI-sized spec, and with every component and path copied 2× and 4× under new names: ${large.growth.map((g) => `${g.factor}×: ${size(g)}`).join('; ')}`,
      rounds: settings.lRounds,
      subjects: large.growth.map((g) =>
        specgen(`specgen ${g.factor}×`, 'types + validators + client, formatted', g.path, ['--allow-dangling-refs']),
      ),
    },
  );
}

// --- header
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
console.log('# specgen generation benchmark\n');
console.log(
  `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, load average ${load()} at start`,
);
console.log(
  `peers: openapi-typescript ${version('openapi-typescript')}, @hey-api/openapi-ts ${version('@hey-api/openapi-ts')}, ` +
    `json-schema-to-typescript ${version('json-schema-to-typescript')}, ajv ${version('ajv')} + ajv-formats ${version('ajv-formats')}; ` +
    `specgen formats with prettier ${version('prettier')}`,
);
console.log(`specgen build ${build.hash} (bin, dist and templates, copied when the run starts)`);
console.log(`peak memory: ${PEAK_MEMORY_SOURCE}`);
console.log(
  `rounds: ImageTag ${settings.rounds}, Kubernetes ${settings.kRounds} (hey-api ${Math.min(settings.slowRounds, settings.kRounds)}), ` +
    `Stripe-sized, OpenAI-sized and growth ${settings.lRounds}`,
);
if (k === undefined) console.log('Kubernetes: skipped, test/fixtures/reference/specs-at-scale/ is missing');
else {
  const size = (s: Stats) => `${(s.bytes / 1024 / 1024).toFixed(1)} MB, ${s.definitions} definitions, ${s.paths} paths`;
  console.log(`inputs: Kubernetes ${size(k.stats.kubernetes)}; Kubernetes + OpenShift ${size(k.stats.merged)}`);
}

// --- measure (`--cases=Stripe-sized,Growth` measures only those)
const only = process.argv
  .find((a) => a.startsWith('--cases='))
  ?.slice('--cases='.length)
  .split(',');
if (only !== undefined) cases.splice(0, cases.length, ...cases.filter((c) => only.includes(c.title)));
const results = new Map<string, Map<string, Sample[]>>();
const started = Date.now();
for (const benchCase of cases) {
  const samples = new Map<string, Sample[]>(benchCase.subjects.map((s) => [s.name, []]));
  results.set(benchCase.title, samples);
  for (let round = 0; round < benchCase.rounds; round++) {
    const n = benchCase.subjects.length;
    for (let i = 0; i < n; i++) {
      const subject = benchCase.subjects[(round + i) % n]!;
      if (subject.rounds !== undefined && round >= subject.rounds) continue;
      const out = mkdtempSync(join(scratch, 'out-'));
      const runs = await subject.run(out, round);
      rmSync(out, { recursive: true, force: true });
      const [first, noop] = runs;
      if (first !== undefined) samples.get(subject.name)!.push(first);
      if (noop !== undefined) samples.set('specgen no-op', [...(samples.get('specgen no-op') ?? []), noop]);
      const failed = runs.find((r) => r.code !== 0);
      process.stderr.write(
        `  ${benchCase.title} round ${round + 1}: ${subject.name} ${runs.map((r) => `${(r.ms / 1000).toFixed(2)} s`).join(' + ')}` +
          `${failed !== undefined ? ` FAILED (exit ${failed.code}): ${failed.output.trim().split('\n').slice(-3).join(' | ')}` : ''}\n`,
      );
    }
  }
}
console.log(`\nmeasured in ${((Date.now() - started) / 1000).toFixed(0)} s, load average ${load()} at the end`);

// --- report
const ok = (samples: readonly Sample[] | undefined) => (samples ?? []).filter((s) => s.code === 0);
const medianMs = (samples: readonly Sample[] | undefined) => median(ok(samples).map((s) => s.ms));
const medianPeak = (samples: readonly Sample[] | undefined) => median(ok(samples).map((s) => s.peakMb));

/** a ÷ b as the median of per-round ratios over the rounds where both ran and succeeded. */
function pairedRatio(a: readonly Sample[] | undefined, b: readonly Sample[] | undefined): number {
  const ratios = ok(a).flatMap((x) => {
    const y = ok(b).find((s) => s.round === x.round);
    return y === undefined ? [] : [x.ms / y.ms];
  });
  return ratios.length === 0 ? Number.NaN : median(ratios);
}

interface Target {
  readonly what: string;
  readonly value: number;
  readonly limit: number;
  readonly extra?: boolean;
}
const targets: Target[] = [];
const verdict = (t: Target) =>
  Number.isNaN(t.value) ? 'not measured' : t.value <= t.limit && t.extra !== false ? 'met' : 'missed';

for (const benchCase of cases) {
  const samples = results.get(benchCase.title)!;
  const ours = samples.get('specgen');
  console.log(`\n## ${benchCase.title}\n\n${benchCase.input}\n`);
  console.log('| tool | output | runs | median s | peak MB | output MB | specgen ÷ this (time) |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, list] of samples) {
    const subject = benchCase.subjects.find((s) => s.name === name);
    const what = subject?.what ?? 'same command again, nothing changed';
    const good = ok(list);
    const failures = list.length - good.length;
    const ratio = name.startsWith('specgen') ? '' : `${pairedRatio(ours, list).toFixed(2)}×`;
    const cell = (n: number, digits: number) => (good.length === 0 ? 'failed' : n.toFixed(digits));
    console.log(
      `| ${name} | ${what} | ${good.length}${failures > 0 ? ` (+${failures} failed)` : ''} | ${cell(medianMs(list) / 1000, 2)} | ` +
        `${cell(medianPeak(list), 0)} | ${cell(median(good.map((s) => s.outputMb)), 1)} | ${ratio} |`,
    );
  }
  if (benchCase.title === 'ImageTag') {
    targets.push({
      what: 'ImageTag: specgen (all three, formatted) ÷ openapi-typescript (types), time',
      value: pairedRatio(ours, samples.get('openapi-typescript')),
      limit: 0.4,
    });
  } else if (benchCase.title === 'Stripe-sized' || benchCase.title === 'OpenAI-sized') {
    targets.push({
      what: `${benchCase.title}: specgen ÷ openapi-typescript, time`,
      value: pairedRatio(ours, samples.get('openapi-typescript')),
      limit: 0.8,
    });
  } else if (benchCase.title === 'Growth') {
    const one = samples.get('specgen 1×');
    for (const factor of [2, 4])
      targets.push({
        what: `growth: ${factor}× the spec ÷ 1×, time (linear: ≤ ${factor}× plus 10%)`,
        value: pairedRatio(samples.get(`specgen ${factor}×`), one),
        limit: Number((factor * 1.1).toFixed(1)),
      });
  } else {
    targets.push(
      {
        what: 'Kubernetes: specgen ÷ openapi-typescript, time',
        value: pairedRatio(ours, samples.get('openapi-typescript')),
        limit: 0.6,
      },
      {
        what: 'Kubernetes: specgen ÷ @hey-api/openapi-ts, time',
        value: pairedRatio(ours, samples.get('@hey-api/openapi-ts')),
        limit: 0.2,
      },
      {
        what: 'Kubernetes: specgen ÷ openapi-typescript, peak memory',
        value: medianPeak(ours) / medianPeak(samples.get('openapi-typescript')),
        limit: 1.0,
      },
      {
        what: 'growth: Kubernetes + OpenShift ÷ Kubernetes alone, time',
        value: pairedRatio(samples.get('specgen, Kubernetes + OpenShift'), ours),
        limit: 2.2,
      },
    );
    const noop = samples.get('specgen no-op');
    const rewritten = ok(noop).reduce((sum, s) => sum + (s.rewritten ?? 0), 0);
    targets.push({
      what: `no-op regeneration ÷ full run, time (files rewritten: ${rewritten})`,
      value: pairedRatio(noop, ours),
      limit: 0.2,
      extra: ok(noop).length > 0 && rewritten === 0,
    });
  }
}

// --- consumers: tsc over the generated Kubernetes types against openapi-typescript's, and one bundle's size
if (k !== undefined && (only === undefined || only.includes('Consumers'))) {
  const ours = join(scratch, 'consumer-ours');
  const theirs = join(scratch, 'consumer-theirs', 'types.ts');
  await runCold(bin.specgen, ['generate', '--spec', k.swagger, '--out', ours, '--name', 'x'], root);
  await runCold(bin.openapiTypescript, [k.openapi3, '-o', theirs], root);
  const consumers = await measureConsumers(root, join(scratch, 'consumers'), ours, theirs, settings.kRounds);
  console.log('\n## Consumers\n');
  console.log('One file that types a Pod and a Deployment, checked against each generated Kubernetes package.\n');
  console.log('| work | specgen ms | openapi-typescript ms | specgen ÷ openapi-typescript |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const row of consumers.tsc) {
    console.log(`| ${row.what} | ${row.oursMs.toFixed(0)} | ${row.theirsMs.toFixed(0)} | ${row.ratio.toFixed(2)}× |`);
    targets.push({ what: `consumer: ${row.what}, specgen ÷ openapi-typescript`, value: row.ratio, limit: 1 });
  }
  const { bytes, gzipBytes } = consumers.bundle;
  console.log(
    `\nesbuild bundle (minified) of isPod + readNamespacedPod(createClientCore(...)): ${bytes} bytes, ${gzipBytes} gzipped`,
  );
  targets.push({
    what: `bundle of one validator and one client method, gzipped KB (budget ${BUNDLE_BUDGET_KB} KB)`,
    value: gzipBytes / 1024,
    limit: BUNDLE_BUDGET_KB,
  });
}

console.log('\n## Targets (ratios from the same run)\n');
console.log('| target | measured | limit | verdict |');
console.log('| --- | ---: | ---: | --- |');
for (const t of targets) {
  const unit = t.what.includes(' KB') ? ' KB' : '×';
  console.log(`| ${t.what} | ${t.value.toFixed(2)}${unit} | ≤ ${t.limit}${unit} | ${verdict(t)} |`);
}
