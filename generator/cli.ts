import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { bundle } from './bundle.js';
import { EXIT_BAD_INPUT, EXIT_USAGE, SpecgenError, formatDiagnostic } from './errors.js';
import { generate } from './index.js';
import { loadFile, loadSpecFiles } from './load.js';
import { loadTemplates } from './templates.js';
import { checkOutput, outputFolder, writeOutput } from './write.js';

const HELP = `specgen: TypeScript types, validators and clients from OpenAPI (3.0, 3.1, Swagger 2.0)

Usage:
  specgen generate --spec FILE --out DIR --name PACKAGE [options]
  specgen --help | --version

Run "specgen generate --help" for the options of generate.
`;

const GENERATE_HELP = `Usage: specgen generate --spec FILE --out DIR --name PACKAGE [options]

Options:
  --spec FILE             the OpenAPI or Swagger document (JSON or YAML)            (required)
  --overlay FILE          an OpenAPI Overlay 1.0 document to apply; repeatable, applied in order
  --out DIR               the output folder (a package: package.json, src/)      (required)
  --name PACKAGE          the npm name of the generated package                  (required)
  --check                 write nothing; exit 1 and name each stale, missing or extra file
  --templates DIR         a folder whose templates/partials replace specgen's by file name
  --kubernetes on|off     force the Kubernetes rules on or off (default: detected from the spec)
  --allow-dangling-refs   type dangling $refs as unknown, with a warning, instead of failing
  --verbose               print warnings in full and stack traces on failure
  -h, --help              show this help

Exit codes: 0 success, 1 bad input or stale output (--check), 2 bad usage.
`;

/** The parsed flags of `specgen generate`. */
export interface GenerateFlags {
  readonly spec: string;
  readonly overlays: readonly string[];
  readonly out: string;
  readonly name: string;
  readonly check: boolean;
  readonly templates?: string;
  readonly kubernetes?: boolean;
  readonly allowDanglingRefs: boolean;
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
  const valued = new Set(['spec', 'overlay', 'out', 'name', 'templates', 'kubernetes']);
  const boolean = new Set(['check', 'allow-dangling-refs', 'verbose', 'help']);
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
  const spec = single('spec');
  const out = single('out');
  const name = single('name');
  if (spec === undefined) throw usage('--spec is required');
  if (out === undefined) throw usage('--out is required');
  if (name === undefined) throw usage('--name is required');
  const kubernetes = single('kubernetes');
  if (kubernetes !== undefined && kubernetes !== 'on' && kubernetes !== 'off')
    throw usage('--kubernetes takes on or off');
  const templates = single('templates');
  return {
    spec,
    overlays: values['overlay'] ?? [],
    out,
    name,
    check: switches.has('check'),
    ...(templates !== undefined ? { templates } : {}),
    ...(kubernetes !== undefined ? { kubernetes: kubernetes === 'on' } : {}),
    allowDanglingRefs: switches.has('allow-dangling-refs'),
    verbose: switches.has('verbose'),
  };
}

/** specgen's own version, from its package.json. */
function version(): string {
  const text = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

/** Runs `specgen generate` and returns the exit code. */
async function runGenerate(flags: GenerateFlags, out: NodeJS.WriteStream, err: NodeJS.WriteStream): Promise<number> {
  const started = performance.now();
  const outDir = outputFolder(process.cwd(), flags.out);
  const [files, overlays, templates] = await Promise.all([
    loadSpecFiles(flags.spec),
    Promise.all(flags.overlays.map((overlay) => loadFile(overlay))),
    loadTemplates(flags.templates),
  ]);
  const spec = bundle(files, flags.spec);
  const result = await generate(
    { spec, overlays },
    {
      templates,
      packageName: flags.name,
      allowDanglingRefs: flags.allowDanglingRefs,
      ...(flags.kubernetes !== undefined ? { kubernetes: flags.kubernetes } : {}),
    },
  );
  for (const warning of result.warnings) err.write(`warning: ${formatDiagnostic(warning)}\n`);
  const generator = `specgen@${version()}`;
  const elapsed = (): string => `${Math.round(performance.now() - started)} ms`;
  if (flags.check) {
    const report = await checkOutput(outDir, result.files, generator);
    const problems = [
      ...report.stale.map((path) => `stale: ${flags.out}/${path}`),
      ...report.missing.map((path) => `missing: ${flags.out}/${path}`),
      ...report.extra.map((path) => `extra: ${flags.out}/${path}`),
    ];
    if (problems.length > 0) {
      err.write(
        `${problems.join('\n')}\n${flags.out}: ${problems.length} file(s) out of date; run specgen generate (${elapsed()})\n`,
      );
      return EXIT_BAD_INPUT;
    }
    out.write(`${flags.out}: ${result.files.length} files fresh (${elapsed()})\n`);
    return 0;
  }
  const report = await writeOutput(outDir, result.files, generator);
  const removed = report.removed.length > 0 ? `, ${report.removed.length} removed` : '';
  out.write(
    `${flags.out}: ${report.written.length} written, ${report.unchanged.length} unchanged${removed} (${elapsed()})\n`,
  );
  return 0;
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
