import { createRequire } from 'node:module';
import type Handlebars from 'handlebars';
import HandlebarsRuntime from 'handlebars/runtime.js';
import { SpecgenError } from './errors.js';
import { placeOf } from './text-place.js';
import type { Views } from './views/index.js';

/** A generated file: its path relative to the output folder, and its text. */
export interface OutputFile {
  readonly path: string;
  readonly contents: string;
}

/** A template compiled ahead of time by `Handlebars.precompile` (the build does it for specgen's own templates). */
export type CompiledTemplate = Parameters<typeof Handlebars.template>[0];

/** Template sources by name (`types`, `index`, `package.json`) and partial sources by name (`banner`). */
export interface TemplateSources {
  readonly templates: Readonly<Record<string, string>>;
  readonly partials: Readonly<Record<string, string>>;
  /** The file each came from, by `template:<name>` or `partial:<name>`, so an error can name it. */
  readonly origins?: Readonly<Record<string, string>>;
  /**
   * The same sources compiled ahead of time, by `template:<name>` or `partial:<name>`: only entries compiled from
   * exactly the text above (`loadTemplates` compares hashes). Used only when every source has one.
   */
  readonly compiled?: Readonly<Record<string, CompiledTemplate>>;
}

// Handlebars is CommonJS: its compiler is required when rendering sources that are not all precompiled, and a run
// over precompiled templates has only its runtime (no parser, no compiler: about 25 ms less at start-up). The runtime
// is imported with this module (the pipeline, which a no-op run or --help never loads), so the bundled CLI holds it
// (generator/build-cli.ts): about 8 ms less than Node resolving and compiling its CommonJS files one by one.
const require = createRequire(import.meta.url);

/** Handlebars with its compiler, for sources that are not all precompiled (a user's template folder, the tests). */
function fullHandlebars(): typeof Handlebars {
  return require('handlebars') as typeof Handlebars;
}

/** Handlebars' runtime alone: renders precompiled templates only. */
function runtimeHandlebars(): typeof Handlebars {
  return HandlebarsRuntime as unknown as typeof Handlebars;
}

/** Which template renders which output file from which view. */
const OUTPUTS: readonly { template: string; path: string; view: keyof Views }[] = [
  { template: 'types', path: 'src/types.ts', view: 'types' },
  { template: 'validators', path: 'src/validators.ts', view: 'validators' },
  { template: 'client', path: 'src/client.ts', view: 'client' },
  { template: 'node', path: 'src/node.ts', view: 'node' },
  { template: 'index', path: 'src/index.ts', view: 'index' },
  { template: 'package.json', path: 'package.json', view: 'packageJson' },
  { template: 'tsconfig.json', path: 'tsconfig.json', view: 'packageJson' },
  { template: 'testing', path: 'src/testing.ts', view: 'testing' },
];

/**
 * Renders every output file. A private Handlebars environment, strict (a missing field is an error, not an empty
 * string), no HTML escaping (the views hold printed code), and only the built-in helpers.
 */
export function render(views: Views, sources: TemplateSources): OutputFile[] {
  return [...renderEach(views, sources)];
}

/**
 * Renders the output files one at a time, in order, as `render` does: the pipeline hands each to the later stages
 * before rendering the next (its compile then overlaps their rendering). Every template is checked before the first.
 */
export function* renderEach(views: Views, sources: TemplateSources): Generator<OutputFile, void, undefined> {
  const compiled = precompiled(sources);
  const handlebars = compiled !== undefined ? runtimeHandlebars().create() : fullHandlebars().create();
  if (compiled !== undefined) {
    // Precompiled by the build from these very texts: their syntax and helpers were checked there.
    for (const name of Object.keys(sources.partials))
      handlebars.registerPartial(name, handlebars.template(compiled[`partial:${name}`]!));
  } else {
    // Each source is compiled alone first, so a syntax error or an unknown helper names the file it is in.
    for (const [kind, table] of [
      ['partial', sources.partials],
      ['template', sources.templates],
    ] as const)
      for (const [name, source] of Object.entries(table)) checkTemplate(handlebars, sources, `${kind}:${name}`, source);
    for (const [name, source] of Object.entries(sources.partials)) handlebars.registerPartial(name, source);
  }
  // An output whose view is absent is not needed by this API (the Node entry or the fake server of a non-Kubernetes API).
  for (const { template, path, view } of OUTPUTS) {
    if (views[view] === undefined) continue;
    const source = sources.templates[template];
    if (source === undefined)
      throw new SpecgenError({ message: `template "${template}.hbs" is missing (it renders ${path})` });
    let contents: string;
    try {
      const run =
        compiled !== undefined
          ? handlebars.template(compiled[`template:${template}`]!)
          : handlebars.compile(source, COMPILE_OPTIONS);
      contents = run(views[view]);
    } catch (error) {
      throw templateError(sources, `template:${template}`, source, error, `while rendering ${path}`);
    }
    yield { path, contents };
  }
}

