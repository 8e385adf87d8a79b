import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { EXIT_BAD_INPUT, EXIT_USAGE, SpecgenError, formatDiagnostic } from './errors.js';
import type { Job, JobEnvironment, JobResult } from './job.js';

const HELP = `specgen: TypeScript types, validators and clients from OpenAPI (3.0, 3.1, Swagger 2.0)

Usage:
  specgen generate [--config FILE] [--check | --watch]      jobs from specgen.config.{ts,mjs,json}
  specgen generate --spec FILE --out DIR --name PACKAGE [options]
  specgen import-docs PAGE... --out FILE [--api-version GROUP/VERSION]   OpenShift API reference pages → OpenAPI
  specgen --help | --version

Run "specgen generate --help" or "specgen import-docs --help" for the options of a command.
`;

const GENERATE_HELP = `Usage:
  specgen generate [--config FILE] [--check | --watch] [--verbose]
  specgen generate --spec FILE --out DIR --name PACKAGE [options]

Without --spec, the jobs come from --config FILE or from specgen.config.ts, .mjs or .json in the current folder.

Options:
  --config FILE           the config file (default: specgen.config.{ts,mjs,json} here)
  --spec FILE             the OpenAPI or Swagger document (JSON or YAML)
  --overlay FILE          an OpenAPI Overlay 1.0 document to apply; repeatable, applied in order
  --out DIR               the output folder (a package: package.json, src/)      (required with --spec)
  --name PACKAGE          the npm name of the generated package                  (required with --spec)
  --version VERSION       the version of the generated package (default 0.0.0)
  --output KIND           package (default: package.json, src/, dist/) or sources (the .ts files only)
  --check                 write nothing; exit 1 and name each stale, missing or extra file
  --watch                 regenerate whenever a spec, overlay, config or template changes
  --templates DIR         a folder whose templates/partials replace specgen's by file name
  --kubernetes on|off     force the Kubernetes rules on or off (default: detected from the spec)
  --json-schema infer|strict
                          read schemas as OpenAPI tools do (infer, the default: properties without type
                          make an object) or as JSON Schema to the letter (strict)
  --allow-dangling-refs   type dangling $refs as unknown, with a warning, instead of failing
  --source-maps           write source maps beside dist/ (dist/*.js.map, dist/*.d.ts.map, into src/)
  --verbose               list warnings in full, and stack traces on failure
  -h, --help              show this help

Exit codes:
  0   success
  1   bad input (a spec, overlay, config or template of yours; each error names the file and line:column)
      or stale output (--check)
  2   bad usage
  70  an internal error of specgen's own: please report it
`;

/** The parsed flags of `specgen generate`. */
export interface GenerateFlags {
  /** A job given entirely by flags, when --spec is present. */
  readonly job?: Job;
  readonly config?: string;
  readonly check: boolean;
  readonly watch: boolean;
  readonly verbose: boolean;
}

/** A usage error: exit code 2. */
function usage(message: string): SpecgenError {
  return new SpecgenError({ message: `${message}\n\n${GENERATE_HELP}` }, EXIT_USAGE);
}

