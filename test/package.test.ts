// The packed @specgen/imagetag as npm would publish it: what `npm pack` puts in the tarball, what
// @arethetypeswrong/cli (attw) says of every `exports` entry, and whether the tarball's entries import under plain
// node once installed. Needs generated/imagetag/dist, which specgen writes.
//
// attw runs with `--profile esm-only`: the package is ESM only by design ("type": "module", `exports` conditions
// `types` and `default`, no `require`). That profile ignores exactly two resolution modes, and the test below pins
// the problems they raise to the two expected ones, so that nothing else can hide behind the profile:
// - node16-cjs: `require()` of an ESM file (CJSResolvesToESM), which every ESM-only package gets;
// - node10 (`moduleResolution: node`, which predates `exports`): the subpaths do not resolve (NoResolution); the
//   root still does, through `types`.
// The `./node` entry needs no rule of its own: its types and JS resolve in node16-esm and bundler like the others
// (that it imports `node:` modules and undici is a runtime matter, which attw does not judge).
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const packageDir = join(root, 'generated', 'imagetag');
const attwPackage = join(root, 'node_modules', '@arethetypeswrong', 'cli');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function run(file: string, args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      file,
      [...args],
      {
        cwd,
        timeout: 60_000,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, npm_config_update_notifier: 'false' },
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

type Conditions = { readonly types: string; readonly default: string };
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
  name: string;
  exports: Record<string, Conditions | string>;
};
/** The entries with code: every `exports` key but `./package.json`. */
const entries = Object.entries(manifest.exports).filter(
  (entry): entry is [string, Conditions] => typeof entry[1] !== 'string',
);

let scratch: string;
let tarball: string;
let packed: string[];
beforeAll(async () => {
  if (!existsSync(join(packageDir, 'dist', 'index.d.ts'))) {
    throw new Error('generated/imagetag/dist is missing: run `npm run generate`');
  }
  scratch = mkdtempSync(join(tmpdir(), 'specgen-pack-'));
  const pack = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], packageDir);
  expect(pack.stderr).not.toMatch(/ERR!/);
  expect(pack.code).toBe(0);
  const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(scratch, info!.filename);
  packed = info!.files.map((file) => file.path).sort();
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm pack', () => {
  it('packs exactly dist/**, src/** and package.json', () => {
    expect(packed.filter((path) => !/^(dist|src)\//.test(path) && path !== 'package.json')).toEqual([]);
    expect(packed).toContain('package.json');
  });

  it('packs every file the exports point at, and each source with its JS, declaration and maps', () => {
    for (const [, conditions] of entries) {
      expect(packed).toContain(conditions.types.replace(/^\.\//, ''));
      expect(packed).toContain(conditions.default.replace(/^\.\//, ''));
    }
    const sources = packed.filter((path) => path.startsWith('src/')).map((path) => /^src\/(.+)\.ts$/.exec(path)?.[1]);
    expect(sources.length).toBeGreaterThanOrEqual(entries.length);
    for (const name of sources) {
      for (const ext of ['.js', '.js.map', '.d.ts', '.d.ts.map']) expect(packed).toContain(`dist/${name}${ext}`);
    }
  });
});

describe('@arethetypeswrong/cli on the tarball', () => {
  type Resolution = {
    resolution?: { fileName: string };
    implementationResolution?: { fileName: string };
    visibleProblems?: number[];
  };
  type Problem = { kind: string; entrypoint?: string; resolutionKind?: string };
  let report: {
    analysis: { entrypoints: Record<string, { resolutions: Record<string, Resolution> }> };
    problems: Record<string, Problem[]> | undefined;
  };

  beforeAll(async () => {
    const bin = (JSON.parse(readFileSync(join(attwPackage, 'package.json'), 'utf8')) as { bin: { attw: string } }).bin
      .attw;
    // Offline: a local tarball, and no lookup of @types packages on the registry.
    const attw = await run(
      process.execPath,
      [join(attwPackage, bin), tarball, '--profile', 'esm-only', '--no-definitely-typed', '--format', 'json'],
      scratch,
    );
    expect(attw.stderr).toBe('');
    report = JSON.parse(attw.stdout) as typeof report;
    // attw exits 1 when a problem is left after the profile.
    expect(attw.code).toBe(0);
  });

  it('checks every exports entry', () => {
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual(Object.keys(manifest.exports).sort());
  });

  it('node16 (ESM) and bundler: every entry resolves to its dist declaration and JS, with no problem', () => {
    for (const [subpath, conditions] of entries) {
      for (const mode of ['node16-esm', 'bundler']) {
        const resolution = report.analysis.entrypoints[subpath]!.resolutions[mode]!;
        const where = `/node_modules/${manifest.name}/`;
        expect({ subpath, mode, types: resolution.resolution?.fileName }).toEqual({
          subpath,
          mode,
          types: where + conditions.types.replace(/^\.\//, ''),
        });
        expect(resolution.implementationResolution?.fileName).toBe(where + conditions.default.replace(/^\.\//, ''));
        expect(resolution.visibleProblems ?? []).toEqual([]);
      }
    }
  });

  it('the only problems are those the esm-only profile is for: require() of ESM, and node10 subpaths', () => {
    const problems = Object.values(report.problems ?? {}).flat();
    const unexpected = problems.filter(
      (problem) =>
        !(problem.kind === 'CJSResolvesToESM' && problem.resolutionKind === 'node16-cjs') &&
        !(problem.kind === 'NoResolution' && problem.resolutionKind === 'node10' && problem.entrypoint !== '.'),
    );
    expect(unexpected).toEqual([]);
  });
});

describe('the tarball, installed', () => {
  it('imports every entry under plain node, ./node included (with undici, its optional peer)', async () => {
    const app = join(scratch, 'app');
    const target = join(app, 'node_modules', ...manifest.name.split('/'));
    mkdirSync(target, { recursive: true });
    const untar = await run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], scratch);
    expect(untar.stderr).toBe('');
    symlinkSync(join(root, 'node_modules', 'undici'), join(app, 'node_modules', 'undici'), 'dir');
    const script = [
      'const counts = {};',
      `for (const subpath of ${JSON.stringify(entries.map(([subpath]) => subpath))}) {`,
      `  const module = await import(${JSON.stringify(manifest.name)} + subpath.slice(1));`,
      '  counts[subpath] = Object.keys(module).length;',
      '}',
      'console.log(JSON.stringify(counts));',
    ].join('\n');
    const imported = await run(process.execPath, ['--input-type=module', '-e', script], app);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const counts = JSON.parse(imported.stdout) as Record<string, number>;
    expect(Object.keys(counts)).toEqual(entries.map(([subpath]) => subpath));
    for (const count of Object.values(counts)) expect(count).toBeGreaterThan(0);
  });
});
