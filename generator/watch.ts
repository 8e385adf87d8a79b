import { watch as watchFile, type FSWatcher } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { findConfig, resolveJobs } from './config.js';
import { SpecgenError, formatDiagnostic } from './errors.js';
import { runJob, type Job, type JobEnvironment } from './job.js';
import { readManifest } from './write.js';
import { BUILTIN_RUNTIME, BUILTIN_TEMPLATES } from './templates.js';

/** What `specgen generate --watch` needs from the command line. */
export interface WatchFlags {
  readonly job?: Job;
  readonly config?: string;
  readonly verbose: boolean;
}

/** A folder and every folder below it (a runtime folder may group modules, e.g. `runtime/testing/`). */
async function folderTree(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return [folder, ...entries.filter((entry) => entry.isDirectory()).map((entry) => join(entry.parentPath, entry.name))];
}

/** Every file and folder a set of jobs reads: specs (with the files they reference), overlays, templates, config. */
async function watchedPaths(
  jobs: readonly Job[],
  environment: JobEnvironment,
  config: string | undefined,
): Promise<string[]> {
  const paths = new Set<string>([
    BUILTIN_TEMPLATES,
    join(BUILTIN_TEMPLATES, 'partials'),
    ...(await folderTree(BUILTIN_RUNTIME)),
  ]);
  if (config !== undefined) paths.add(resolve(environment.cwd, config));
  for (const job of jobs) {
    paths.add(resolve(environment.cwd, job.spec));
    for (const overlay of job.overlays) paths.add(resolve(environment.cwd, overlay));
    if (job.templates !== undefined) {
      paths.add(resolve(environment.cwd, job.templates));
      paths.add(resolve(environment.cwd, job.templates, 'partials'));
      for (const folder of await folderTree(resolve(environment.cwd, job.templates, 'runtime'))) paths.add(folder);
    }
    // External $ref files were recorded by the last successful run.
    const manifest = await readManifest(resolve(environment.cwd, job.out));
    for (const key of Object.keys(manifest?.inputs ?? {}))
      if (key.startsWith('spec:')) paths.add(resolve(environment.cwd, key.slice('spec:'.length)));
  }
  return [...paths].sort();
}

/**
 * Generates every job, then again whenever one of its inputs changes, until the process is stopped. Errors are
 * reported and watching goes on; unchanged jobs stop early on their manifest, so a change costs only what it touches.
 */
export async function watch(
  flags: WatchFlags,
  environment: JobEnvironment,
  out: NodeJS.WriteStream,
  err: NodeJS.WriteStream,
): Promise<number> {
  const config = flags.job ? undefined : (flags.config ?? findConfig(environment.cwd));
  let watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const runAll = async (): Promise<void> => {
    let jobs: Job[] = [];
    try {
      jobs = await resolveJobs(flags, environment.cwd);
      for (const job of jobs) {
        try {
          const result = await runJob(job, environment, false);
          if (result.kind === 'written') {
            const { written, unchanged } = result.report;
            out.write(`${job.out}: ${written.length} written, ${unchanged.length} unchanged (${result.ms} ms)\n`);
            if (flags.verbose)
              for (const warning of result.warnings) err.write(`warning: ${formatDiagnostic(warning)}\n`);
          }
        } catch (error) {
          err.write(
            `specgen: ${error instanceof SpecgenError ? error.message : `internal error: ${(error as Error).message}`}\n`,
          );
        }
      }
    } catch (error) {
      err.write(`specgen: ${error instanceof SpecgenError ? error.message : (error as Error).message}\n`);
    }
    // Re-arm on what the jobs read now: a new overlay or $ref file starts being watched.
    for (const watcher of watchers) watcher.close();
    watchers = [];
    for (const path of await watchedPaths(jobs, environment, config)) {
      try {
        watchers.push(watchFile(path, () => schedule()));
      } catch {
        // A path that does not exist yet (a missing spec): its parent folder tells us when it appears.
        try {
          watchers.push(watchFile(dirname(path), () => schedule()));
        } catch {
          // Nothing to watch there; the other inputs still are.
        }
      }
    }
    out.write('watching for changes (Ctrl-C to stop)\n');
  };

  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    // Editors write a file in several steps; one quiet moment means one regeneration.
    timer = setTimeout(() => {
      running = running.then(runAll);
    }, 100);
  };

  running = runAll();
  await running;
  return new Promise<number>((resolveExit) => {
    const stop = () => {
      for (const watcher of watchers) watcher.close();
      if (timer !== undefined) clearTimeout(timer);
      resolveExit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
