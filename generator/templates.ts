import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CompiledTemplate, TemplateSources } from './render.js';
import { runtimePartial } from './runtime.js';

/** specgen's own templates folder, beside the generator (source) or its build (dist). */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../templates/', import.meta.url));

/** specgen's runtime modules (`runtime/**` `.ts` files), included by templates as the partials `runtime/<path>`. */
export const BUILTIN_RUNTIME = fileURLToPath(new URL('../runtime/', import.meta.url));

/** The built-in templates compiled by the build (generator/precompile.ts); absent when running from the sources. */
export const COMPILED_TEMPLATES = fileURLToPath(new URL('./templates.compiled.js', import.meta.url));

/**
 * The built-in runtime modules already made into partials by the build (generator/precompile.ts), each with the hash
 * of the module text it was made from; absent when running from the sources.
 */
export const PREBUILT_PARTIALS = fileURLToPath(new URL('./runtime-partials.json', import.meta.url));

/** One runtime module made into a partial by the build: the SHA-256 of the module's text, and the partial. */
export interface PrebuiltPartial {
  readonly sha256: string;
  readonly text: string;
}

/** The hash that ties a compiled template to the text it was compiled from. */
export function sourceHash(source: string): string {
  return createHash('sha256').update(source).digest('hex');
}

/** Files read from a folder by name, and the path each came from (so an error in one can name its file). */
interface Sources {
  readonly texts: Record<string, string>;
  readonly files: Record<string, string>;
}

/**
 * Reads the files of `dir` (and of its subfolders when `recursive`) whose names end in `extension`, by name.
 * Synchronously: some fifty small files, where a promise per file system call cost more than the reads themselves.
 */
function readSources(dir: string, extension: string, recursive: boolean): Sources {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive, encoding: 'utf8' });
  } catch {
    names = [];
  }
  const entries = names
    .filter((name) => name.endsWith(extension) && !name.endsWith('.d.ts'))
    .map((name) => [name.slice(0, -extension.length), join(dir, name), readFileSync(join(dir, name), 'utf8')] as const);
  return {
    texts: Object.fromEntries(entries.map(([name, , text]) => [name, text])),
    files: Object.fromEntries(entries.map(([name, file]) => [name, file])),
  };
}

/**
 * Runtime modules of a folder as partials: `runtime/client.ts` → `runtime/client`, `testing/server.ts` →
 * `runtime/testing/server`. A module whose text is the one a prebuilt partial was made from takes that partial
 * (making ~400 KB of modules into partials was some 10 ms of every cold start); any other is made here.
 */
function readRuntime(dir: string, prebuilt: Readonly<Record<string, PrebuiltPartial>> = {}): Sources {
  const modules = readSources(dir, '.ts', true);
  const key = (name: string) => `runtime/${name.split('\\').join('/')}`;
  const partial = (name: string, source: string): string => {
    const entry = prebuilt[key(name)];
    return entry !== undefined && entry.sha256 === sourceHash(source)
      ? entry.text
      : runtimePartial(source, `${key(name)}.ts`);
  };
  return {
    texts: Object.fromEntries(
      Object.entries(modules.texts).map(([name, source]) => [key(name), partial(name, source)]),
    ),
    files: Object.fromEntries(Object.entries(modules.files).map(([name, file]) => [key(name), file])),
  };
}

/** The build's prebuilt partials of the built-in runtime modules; none when running from the sources. */
function prebuiltPartials(): Readonly<Record<string, PrebuiltPartial>> {
  try {
    return JSON.parse(readFileSync(PREBUILT_PARTIALS, 'utf8')) as Record<string, PrebuiltPartial>;
  } catch {
    return {};
  }
}