/** Parses the arguments after `generate`. */
export function parseGenerateFlags(args: readonly string[]): GenerateFlags | 'help' {
  const values: Record<string, string[]> = {};
  const switches = new Set<string>();
  const valued = new Set([
    'spec',
    'overlay',
    'out',
    'name',
    'templates',
    'kubernetes',
    'json-schema',
    'config',
    'version',
    'output',
  ]);
  const boolean = new Set(['check', 'watch', 'allow-dangling-refs', 'source-maps', 'verbose', 'help']);
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '-h') return 'help';
    const match = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    if (!match) throw usage(`unexpected argument ${JSON.stringify(arg)}`);
    const [, flag, inline] = match as unknown as [string, string, string | undefined];
    if (boolean.has(flag)) {
      if (inline !== undefined) throw usage(`--${flag} takes no value`);
      switches.add(flag);
    } else if (valued.has(flag)) {
      const value = inline ?? args[++index];
      if (value === undefined || value.startsWith('--')) throw usage(`--${flag} needs a value`);
      (values[flag] ??= []).push(value);
    } else {
      throw usage(`unknown option --${flag}`);
    }
  }
  if (switches.has('help')) return 'help';
  const single = (flag: string): string | undefined => {
    const list = values[flag];
    if (list && list.length > 1) throw usage(`--${flag} given more than once`);
    return list?.[0];
  };
  const common = { check: switches.has('check'), watch: switches.has('watch'), verbose: switches.has('verbose') };
  if (common.check && common.watch) throw usage('--check and --watch do not go together');
  const spec = single('spec');
  const config = single('config');
  if (spec === undefined) {
    for (const flag of ['overlay', 'out', 'name', 'templates', 'kubernetes', 'json-schema', 'version', 'output']) {
      if (values[flag]) throw usage(`--${flag} goes with --spec (or put it in the config file)`);
    }
    for (const flag of ['allow-dangling-refs', 'source-maps'])
      if (switches.has(flag)) throw usage(`--${flag} goes with --spec (or put it in the config file)`);
    return { ...common, ...(config !== undefined ? { config } : {}) };
  }
  if (config !== undefined) throw usage('give either --spec or --config, not both');
  const out = single('out');
  const output = single('output');
  if (output !== undefined && output !== 'package' && output !== 'sources')
    throw usage('--output takes package or sources');
  if (out === undefined) throw usage('--out is required with --spec');
  // A sources output has no package.json to name.
  const name = single('name') ?? (output === 'sources' ? basename(out) : undefined);
  if (name === undefined) throw usage('--name is required with --spec');
  const kubernetes = single('kubernetes');
  if (kubernetes !== undefined && kubernetes !== 'on' && kubernetes !== 'off')
    throw usage('--kubernetes takes on or off');
  const jsonSchema = single('json-schema');
  if (jsonSchema !== undefined && jsonSchema !== 'infer' && jsonSchema !== 'strict')
    throw usage('--json-schema takes infer or strict');
  const templates = single('templates');
  const packageVersion = single('version');
  return {
    ...common,
    job: {
      spec,
      overlays: values['overlay'] ?? [],
      out,
      name,
      ...(packageVersion !== undefined ? { packageVersion } : {}),
      ...(templates !== undefined ? { templates } : {}),
      ...(kubernetes !== undefined ? { kubernetes: kubernetes === 'on' } : {}),
      ...(jsonSchema !== undefined ? { jsonSchema } : {}),
      ...(switches.has('allow-dangling-refs') ? { allowDanglingRefs: true } : {}),
      ...(output !== undefined ? { output } : {}),
      ...(switches.has('source-maps') ? { sourceMaps: true } : {}),
    },
  };
}

