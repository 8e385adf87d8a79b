import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateSources } from './render.js';
import { runtimePartial } from './runtime.js';

/** specgen's own templates folder, beside the generator (source) or its build (dist). */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../templates/', import.meta.url));

/** specgen's runtime modules (`runtime/**` `.ts` files), included by templates as the partials `runtime/<path>`. */
export const BUILTIN_RUNTIME = fileURLToPath(new URL('../runtime/', import.meta.url));

/** Reads the files of `dir` (and of its subfolders when `recursive`) whose names end in `extension`, by name. */
async function readSources(dir: string, extension: string, recursive: boolean): Promise<Record<string, string>> {
  const names = await readdir(dir, { recursive }).catch(() => [] as string[]);
  const entries = await Promise.all(
    names
      .filter((name) => name.endsWith(extension) && !name.endsWith('.d.ts'))
      .map(async (name) => [name.slice(0, -extension.length), await readFile(join(dir, name), 'utf8')] as const),
  );
  return Object.fromEntries(entries);
}

/** Runtime modules of a folder as partials: `runtime/client.ts` → `runtime/client`, `testing/server.ts` → `runtime/testing/server`. */
async function readRuntime(dir: string): Promise<Record<string, string>> {
  const modules = await readSources(dir, '.ts', true);
  return Object.fromEntries(
    Object.entries(modules).map(([name, source]) => {
      const path = name.split('\\').join('/');
      return [`runtime/${path}`, runtimePartial(source, `runtime/${path}.ts`)];
    }),
  );
}

/** Reads `*.hbs` templates, `partials/*.hbs` and `runtime/**` `.ts` files (as partials) from a templates folder. */
async function readFolder(folder: string, runtimeFolder: string): Promise<TemplateSources> {
  const [templates, partials, runtime] = await Promise.all([
    readSources(folder, '.hbs', false),
    readSources(join(folder, 'partials'), '.hbs', false),
    readRuntime(runtimeFolder),
  ]);
  return { templates, partials: { ...partials, ...runtime } };
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
  };
}
