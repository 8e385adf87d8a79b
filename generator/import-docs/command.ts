/** The `specgen import-docs` command: the only part of the importer that touches the disk. */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EXIT_USAGE, SpecgenError, formatDiagnostic } from '../errors.js';
import { serializeDocument } from './emit.js';
import { importDocs, type PageInput } from './index.js';

/** The help text of `specgen import-docs`. */
export const IMPORT_DOCS_HELP = `Usage: specgen import-docs PAGE... --out FILE [options]

Reads OpenShift REST API reference pages, as AsciiDoc source (openshift-docs rest_api/*.adoc) or as the page's
plain-text rendering, and writes one OpenAPI 3.0 document: YAML, or JSON when FILE ends in .json.

Options:
  --out FILE              the OpenAPI document to write                                (required)
  --api-version G/V       group/version of pages whose title does not say (default: that of the other pages)
  --report FILE           write the merge report: each difference between pages that define the same schema or
                          operation (which was kept), and each schema derived or linked from the library
  --verbose               print the report on stderr, and stack traces on failure
  -h, --help              show this help

Pages of one group/version merge into one document; when pages define the same thing differently, the newest
complete one wins (a page that is cut off loses) and both locations are reported. Objects the pages link to but do
not define come from the built-in apimachinery library (ObjectMeta, Time, Status, ...; each upstream definition
verbatim) or, for <Kind>List, the Kubernetes list convention, so the document generates on its own. A page that is
cut off is imported up to the cut, with a warning naming the line:column.

Exit codes: 0 success (with or without warnings), 1 bad input, 2 bad usage.
`;

/** The parsed flags of `specgen import-docs`. */
export interface ImportDocsFlags {
  readonly pages: readonly string[];
  readonly out: string;
  readonly apiVersion?: string;
  readonly report?: string;
  readonly verbose: boolean;
}

/** A usage error: exit code 2. */
function usage(message: string): SpecgenError {
  return new SpecgenError({ message: `${message}\n\n${IMPORT_DOCS_HELP}` }, EXIT_USAGE);
}

/** Parses the arguments after `import-docs`. */
export function parseImportDocsFlags(args: readonly string[]): ImportDocsFlags | 'help' {
  const pages: string[] = [];
  const values = new Map<string, string>();
  let verbose = false;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--verbose') {
      verbose = true;
      continue;
    }
    const match = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    if (!match) {
      pages.push(arg);
      continue;
    }
    const [, flag, inline] = match as unknown as [string, string, string | undefined];
    if (flag !== 'out' && flag !== 'api-version' && flag !== 'report') throw usage(`unknown option --${flag}`);
    const value = inline ?? args[++index];
    if (value === undefined || value.startsWith('--')) throw usage(`--${flag} needs a value`);
    if (values.has(flag)) throw usage(`--${flag} given more than once`);
    values.set(flag, value);
  }
  const out = values.get('out');
  if (pages.length === 0) throw usage('name at least one reference page');
  if (out === undefined) throw usage('--out is required');
  const apiVersion = values.get('api-version');
  if (apiVersion !== undefined && !/^([a-z0-9.-]+\/)?v\d+((alpha|beta)\d+)?$/.test(apiVersion))
    throw usage(`--api-version takes GROUP/VERSION (image.openshift.io/v1) or VERSION (v1), not ${apiVersion}`);
  const report = values.get('report');
  return {
    pages,
    out,
    verbose,
    ...(apiVersion !== undefined ? { apiVersion } : {}),
    ...(report !== undefined ? { report } : {}),
  };
}

/** Reads one page, reporting an unreadable file as bad input naming it. */
async function readPage(file: string): Promise<PageInput> {
  try {
    return { file, text: await readFile(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code})`;
    throw new SpecgenError({ message: reason, location: { file, pointer: '' } });
  }
}

/** Writes a file beside its target and renames it into place, so a reader never sees half of it. */
async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}

/** Runs `specgen import-docs` and returns the exit code; errors are thrown for the CLI to print. */
export async function runImportDocs(
  args: readonly string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const started = performance.now();
  const flags = parseImportDocsFlags(args);
  if (flags === 'help') {
    out.write(IMPORT_DOCS_HELP);
    return 0;
  }
  const pages = await Promise.all(flags.pages.map(readPage));
  const result = importDocs(pages, flags.apiVersion !== undefined ? { apiVersion: flags.apiVersion } : {});
  for (const warning of result.warnings) err.write(`warning: ${formatDiagnostic(warning)}\n`);
  const report = result.report.map((line) => `${line}\n`).join('');
  if (flags.verbose) err.write(report);
  if (flags.report !== undefined) await writeAtomically(flags.report, report);
  const header = `Imported by specgen import-docs from ${flags.pages.join(', ')}; regenerate rather than edit.`;
  const text = serializeDocument(result.document, flags.out, header);
  await writeAtomically(flags.out, text);
  const components = result.document['components'] as { schemas: Record<string, unknown> };
  const counts = [
    `${Object.keys(components.schemas).length} schemas`,
    `${Object.keys(result.document['paths'] as object).length} paths`,
    `${result.externals.length} external`,
  ];
  out.write(`${flags.out}: ${counts.join(', ')} (${Math.round(performance.now() - started)} ms)\n`);
  return 0;
}
