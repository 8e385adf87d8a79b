// Where specgen's time goes: runs `node --cpu-prof bin/specgen.js generate` on a spec as a cold process (every
// thread writes its own .cpuprofile: the main thread and each format worker), then sums self time by function, by
// file and by package. Run with `npm run bench:generate -- --profile` (Kubernetes; `--top=N` rows per table).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCold } from './cold.js';

/** The parts of V8's .cpuprofile format read here. */
interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
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

/** A file's URL as a short path: repository-relative, `node_modules/<package>/...` kept, `node:` internals. */
function shortFile(url: string, root: string): string {
  if (url === '') return '(native / V8)';
  if (!url.startsWith('file://')) return url;
  return relative(root, fileURLToPath(url));
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

function top(title: string, totals: Map<string, number>, all: number, count: number): void {
  console.log(`\n### ${title}\n`);
  console.log('| self ms | share | where |');
  console.log('| ---: | ---: | --- |');
  for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, count))
    console.log(`| ${ms.toFixed(0)} | ${((100 * ms) / all).toFixed(1)}% | ${name.replace(/\|/g, '\\|')} |`);
}

/** Profiles one specgen run on `spec` and prints the top self-time functions, files and packages. */
export async function profile(root: string, spec: string, count: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'specgen-profile-'));
  try {
    const profiles = join(dir, 'profiles');
    const run = await runCold(
      join(root, 'bin', 'specgen.js'),
      ['generate', '--spec', spec, '--out', join(dir, 'out'), '--name', 'x'],
      root,
      ['--cpu-prof', '--cpu-prof-dir', profiles],
    );
    if (run.code !== 0) throw new Error(`bench: specgen failed under --cpu-prof:\n${run.output}`);
    const byFunction = new Map<string, number>();
    const byFile = new Map<string, number>();
    const byArea = new Map<string, number>();
    const threads: string[] = [];
    let all = 0;
    for (const name of readdirSync(profiles)
      .filter((n) => n.endsWith('.cpuprofile'))
      .sort()) {
      const data = JSON.parse(readFileSync(join(profiles, name), 'utf8')) as CpuProfile;
      const nodes = new Map(data.nodes.map((node) => [node.id, node.callFrame]));
      let thread = 0;
      for (const [id, ms] of selfTimes(data)) {
        const frame = nodes.get(id)!;
        const file = shortFile(frame.url, root);
        const fn = frame.functionName === '' ? '(anonymous)' : frame.functionName;
        const key = frame.url === '' ? fn : `${fn}  ${file}:${frame.lineNumber + 1}`;
        byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
        byFile.set(file, (byFile.get(file) ?? 0) + ms);
        const where = frame.url === '' ? fn : area(file);
        byArea.set(where, (byArea.get(where) ?? 0) + ms);
        thread += ms;
      }
      threads.push(
        `${name.split('.').slice(-3, -2)[0] === '0' ? 'main' : 'thread'} ${name}: ${(thread / 1000).toFixed(1)} s`,
      );
      all += thread;
    }
    console.log(`# specgen --cpu-prof on ${relative(root, spec) || spec}\n`);
    console.log(
      `wall ${(run.ms / 1000).toFixed(1)} s (profiling adds overhead), ${(all / 1000).toFixed(1)} s sampled on ${threads.length} thread(s):`,
    );
    for (const line of threads) console.log(`- ${line}`);
    top('Self time by package / specgen folder', byArea, all, count);
    top('Self time by file', byFile, all, count);
    top('Self time by function', byFunction, all, count);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