/** The built-in runtime modules as partials with the hash of each module's text: what the build records. */
export function runtimePartialsRecord(): Record<string, PrebuiltPartial> {
  const modules = readSources(BUILTIN_RUNTIME, '.ts', true);
  return Object.fromEntries(
    Object.entries(modules.texts).map(([name, source]) => {
      const key = `runtime/${name.split('\\').join('/')}`;
      return [key, { sha256: sourceHash(source), text: runtimePartial(source, `${key}.ts`) }];
    }),
  );
}

/** Reads `*.hbs` templates, `partials/*.hbs` and `runtime/**` `.ts` files (as partials) from a templates folder. */
function readFolder(
  folder: string,
  runtimeFolder: string,
  prebuilt: Readonly<Record<string, PrebuiltPartial>> = {},
): Required<Omit<TemplateSources, 'compiled'>> {
  const templates = readSources(folder, '.hbs', false);
  const partials = readSources(join(folder, 'partials'), '.hbs', false);
  const runtime = readRuntime(runtimeFolder, prebuilt);
  const origins = (kind: string, sources: Sources) =>
    Object.entries(sources.files).map(([name, file]) => [`${kind}:${name}`, file] as const);
  return {
    templates: templates.texts,
    partials: { ...partials.texts, ...runtime.texts },
    origins: Object.fromEntries([
      ...origins('template', templates),
      ...origins('partial', partials),
      ...origins('partial', runtime),
    ]),
  };
}

/**
 * Loads the built-in templates and runtime modules, then lets a user's folder replace any template, partial or
 * runtime module by file name (`DIR/node.hbs`, `DIR/partials/banner.hbs`, `DIR/runtime/client.ts`), with the build's
 * precompiled forms of those that still have the text they were compiled from.
 */
export async function loadTemplates(overrideFolder?: string): Promise<TemplateSources> {
  return withCompiled(readTemplates(overrideFolder));
}

/**
 * The template sources alone (what a job's input hashes need): `loadTemplates` without the precompiled forms, which
 * a run loads only when it renders (`withCompiled`), not when it stops early because nothing changed.
 */
export function readTemplates(overrideFolder?: string): TemplateSources {
  const builtin = readFolder(BUILTIN_TEMPLATES, BUILTIN_RUNTIME, prebuiltPartials());
  if (overrideFolder === undefined) return builtin;
  const override = readFolder(overrideFolder, join(overrideFolder, 'runtime'));
  return {
    templates: { ...builtin.templates, ...override.templates },
    partials: { ...builtin.partials, ...override.partials },
    origins: { ...builtin.origins, ...override.origins },
  };
}

/** The sources with the build's precompiled forms of those whose text is still the one they were compiled from. */
export async function withCompiled(sources: TemplateSources): Promise<TemplateSources> {
  return { ...sources, compiled: matchingCompiled(await compiledTemplates(), sources.templates, sources.partials) };
}

/** The build's compiled templates, by key, each with the hash of its source text; none when running from sources. */
async function compiledTemplates(): Promise<Readonly<Record<string, { sha256: string; spec: CompiledTemplate }>>> {
  if (!existsSync(COMPILED_TEMPLATES)) return {};
  const module = (await import(pathToFileURL(COMPILED_TEMPLATES).href)) as {
    default: Record<string, { sha256: string; spec: CompiledTemplate }>;
  };
  return module.default;
}

/** The compiled templates whose source is exactly the text loaded now (a template edited since the build has none). */
function matchingCompiled(
  compiled: Readonly<Record<string, { sha256: string; spec: CompiledTemplate }>>,
  templates: Readonly<Record<string, string>>,
  partials: Readonly<Record<string, string>>,
): Record<string, CompiledTemplate> {
  const matching: Record<string, CompiledTemplate> = {};
  for (const [kind, table] of [
    ['template', templates],
    ['partial', partials],
  ] as const) {
    for (const [name, source] of Object.entries(table)) {
      const entry = compiled[`${kind}:${name}`];
      if (entry !== undefined && entry.sha256 === sourceHash(source)) matching[`${kind}:${name}`] = entry.spec;
    }
  }
  return matching;
}
