import { existsSync } from 'node:fs';
import { readFile, writeFile, rm } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXIT_USAGE, SpecgenError } from './errors.js';
import type { Job } from './job.js';
import { invalidOverride } from './names.js';

/** The config files specgen looks for, in this order. */
export const CONFIG_FILES = ['specgen.config.ts', 'specgen.config.mjs', 'specgen.config.json'] as const;

/** One job as a config file writes it; paths are relative to the config file. */
export interface JobConfig {
  readonly spec: string;
  readonly overlays?: readonly string[];
  readonly out: string;
  readonly name: string;
  readonly version?: string;
  readonly templates?: string;
  readonly kubernetes?: boolean;
  readonly allowDanglingRefs?: boolean;
  /** How schemas are read: `infer` (default) or `strict` (JSON Schema to the letter). */
  readonly jsonSchema?: 'infer' | 'strict';
  /** String formats: `false` switches one off, `true` keeps a built-in one, a regular expression adds one. */
  readonly formats?: Readonly<Record<string, boolean | string>>;
  /** TypeScript names for schema keys, overriding the naming rule: `{ "issuing.authorization": "IssuingAuth" }`. */
  readonly names?: Readonly<Record<string, string>>;
  /** `package` (default): an installable package (package.json, src/, dist/); `sources`: the `.ts` files only. */
  readonly output?: 'package' | 'sources';
  /** `true`: write source maps beside `dist/` (`dist/*.js.map`, `dist/*.d.ts.map`, into `src/`). Default false. */
  readonly sourceMaps?: boolean;
}

/** A config file: one job, or several. */
export type SpecgenConfig = JobConfig | { readonly jobs: readonly JobConfig[] };

/** Types a config file: `export default defineConfig({ ... })` in specgen.config.ts. */
export function defineConfig(config: SpecgenConfig): SpecgenConfig {
  return config;
}

/** The config file in `cwd`, if there is one. */
export function findConfig(cwd: string): string | undefined {
  return CONFIG_FILES.map((name) => join(cwd, name)).find((path) => existsSync(path));
}

function invalid(file: string, message: string): SpecgenError {
  return new SpecgenError({ message, location: { file, pointer: '' } });
}

/** Checks one job entry and makes its paths relative to `cwd`. */
function toJob(entry: unknown, file: string, index: number, cwd: string): Job {
  const at = `jobs[${index}]`;
  if (typeof entry !== 'object' || entry === null) throw invalid(file, `${at} must be an object`);
  const job = entry as Record<string, unknown>;
  const known = new Set([
    'spec',
    'overlays',
    'out',
    'name',
    'version',
    'templates',
    'kubernetes',
    'allowDanglingRefs',
    'jsonSchema',
    'formats',
    'output',
    'names',
    'sourceMaps',
  ]);
  for (const key of Object.keys(job))
    if (!known.has(key)) throw invalid(file, `${at}: unknown option "${key}" (known: ${[...known].join(', ')})`);
  // A `sources` output has no package.json, so it needs no package name.
  const required = job['output'] === 'sources' ? (['spec', 'out'] as const) : (['spec', 'out', 'name'] as const);
  for (const key of required) {
    if (typeof job[key] !== 'string' || job[key] === '') throw invalid(file, `${at}.${key} must be a non-empty string`);
  }
  if (job['name'] !== undefined && typeof job['name'] !== 'string') throw invalid(file, `${at}.name must be a string`);
  const overlays = job['overlays'] ?? [];
  if (!Array.isArray(overlays) || overlays.some((overlay) => typeof overlay !== 'string'))
    throw invalid(file, `${at}.overlays must be a list of paths`);
  for (const key of ['version', 'templates'] as const) {
    if (job[key] !== undefined && typeof job[key] !== 'string') throw invalid(file, `${at}.${key} must be a string`);
  }
  for (const key of ['kubernetes', 'allowDanglingRefs', 'sourceMaps'] as const) {
    if (job[key] !== undefined && typeof job[key] !== 'boolean')
      throw invalid(file, `${at}.${key} must be true or false`);
  }
  if (job['jsonSchema'] !== undefined && job['jsonSchema'] !== 'infer' && job['jsonSchema'] !== 'strict')
    throw invalid(file, `${at}.jsonSchema must be "infer" or "strict"`);
  const formats = job['formats'];
  if (
    formats !== undefined &&
    (typeof formats !== 'object' ||
      formats === null ||
      Array.isArray(formats) ||
      Object.values(formats).some((value) => typeof value !== 'boolean' && typeof value !== 'string'))
  )
    throw invalid(file, `${at}.formats must map format names to true, false or a regular expression`);
  const names = job['names'];
  if (names !== undefined) {
    if (typeof names !== 'object' || names === null || Array.isArray(names))
      throw invalid(file, `${at}.names must map schema keys to names`);
    for (const [key, name] of Object.entries(names)) {
      const problem = typeof name === 'string' ? invalidOverride(name) : 'it is not a string';
      if (problem !== undefined) throw invalid(file, `${at}.names["${key}"]: ${problem}`);
    }
  }
  if (job['output'] !== undefined && job['output'] !== 'package' && job['output'] !== 'sources')
    throw invalid(file, `${at}.output must be "package" or "sources"`);
  const base = dirname(file);
  const path = (value: string) => relative(cwd, resolve(base, value)) || '.';
  return {
    spec: path(job['spec'] as string),
    overlays: (overlays as string[]).map(path),
    out: path(job['out'] as string),
    name: (job['name'] as string | undefined) ?? basename(resolve(base, job['out'] as string)),
    ...(job['version'] !== undefined ? { packageVersion: job['version'] as string } : {}),
    ...(job['templates'] !== undefined ? { templates: path(job['templates'] as string) } : {}),
    ...(job['kubernetes'] !== undefined ? { kubernetes: job['kubernetes'] as boolean } : {}),
    ...(job['allowDanglingRefs'] !== undefined ? { allowDanglingRefs: job['allowDanglingRefs'] as boolean } : {}),
    ...(job['jsonSchema'] !== undefined ? { jsonSchema: job['jsonSchema'] as 'infer' | 'strict' } : {}),
    ...(formats !== undefined ? { formats: formats as Record<string, boolean | string> } : {}),
    ...(names !== undefined ? { names: names as Record<string, string> } : {}),
    ...(job['output'] !== undefined ? { output: job['output'] as 'package' | 'sources' } : {}),
    ...(job['sourceMaps'] !== undefined ? { sourceMaps: job['sourceMaps'] as boolean } : {}),
    config: path(file),
  };
}