/** specgen's own version, from its package.json. */
function version(): string {
  const text = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

/** Colours for a terminal; plain text anywhere else (files, pipes, CI logs). */
function painter(stream: NodeJS.WriteStream): {
  ok: (text: string) => string;
  bad: (text: string) => string;
  dim: (text: string) => string;
} {
  const on = stream.isTTY === true && !('NO_COLOR' in process.env);
  const wrap = (code: number) => (text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
  return { ok: wrap(32), bad: wrap(31), dim: wrap(2) };
}

/** One line for one job's result; warnings are counted, and listed with --verbose. */
function report(result: JobResult, flags: GenerateFlags, out: NodeJS.WriteStream, err: NodeJS.WriteStream): boolean {
  const paint = painter(out);
  const warnings =
    result.warnings.length === 0
      ? ''
      : `, ${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}${flags.verbose ? '' : ' (--verbose lists them)'}`;
  if (flags.verbose) for (const warning of result.warnings) err.write(`warning: ${formatDiagnostic(warning)}\n`);
  if (result.kind === 'checked') {
    const problems = [
      ...result.report.stale.map((path) => `stale: ${result.out}/${path}`),
      ...result.report.missing.map((path) => `missing: ${result.out}/${path}`),
      ...result.report.extra.map((path) => `extra: ${result.out}/${path}`),
    ];
    if (problems.length > 0) {
      err.write(
        `${problems.join('\n')}\n${paint.bad(`${result.out}: ${problems.length} file(s) out of date`)}; run specgen generate (${result.ms} ms${warnings})\n`,
      );
      return false;
    }
    out.write(
      `${paint.ok(`${result.out}: ${result.files} files fresh`)} ${paint.dim(`(${result.ms} ms${warnings})`)}\n`,
    );
    return true;
  }
  const { written, unchanged, removed, recovered } = result.report;
  if (recovered !== undefined)
    err.write(
      recovered === 'rolled-back'
        ? `${result.out}: rolled back the commit of an earlier run that was interrupted\n`
        : `${result.out}: removed what an interrupted earlier run had staged (nothing of it was committed)\n`,
    );
  const removedText = removed.length > 0 ? `, ${removed.length} removed` : '';
  out.write(
    `${paint.ok(`${result.out}: ${written.length} written, ${unchanged.length} unchanged${removedText}`)} ${paint.dim(`(${result.ms} ms${warnings})`)}\n`,
  );
  return true;
}

/** Runs `specgen generate` (every job) and returns the exit code. */
async function runGenerate(flags: GenerateFlags, out: NodeJS.WriteStream, err: NodeJS.WriteStream): Promise<number> {
  const cwd = process.cwd();
  // Loaded here, not at start-up: `--help`, `--version` and usage errors need none of the pipeline.
  const [{ generatorIdentity, recordedIdentity, runJob }, { resolveJobs }, { watch }] = await Promise.all([
    import('./job.js'),
    import('./config.js'),
    import('./watch.js'),
  ]);
  const generator = recordedIdentity(import.meta.url) ?? (await generatorIdentity());
  const environment: JobEnvironment = { cwd, generator };
  if (flags.watch) return watch(flags, environment, out, err);
  const jobs = await resolveJobs(flags, cwd);
  let ok = true;
  for (const job of jobs) ok = report(await runJob(job, environment, flags.check), flags, out, err) && ok;
  return ok ? 0 : EXIT_BAD_INPUT;
}

/** The command line: parses `args` and returns the exit code; errors are printed, never thrown. */
export async function main(args: readonly string[], out = process.stdout, err = process.stderr): Promise<number> {
  const verbose = args.includes('--verbose');
  try {
    const [command, ...rest] = args;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      out.write(HELP);
      return command === undefined ? EXIT_USAGE : 0;
    }
    if (command === '--version' || command === '-v') {
      out.write(`${version()}\n`);
      return 0;
    }
    // OpenShift API reference pages → an OpenAPI document (generator/import-docs/).
    if (command === 'import-docs')
      return await (await import('./import-docs/command.js')).runImportDocs(rest, out, err);
    if (command !== 'generate')
      throw new SpecgenError({ message: `unknown command ${JSON.stringify(command)}\n\n${HELP}` }, EXIT_USAGE);
    const flags = parseGenerateFlags(rest);
    if (flags === 'help') {
      out.write(GENERATE_HELP);
      return 0;
    }
    return await runGenerate(flags, out, err);
  } catch (error) {
    if (error instanceof SpecgenError) {
      err.write(`specgen: ${error.message}\n`);
      if (verbose && error.stack) err.write(`${error.stack}\n`);
      return error.exitCode;
    }
    err.write(`specgen: internal error: ${(error as Error).message ?? String(error)}\n`);
    if (verbose) err.write(`${(error as Error).stack ?? ''}\n`);
    else err.write('(run with --verbose for the stack trace, and please report it)\n');
    return 70;
  }
}
