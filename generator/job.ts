import { readFileSync, readdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { SpecgenError, type Diagnostic } from './errors.js';
import type { TemplateSources } from './render.js';
import type { OutputKind } from './emit.js';
import { readTemplates, withCompiled } from './templates.js';
import { specFolderFiles } from './spec-folder.js';
import {
  checkOutput,
  manifestText,
  outputFolder,
  ownedFilesIntact,
  readManifest,
  sha256,
  writeOutput,
  type CheckReport,
  type WriteReport,
} from './write.js';

/** One generation job: a spec (with overlays) into one output package. */
export interface Job {
  readonly spec: string;
  readonly overlays: readonly string[];
  readonly out: string;
  readonly name: string;
  readonly packageVersion?: string;
  readonly templates?: string;
  readonly kubernetes?: boolean;
  readonly allowDanglingRefs?: boolean;
  /** How schemas are read: `infer` (default, the OpenAPI convention) or `strict` (JSON Schema to the letter). */
  readonly jsonSchema?: 'infer' | 'strict';
  /** String formats: `false` switches one off, `true` keeps a built-in one, a pattern adds or replaces one. */
  readonly formats?: Readonly<Record<string, boolean | string>>;
  /** TypeScript names for schema keys, overriding the naming rule. */
  readonly names?: Readonly<Record<string, string>>;
  /** `package` (default): an installable package with `dist/`; `sources`: only the `.ts` files, for your own build. */
  readonly output?: OutputKind;
  /** Source maps beside `dist/` (default false). */
  readonly sourceMaps?: boolean;
  /** The config file the job came from: an input like any other. */
  readonly config?: string;
}

/** What a job did. */
export type JobResult =
  | {
      readonly kind: 'written';
      readonly out: string;
      readonly report: WriteReport;
      readonly warnings: readonly Diagnostic[];
      readonly ms: number;
      readonly skipped: boolean;
    }
  | {
      readonly kind: 'checked';
      readonly out: string;
      readonly report: CheckReport;
      readonly files: number;
      readonly warnings: readonly Diagnostic[];
      readonly ms: number;
    };

/** What stays the same between runs of a job in one process (watch mode reuses it). */
export interface JobEnvironment {
  readonly cwd: string;
  /** `specgen@<version>+<hash of the generator's own code>`: a new generator build invalidates every output. */
  readonly generator: string;
}

/**
 * The generator's identity: its version and a hash of its own code (the build's `.js` modules, or the `.ts` sources
 * when run from them) and data (`.json`, the apimachinery library). Declarations (`.d.ts`) change nothing it does.
 */
export async function generatorIdentity(): Promise<string> {
  const root = fileURLToPath(new URL('.', import.meta.url));
  const code = hashFolder(
    root,
    (name) => (name.endsWith('.js') || name.endsWith('.ts') || name.endsWith('.json')) && !name.endsWith('.d.ts'),
  );
  const packageJson = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return `specgen@${packageJson.version}+${sha256(code).slice(0, 16)}`;
}

/** The file beside the bundled CLI where the build records the generator's identity (generator/build-cli.ts). */
export const RECORDED_IDENTITY = 'cli.identity';

/**
 * The identity recorded by the build step that wrote the bundled CLI running now, when `moduleUrl` (the caller's
 * `import.meta.url`) is that bundle: the bundle and the record are written together, so one small read replaces
 * listing and hashing all of dist/ at every start (about 10 ms). Undefined anywhere else (the modules of dist/ one by
 * one, the sources, a build without the bundling step), where `generatorIdentity` hashes.
 */
export function recordedIdentity(moduleUrl: string): string | undefined {
  if (!moduleUrl.endsWith('/cli.bundle.js')) return undefined;
  try {
    return readFileSync(new URL(RECORDED_IDENTITY, moduleUrl), 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Hashes every matching file below a folder, in sorted order. Read synchronously: a few hundred small files, where
 * a promise per file system call cost more than the reads (about 25 ms against 10 ms at every start).
 */
function hashFolder(folder: string, keep: (name: string) => boolean): string {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((path) => sha256(readFileSync(path)))
    .join('\n');
}

/** A spec input's hash: a file's bytes, or for a folder (CRD input) each file it reads, by name. */
async function specHash(path: string): Promise<string> {
  const files = await specFolderFiles(path);
  if (files === undefined) return sha256(await readFile(path));
  const entries = await Promise.all(files.map(async (file) => `${basename(file)}\0${sha256(await readFile(file))}`));
  return sha256(entries.join('\n'));
}

/**
 * The inputs of a run, hashed: the job itself (which spec, which overlays in which order, which template folder,
 * every option), every spec file it bundles, the overlays, the templates and the config file. Which files were read
 * is part of the record, not only their bytes: a job pointed at another spec with the same text is still a change.
 */
async function inputHashes(
  job: Job,
  specFiles: readonly string[],
  templates: TemplateSources,
): Promise<Record<string, string>> {
  const inputs: Record<string, string> = {};
  inputs['job'] = sha256(JSON.stringify(job, Object.keys(job).sort()));
  for (const file of specFiles) inputs[`spec:${file}`] = await specHash(file);
  for (const [index, file] of job.overlays.entries()) inputs[`overlay:${index}:${file}`] = sha256(await readFile(file));
  for (const [name, source] of Object.entries(templates.templates)) inputs[`template:${name}`] = sha256(source);
  for (const [name, source] of Object.entries(templates.partials)) inputs[`partial:${name}`] = sha256(source);
  if (job.config !== undefined) inputs[`config:${job.config}`] = sha256(await readFile(job.config));
  return inputs;
}

function sameRecord(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** Refuses an output path that is a file or lies under one, before anything is read or written there. */
async function refuseFileAsFolder(outDir: string, out: string): Promise<void> {
  const info = await stat(outDir).catch((error: NodeJS.ErrnoException) =>
    error.code === 'ENOTDIR' ? null : undefined,
  );
  if (info === null || (info !== undefined && !info.isDirectory()))
    throw new SpecgenError({
      message: 'the output path is a file, not a folder',
      location: { file: out, pointer: '' },
    });
}

/** Runs one job: generates, then writes (or checks). A no-op run (same inputs, files intact) stops early. */
export async function runJob(job: Job, environment: JobEnvironment, check: boolean): Promise<JobResult> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  const outDir = outputFolder(environment.cwd, job.out);
  await refuseFileAsFolder(outDir, job.out);
  const templates = readTemplates(job.templates);
  const previous = await readManifest(outDir);
  const ownership = { root: job.output === 'sources' };
  if (previous !== undefined && previous.generator === environment.generator) {
    // The files the spec bundled last time: the same job (root spec included) over the same bytes bundles the same
    // files, and the job's own record is compared below.
    const specFiles = Object.keys(previous.inputs)
      .filter((key) => key.startsWith('spec:'))
      .map((key) => key.slice('spec:'.length));
    const current = await inputHashes(job, specFiles, templates).catch(() => undefined);
    if (
      current !== undefined &&
      sameRecord(current, previous.inputs) &&
      (await ownedFilesIntact(outDir, previous, ownership))
    ) {
      const files = Object.keys(previous.files);
      if (check)
        return {
          kind: 'checked',
          out: job.out,
          report: { stale: [], missing: [], extra: [] },
          files: files.length,
          warnings: [],
          ms: ms(),
        };
      return {
        kind: 'written',
        out: job.out,
        report: { written: [], unchanged: files, removed: [] },
        warnings: [],
        ms: ms(),
        skipped: true,
      };
    }
  }
  // The pipeline (YAML, Handlebars, the stages) is loaded only when there is something to generate: a no-op run
  // stops above, after reading the manifest.
  const [{ bundle }, { generate }, { loadFile, loadSpecFiles }] = await Promise.all([
    import('./bundle.js'),
    import('./index.js'),
    import('./load.js'),
  ]);
  const [specFiles, overlays] = await Promise.all([
    loadSpecFiles(job.spec),
    Promise.all(job.overlays.map((overlay) => loadFile(overlay))),
  ]);
  // Hashed as soon as the inputs are read, not after generating: a file edited while the run generates then differs
  // from the recorded hash, and the next run regenerates instead of taking the output as fresh.
  const inputs = await inputHashes(job, [...specFiles.keys()], templates);
  const spec = bundle(specFiles, job.spec);
  const result = await generate(
    { spec, overlays },
    {
      templates: await withCompiled(templates),
      packageName: job.name,
      ...(job.packageVersion !== undefined ? { packageVersion: job.packageVersion } : {}),
      ...(job.allowDanglingRefs !== undefined ? { allowDanglingRefs: job.allowDanglingRefs } : {}),
      ...(job.names !== undefined ? { names: job.names } : {}),
      ...(job.kubernetes !== undefined ? { kubernetes: job.kubernetes } : {}),
      ...(job.jsonSchema !== undefined ? { jsonSchema: job.jsonSchema } : {}),
      ...(job.formats !== undefined ? { formats: job.formats } : {}),
      ...(job.output !== undefined ? { output: job.output } : {}),
      ...(job.sourceMaps !== undefined ? { sourceMaps: job.sourceMaps } : {}),
    },
  );
  const manifest = manifestText(result.files, environment.generator, inputs);
  if (check) {
    const report = await checkOutput(outDir, result.files, manifest, ownership);
    return { kind: 'checked', out: job.out, report, files: result.files.length, warnings: result.warnings, ms: ms() };
  }
  const report = await writeOutput(outDir, result.files, manifest, ownership);
  return { kind: 'written', out: job.out, report, warnings: result.warnings, ms: ms(), skipped: false };
}