/** Imports a TypeScript config by transpiling it with the project's own `typescript` (a config-only need). */
async function importTypeScript(file: string): Promise<unknown> {
  let ts: typeof import('typescript');
  try {
    ts = (await import('typescript')).default;
  } catch {
    throw invalid(file, 'a .ts config needs the "typescript" package installed; or use specgen.config.mjs or .json');
  }
  const output = ts.transpileModule(await readFile(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    fileName: file,
  }).outputText;
  // Beside the config, so its relative imports resolve as the author wrote them.
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.mjs`);
  await writeFile(temporary, output);
  try {
    return ((await import(pathToFileURL(temporary).href)) as { default?: unknown }).default;
  } finally {
    await rm(temporary, { force: true });
  }
}

/** Reads a config file (.ts, .mjs or .json) into jobs whose paths are relative to `cwd`. */
export async function loadConfig(file: string, cwd: string): Promise<Job[]> {
  let config: unknown;
  try {
    if (file.endsWith('.json')) config = JSON.parse(await readFile(file, 'utf8'));
    else if (file.endsWith('.ts')) config = await importTypeScript(file);
    else
      config = ((await import(`${pathToFileURL(resolve(file)).href}?t=${Date.now()}`)) as { default?: unknown })
        .default;
  } catch (error) {
    if (error instanceof SpecgenError) throw error;
    throw invalid(file, `cannot read the config: ${(error as Error).message}`);
  }
  return loadConfigObject(config, cwd, file);
}

/**
 * Checks a config given as a value (from a file, or from the programmatic API) into jobs whose paths are relative
 * to `cwd`; `file` is where its paths are relative to, and where its errors are reported.
 */
export function loadConfigObject(config: unknown, cwd: string, file: string): Job[] {
  if (typeof config !== 'object' || config === null)
    throw invalid(file, 'the config must be an object (export default { ... })');
  const entries = 'jobs' in config ? (config as { jobs: unknown }).jobs : [config];
  if (!Array.isArray(entries) || entries.length === 0) throw invalid(file, '"jobs" must be a non-empty list');
  const fromFile = existsSync(file);
  const jobs = entries.map((entry, index) => {
    const job = toJob(entry, file, index, cwd);
    if (fromFile) return job;
    // A config given in code has no file: nothing to record as an input.
    const { config: _config, ...rest } = job;
    return rest;
  });
  refuseSharedOutputs(jobs, cwd, file);
  return jobs;
}

/**
 * Two jobs may not write to one folder, nor one inside the other's: each job's manifest owns its folder, so the
 * second would overwrite the first's files (or nest a package in it) on every run.
 */
function refuseSharedOutputs(jobs: readonly Job[], cwd: string, file: string): void {
  const folders = jobs.map((job) => resolve(cwd, job.out));
  for (const [index, folder] of folders.entries()) {
    for (const [other, earlier] of folders.slice(0, index).entries()) {
      // By `relative`, which compares as the platform's paths compare (without case on Windows).
      const inside = (outer: string, inner: string) => {
        const path = relative(outer, inner);
        return path !== '' && !path.startsWith('..') && !isAbsolute(path);
      };
      const relation =
        relative(earlier, folder) === ''
          ? 'is the same folder as'
          : inside(earlier, folder)
            ? 'lies inside'
            : inside(folder, earlier)
              ? 'contains'
              : undefined;
      if (relation !== undefined)
        throw invalid(
          file,
          `jobs[${index}].out "${jobs[index]!.out}" ${relation} jobs[${other}].out "${jobs[other]!.out}": each job needs a folder of its own`,
        );
    }
  }
}

/** Jobs from the command line's flags, or from the config file when no --spec is given. */
export async function resolveJobs(flags: { spec?: string; config?: string; job?: Job }, cwd: string): Promise<Job[]> {
  if (flags.job) return [flags.job];
  const file = flags.config ?? findConfig(cwd);
  if (file === undefined) {
    throw new SpecgenError({ message: `no --spec given and no ${CONFIG_FILES.join(', ')} in ${cwd}` }, EXIT_USAGE);
  }
  return loadConfig(resolve(cwd, file), cwd);
}
