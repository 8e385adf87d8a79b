// Two specgen builds side by side in the conditions of `bench:generate`: every specgen run comes right after one of
// the case's peers' cold runs (each peer in turn, so both builds meet what the peers leave behind: freed memory, page
// cache), the two builds alternating. Prints each run's wall, CPU and system time, then medians and each build's
// per-round ratio to openapi-typescript. For a change that a whole bench run on a shared machine cannot resolve.
//
//   node .tmp/bench/bench/generate/ab.js --a=DIR --b=DIR [--case=ImageTag|Kubernetes] [--rounds=N]
//
// DIR is a build: a folder holding bin/specgen.js (and its dist/), e.g. a copy of main's build and this tree.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchCases } from './cases.js';
import { median } from './cold.js';
import { prepareInputs, sharedSpecs } from './inputs.js';
import { command, type Sample, type Subject } from './subjects.js';

/** The repository root: .tmp/bench/bench/generate/ → four levels up (checked: its package.json is specgen's). */
const root = fileURLToPath(new URL('../../../../', import.meta.url));
if ((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name?: string }).name !== 'specgen')
  throw new Error(`ab: ${root} is not the specgen repository (run the compiled script from .tmp/bench/)`);

const argument = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const [a, b] = [argument('a'), argument('b')];
if (a === undefined || b === undefined) throw new Error('ab: --a=DIR and --b=DIR (each a build with bin/specgen.js)');
const title = argument('case') ?? 'Kubernetes';
const rounds = Number(argument('rounds') ?? 4);

const inputs = prepareInputs(root, join(root, '.tmp', 'bench', 'generate', 'inputs'), sharedSpecs(root));
const tools = (specgen: string) => ({
  specgen,
  openapiTypescript: join(root, 'node_modules', 'openapi-typescript', 'bin', 'cli.js'),
  heyApi: join(root, 'node_modules', '@hey-api', 'openapi-ts', 'bin', 'run.js'),
  jstt: join(root, 'node_modules', 'json-schema-to-typescript', 'dist', 'src', 'cli.js'),
  ajv: fileURLToPath(new URL('./ajv-standalone.js', import.meta.url)),
});
const settings = { rounds, kRounds: rounds, slowRounds: 0, lRounds: rounds };
const benchCase = benchCases(root, tools(join(root, 'bin', 'specgen.js')), inputs, undefined, settings).find(
  (c) => c.title === title,
);
if (benchCase === undefined) throw new Error(`ab: no case "${title}" (ImageTag, or Kubernetes when vendored)`);
/** The case's specgen command line (the full run alone, not the no-op run after it), with either build. */
const spec =
  title === 'ImageTag'
    ? ['--spec', inputs.imagetag.spec, '--overlay', inputs.imagetag.overlay]
    : ['--spec', inputs.kubernetes!.swagger];
const specgen = (build: string): Subject =>
  command(root, 'specgen', '', resolve(build, 'bin', 'specgen.js'), (out) => [
    'generate',
    ...spec,
    '--out',
    out,
    '--name',
    'x',
  ]);
const variants: [string, Subject][] = [
  ['A', specgen(a)],
  ['B', specgen(b)],
];
/** The peers, without hey-api on Kubernetes (~30 s a run). */
const peers = benchCase.subjects.filter((s) => !s.name.startsWith('specgen') && s.rounds === undefined);

const scratch = mkdtempSync(join(tmpdir(), 'specgen-bench-ab-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const samples = new Map<string, Sample[]>([
  ['A', []],
  ['B', []],
  ...peers.map((p): [string, Sample[]] => [p.name, []]),
]);
const once = async (subject: Subject, round: number): Promise<Sample> => {
  const out = mkdtempSync(join(scratch, 'out-'));
  const [sample] = await subject.run(out, round);
  rmSync(out, { recursive: true, force: true });
  if (sample === undefined || sample.code !== 0) throw new Error(`ab: ${subject.name} failed: ${sample?.output ?? ''}`);
  return sample;
};

console.log(`ab: ${title}, A = ${a}, B = ${b}, ${rounds} rounds, load average ${loadavg()[0]!.toFixed(1)} at start`);
let turn = 0;
for (let round = 0; round < rounds; round++) {
  for (let index = 0; index < peers.length; index++) {
    const peer = peers[(round + index) % peers.length]!;
    samples.get(peer.name)!.push(await once(peer, round));
    const [name, subject] = variants[turn++ % 2]!;
    const sample = await once(subject, round);
    samples.get(name)!.push(sample);
    console.log(
      `round ${round + 1}: ${name} after ${peer.name}: ${(sample.ms / 1000).toFixed(2)} s, CPU ${(sample.cpuMs / 1000).toFixed(2)} s ` +
        `(system ${(sample.systemMs / 1000).toFixed(2)} s), peak ${sample.peakMb.toFixed(0)} MB, load ${loadavg()[0]!.toFixed(1)}`,
    );
  }
  // An even number of peers would give each build the same peers every round: shift the alternation.
  if (peers.length % 2 === 0) turn++;
}

const seconds = (values: readonly number[]) => (median(values) / 1000).toFixed(2);
const range = (values: readonly number[]) =>
  `${(Math.min(...values) / 1000).toFixed(2)}–${(Math.max(...values) / 1000).toFixed(2)}`;
/** Each run of a build ÷ openapi-typescript's run of the same round (a round's conditions hit both). */
const ratios = (list: readonly Sample[]) => {
  const peer = samples.get('openapi-typescript') ?? [];
  return list.flatMap((s) => peer.filter((p) => p.round === s.round).map((p) => s.ms / p.ms));
};
console.log(
  '\n| run | n | wall s (median; range) | CPU s | system s (median; range) | ÷ openapi-typescript, per round |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [name, list] of samples) {
  const ms = list.map((s) => s.ms);
  const system = list.map((s) => s.systemMs);
  const r = name === 'A' || name === 'B' ? ratios(list) : [];
  console.log(
    `| ${name} | ${list.length} | ${seconds(ms)}; ${range(ms)} | ${seconds(list.map((s) => s.cpuMs))} | ${seconds(system)}; ${range(system)} | ` +
      `${r.length === 0 ? '' : `${median(r).toFixed(2)}× (${Math.min(...r).toFixed(2)}–${Math.max(...r).toFixed(2)})`} |`,
  );
}
console.log(`\nload average ${loadavg()[0]!.toFixed(1)} at the end`);
