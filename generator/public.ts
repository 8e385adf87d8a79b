// specgen's programmatic entry (`import { defineConfig, generate } from 'specgen'`): the config types, the helper
// that types a config file, and the generator run as the CLI runs it.
import { resolve } from 'node:path';
import { generatorIdentity, runJob, type JobResult } from './job.js';
import { loadConfigObject, type JobConfig, type SpecgenConfig } from './config.js';

export { defineConfig } from './config.js';
export type { JobConfig, SpecgenConfig } from './config.js';
export type { JobResult } from './job.js';
export type { WriteReport, CheckReport } from './write.js';
export type { Diagnostic, SourceLocation } from './errors.js';
export { SpecgenError } from './errors.js';

/** Where and how to run: paths in the config are relative to `cwd` (default: the process's). */
export interface GenerateOptions {
  readonly cwd?: string;
  /** Write nothing; each result says which files are stale, missing or extra. */
  readonly check?: boolean;
}

/**
 * Runs every job of a config, exactly as `specgen generate` does (incremental, transactional writes), and returns
 * what each job did. Bad input rejects with a `SpecgenError` that names the file and the place.
 */
export async function generate(config: SpecgenConfig | JobConfig, options: GenerateOptions = {}): Promise<JobResult[]> {
  const cwd = resolve(options.cwd ?? process.cwd());
  // Paths are relative to `cwd`; errors name the config as given in code.
  const jobs = loadConfigObject(config, cwd, resolve(cwd, '<config passed to generate()>'));
  const environment = { cwd, generator: await generatorIdentity() };
  const results: JobResult[] = [];
  for (const job of jobs) results.push(await runJob(job, environment, options.check ?? false));
  return results;
}
