import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateSources } from './render.js';
import { runtimePartial } from './runtime.js';

/** specgen's own templates folder, beside the generator (source) or its build (dist). */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../templates/', import.meta.url));

/** specgen's runtime modules (`runtime/**` `.ts` files), included by templates as the partials `runtime/<path>`. */
export const BUILTIN_RUNTIME = fileURLToPath(new URL('../runtime/', import.meta.url));

/** Files read from a folder by name, and the path each came from (so an error in one can name its file). */
interface Sources {
  readonly texts: Record<string, string>;
  readonly files: Record<string, string>;
}

/** Reads the files of `dir` (and of its subfolders when `recursive`) whose names end in `extension`, by name. */
async function readSources(dir: string, extension: string, recursive: boolean): Promise<Sources> {
  const names = await readdir(dir, { recursive }).catch(() => [] as string[]);
  const entries = await Promise.all(
    names
      .filter((name) => name.endsWith(extension) && !name.endsWith('.d.ts'))
      .map(
        async (name) =>
          [name.slice(0, -extension.length), join(dir, name), await readFile(join(dir, name), 'utf8')] as const,
      ),
  );
  return {
    texts: Object.fromEntries(entries.map(([name, , text]) => [name, text])),
    files: Object.fromEntries(entries.map(([name, file]) => [name, file])),
  };
}

/** Runtime modules of a folder as partials: `runtime/client.ts` → `runtime/client`, `testing/server.ts` → `runtime/testing/server`. */
async function readRuntime(dir: string): Promise<Sources> {
  const modules = await readSources(dir, '.ts', true);
  const key = (name: string) => `runtime/${name.split('\\').join('/')}`;
  return {
    texts: Object.fromEntries(
      Object.entries(modules.texts).map(([name, source]) => [key(name), runtimePartial(source, `${key(name)}.ts`)]),
    ),
    files: Object.fromEntries(Object.entries(modules.files).map(([name, file]) => [key(name), file])),
  };
}

/** Reads `*.hbs` templates, `partials/*.hbs` and `runtime/**` `.ts` files (as partials) from a templates folder. */
async function readFolder(folder: string, runtimeFolder: string): Promise<Required<TemplateSources>> {
  const [templates, partials, runtime] = await Promise.all([
    readSources(folder, '.hbs', false),
    readSources(join(folder, 'partials'), '.hbs', false),
    readRuntime(runtimeFolder),
  ]);
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
 * runtime module by file name (`DIR/node.hbs`, `DIR/partials/banner.hbs`, `DIR/runtime/client.ts`).
 */
export async function loadTemplates(overrideFolder?: string): Promise<TemplateSources> {
  const builtin = await readFolder(BUILTIN_TEMPLATES, BUILTIN_RUNTIME);
  if (overrideFolder === undefined) return builtin;
  const override = await readFolder(overrideFolder, join(overrideFolder, 'runtime'));
  return {
    templates: { ...builtin.templates, ...override.templates },
    partials: { ...builtin.partials, ...override.partials },
    origins: { ...builtin.origins, ...override.origins },
  };
}
