// Where specgen's time goes: runs `node --cpu-prof bin/specgen.js generate` on a spec as a cold process (every
// thread writes its own .cpuprofile: the main thread and each format worker), then sums self time by function, by
// file and by package. Run with `npm run bench:generate -- --profile` (Kubernetes; `--top=N` rows per table).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCold } from './cold.js';

/** The parts of V8's .cpuprofile format read here. */
interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
    readonly children?: readonly number[];
  }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Self time (ms) of each node of one profile: each sample's time delta goes to the node it landed in. */
function selfTimes(profile: CpuProfile): Map<number, number> {
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));
  return self;
}

/**
 * A file's URL as a short path: specgen's own files relative to the build that ran (`dist/...`), others to the
 * repository (`node_modules/<package>/...`); `node:` internals as they are.
 */
function shortFile(url: string, root: string, build: string): string {
  if (url === '') return '(native / V8)';
  if (!url.startsWith('file://')) return url;
  const path = fileURLToPath(url);
  const inBuild = relative(build, path);
  return inBuild.startsWith('..') ? relative(root, path) : inBuild;
}

/**
 * The modules bundled into the CLI (dist/cli.bundle.js): esbuild starts each module it holds with a `// <path>`
 * comment line (paths from the package), so a frame of the bundle maps back to its module by line.
 */
function bundleSections(bundle: string): { readonly line: number; readonly file: string }[] {
  let text: string;
  try {
    text = readFileSync(bundle, 'utf8');
  } catch {
    return [];
  }
  const sections: { line: number; file: string }[] = [];
  text.split('\n').forEach((line, index) => {
    const match = /^\/\/ ((?:dist|node_modules)\/\S+\.(?:js|cjs|mjs|json))$/.exec(line);
    if (match) sections.push({ line: index, file: match[1]! });
  });
  return sections;
}

/** The module a bundle frame belongs to (0-based line), or undefined for a frame outside the bundle. */
function sectionOf(sections: readonly { line: number; file: string }[], line: number): string | undefined {
  let found: string | undefined;
  for (const section of sections) {
    if (section.line > line) break;
    found = section.file;
  }
  return found;
}

/** The package (or specgen folder) a file belongs to. */
function area(file: string): string {
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (modules !== null) return modules[1]!;
  if (file.startsWith('dist/'))
    return `specgen ${file.split('/').length > 2 ? file.split('/')[1] + '/' : file.slice(5)}`;
  if (file.startsWith('node:')) return 'node internals';
  return file;
}

/** The pipeline's stages (generator/job.ts and index.ts), by function name and compiled file, in order. */
const STAGES: readonly (readonly [string, string])[] = [
  ['loadSpecFiles', 'dist/load.js'],
  ['bundle', 'dist/bundle.js'],
  ['upgrade', 'dist/upgrade.js'],
  ['applyOverlay', 'dist/overlay.js'],
  ['normalize', 'dist/normalize.js'],
  ['parse', 'dist/parse/index.js'],
  ['buildViews', 'dist/views/index.js'],
  ['render', 'dist/render.js'],
  ['format', 'dist/format.js'],
  ['writeOutput', 'dist/write.js'],
];

function top(title: string, totals: Map<string, number>, all: number, count: number, column = 'self ms'): void {
  console.log(`\n### ${title}\n`);
  console.log(`| ${column} | share | where |`);
  console.log('| ---: | ---: | --- |');
  for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, count))
    console.log(`| ${ms.toFixed(0)} | ${((100 * ms) / all).toFixed(1)}% | ${name.replace(/\|/g, '\\|')} |`);
}

/** Profiles one specgen run on `spec` and prints where its CPU time goes: stages, packages, files, functions. */
export async function profile(
  root: string,
  specgen: string,
  spec: string,
  count: number,
  overlays: readonly string[] = [],
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'specgen-profile-'));
  const build = dirname(dirname(specgen));
  try {
    const profiles = join(dir, 'profiles');
    const overlayArgs = overlays.flatMap((overlay) => ['--overlay', overlay]);
    const args = ['generate', '--spec', spec, ...overlayArgs, '--out', join(dir, 'out'), '--name', 'x'];
    const run = await runCold(specgen, args, root, ['--cpu-prof', '--cpu-prof-dir', profiles]);
    if (run.code !== 0) throw new Error(`bench: specgen failed under --cpu-prof:\n${run.output}`);
    const byFunction = new Map<string, number>();
    const byFile = new Map<string, number>();
    const byArea = new Map<string, number>();
    const stages = new Map<string, number>(STAGES.map(([fn]) => [fn, 0]));
    const threads: string[] = [];
    const bundle = join(build, 'dist', 'cli.bundle.js');
    const sections = bundleSections(bundle);
    // A frame's module: its section when it runs in the bundle (esbuild may suffix a name there: normalize5).
    const frameFile = (frame: { url: string; lineNumber: number }): string =>
      (frame.url.startsWith('file://') && fileURLToPath(frame.url) === bundle
        ? sectionOf(sections, frame.lineNumber)
        : undefined) ?? shortFile(frame.url, root, build);
    let all = 0;
    const names = readdirSync(profiles).filter((n) => n.endsWith('.cpuprofile'));
    for (const name of names.sort()) {
      const data = JSON.parse(readFileSync(join(profiles, name), 'utf8')) as CpuProfile;
      const nodes = new Map(data.nodes.map((node) => [node.id, node.callFrame]));
      const parents = new Map<number, number>();
      for (const node of data.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
      let busy = 0;
      let idle = 0;
      for (const [id, ms] of selfTimes(data)) {
        const frame = nodes.get(id)!;
        if (frame.functionName === '(idle)') {
          idle += ms;
          continue;
        }
        const file = frameFile(frame);
        const fn = frame.functionName === '' ? '(anonymous)' : frame.functionName;
        const key = frame.url === '' ? fn : `${fn}  ${file}:${frame.lineNumber + 1}`;
        byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
        byFile.set(file, (byFile.get(file) ?? 0) + ms);
        const where = frame.url === '' ? fn : area(file);
        byArea.set(where, (byArea.get(where) ?? 0) + ms);
        // Inclusive time of the stages: each stage on this sample's stack (synchronous code only) gets its time.
        const onStack = new Set<string>();
        for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
          const caller = nodes.get(at)!;
          const stage = STAGES.find(
            ([name, path]) => name === caller.functionName.replace(/\d+$/, '') && frameFile(caller) === path,
          );
          if (stage !== undefined) onStack.add(stage[0]);
        }
        for (const stage of onStack) stages.set(stage, stages.get(stage)! + ms);
        busy += ms;
      }
      const thread = name.split('.').slice(-3, -2)[0] === '0' ? 'main thread' : 'worker';
      threads.push(`${thread} (${name}): ${(busy / 1000).toFixed(1)} s busy, ${(idle / 1000).toFixed(1)} s idle`);
      all += busy;
    }
    console.log(`# specgen --cpu-prof on ${relative(root, spec) || spec}\n`);
    console.log(
      `wall ${(run.ms / 1000).toFixed(1)} s (profiling adds overhead); ${(all / 1000).toFixed(1)} s of CPU on ` +
        `${threads.length} thread(s), idle time excluded from the shares below:`,
    );
    for (const line of threads) console.log(`- ${line}`);
    top(
      'Pipeline stages, inclusive (synchronous code on their stack; Prettier in workers is not under format)',
      stages,
      all,
      STAGES.length,
      'ms',
    );
    top('Self time by package / specgen folder', byArea, all, count);
    top('Self time by file', byFile, all, count);
    top('Self time by function', byFunction, all, count);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