/**
 * The precompiled templates, when every template and partial has one. All or nothing: a template compiled at run
 * time hands its compile options to the string partials it calls, a precompiled one has none to hand on.
 */
function precompiled(sources: TemplateSources): Readonly<Record<string, CompiledTemplate>> | undefined {
  const compiled = sources.compiled;
  if (compiled === undefined) return undefined;
  const complete =
    Object.keys(sources.templates).every((name) => compiled[`template:${name}`] !== undefined) &&
    Object.keys(sources.partials).every((name) => compiled[`partial:${name}`] !== undefined);
  return complete ? compiled : undefined;
}

/** Precompiles one source to the JavaScript text of its template specification (the build's step). */
export function precompileSource(handlebars: typeof Handlebars, source: string): string {
  return String(handlebars.precompile(source, { ...COMPILE_OPTIONS }));
}

/** The compile options of every template and partial, whether compiled now or by the build. */
const COMPILE_OPTIONS = { strict: true, noEscape: true, knownHelpersOnly: true } as const;

/** Precompiles one source (nothing runs), turning a syntax error or an unknown helper into a located error. */
function checkTemplate(handlebars: typeof Handlebars, sources: TemplateSources, key: string, source: string): void {
  try {
    handlebars.precompile(source, COMPILE_OPTIONS);
  } catch (error) {
    throw templateError(sources, key, source, error, 'in the template');
  }
}

/** Where a Handlebars error points: its own line and column, or the parse error's pointer, or a missing partial. */
function errorPlace(error: unknown, source: string): { line: number; column: number } | undefined {
  const located = error as { lineNumber?: number; column?: number; message?: string };
  if (typeof located.lineNumber === 'number' && typeof located.column === 'number')
    return { line: located.lineNumber, column: located.column + 1 };
  const message = String(located.message ?? '');
  const parse = /^Parse error on line (\d+):\n.*\n(-*)\^/.exec(message);
  if (parse) {
    const line = Number(parse[1]);
    const lineText = source.split('\n')[line - 1] ?? '';
    // Handlebars shows the end of the line up to the error; the pointer's dashes count from that excerpt's start.
    const shown = message.split('\n')[1] ?? '';
    const start = Math.max(0, lineText.lastIndexOf(shown.replace(/^\.\.\./, '')));
    return {
      line,
      column: Math.min(lineText.length, start + parse[2]!.length - (shown.startsWith('...') ? 3 : 0)) + 1,
    };
  }
  const partial = /^The partial (.+) could not be found$/.exec(message);
  if (partial) {
    const at = source.search(new RegExp(`\\{\\{~?>\\s*${partial[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
    if (at >= 0) return placeOf(source, at);
  }
  return undefined;
}

/** A template's fault, reported as bad input (exit 1) in the template's file, never as specgen's own bug. */
function templateError(
  sources: TemplateSources,
  key: string,
  source: string,
  error: unknown,
  context: string,
): SpecgenError {
  const file =
    sources.origins?.[key] ??
    `${key.replace(/^(template|partial):/, key.startsWith('partial') ? 'partials/' : '')}.hbs`;
  const place = errorPlace(error, source);
  const message = String((error as Error).message ?? error)
    .replace(/ - \d+:\d+$/, '')
    .split('\n')[0]!;
  return new SpecgenError({
    message: `${message} (${context})`,
    location: { file, pointer: '', ...(place ?? {}) },
  });
}
