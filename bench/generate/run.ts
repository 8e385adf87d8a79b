// The generation benchmark: specgen against its peers on the same inputs, every run a cold process, the subjects
// of a case alternating within each round (rotating which goes first). Reports median wall time, peak memory and
// specgen ÷ peer ratios (medians of per-round ratios, so a slow moment of a shared machine hits both sides), and
// whether each target of issue 6 is met. `--profile` instead profiles specgen on Kubernetes (profile.ts).
// See bench/README.md, "Generation".
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchCases } from './cases.js';
import { PEAK_MEMORY_SOURCE, runCold } from './cold.js';
import { measureConsumers } from './consumers.js';
import { prepareLargeInputs } from './inputs-large.js';
import { prepareInputs, sharedSpecs, type Stats } from './inputs.js';
import { profile } from './profile.js';
import { reportCase, reportTargets, type Target } from './report.js';
import type { Sample } from './subjects.js';

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
  /**
   * Rounds of the Kubernetes case: five, as ImageTag has (with three, one slow round moved the median by more than
   * the difference between meeting the 0.6x target and missing it: 0.59x over six rounds, 0.61x over three).
   */
  kRounds: option('k-rounds', quick ? 1 : 5),
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
  // --spec=FILE profiles another spec (relative to the repository), e.g. --spec=specs/imagetag.openapi.yaml, with
  // --overlay=FILE (repeatable) as its job applies them
  const spec = process.argv.find((a) => a.startsWith('--spec='))?.slice('--spec='.length);
  const overlays = process.argv
    .filter((a) => a.startsWith('--overlay='))
    .map((a) => join(root, a.slice('--overlay='.length)));
  if (spec === undefined && shared === undefined)
    throw new Error('bench: --profile needs test/fixtures/reference/specs-at-scale/ (or --spec=FILE)');
  console.log(`specgen build ${build.hash}`);
  await profile(
    root,
    build.bin,
    spec === undefined ? join(shared!, 'kubernetes.swagger.json') : join(root, spec),
    option('top', 15),
    overlays,
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

const cases = benchCases(root, bin, inputs, large, settings);
const k = inputs.kubernetes;

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
const targets: Target[] = cases.flatMap((benchCase) => reportCase(benchCase, results.get(benchCase.title)!));

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

reportTargets(targets);
