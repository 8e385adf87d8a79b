import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateSources } from './render.js';

/** specgen's own templates folder, beside the generator (source) or its build (dist). */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../templates/', import.meta.url));

/** Reads `*.hbs` templates and `partials/*.hbs` from a folder; absent folders give nothing. */
async function readFolder(folder: string): Promise<TemplateSources & { origins: Record<string, string> }> {
  const origins: Record<string, string> = {};
  const read = async (dir: string, kind: 'template' | 'partial'): Promise<Record<string, string>> => {
    const names = await readdir(dir).catch(() => [] as string[]);
    const entries = await Promise.all(
      names
        .filter((name) => name.endsWith('.hbs'))
        .map(async (name) => {
          origins[`${kind}:${name.slice(0, -'.hbs'.length)}`] = join(dir, name);
          return [name.slice(0, -'.hbs'.length), await readFile(join(dir, name), 'utf8')] as const;
        }),
    );
    return Object.fromEntries(entries);
  };
  const [templates, partials] = await Promise.all([
    read(folder, 'template'),
    read(join(folder, 'partials'), 'partial'),
  ]);
  return { templates, partials, origins };
}

/** Loads the built-in templates, then lets a user's folder replace any template or partial by file name. */
export async function loadTemplates(overrideFolder?: string): Promise<TemplateSources> {
  const builtin = await readFolder(BUILTIN_TEMPLATES);
  if (overrideFolder === undefined) return builtin;
  const override = await readFolder(overrideFolder);
  return {
    templates: { ...builtin.templates, ...override.templates },
    partials: { ...builtin.partials, ...override.partials },
    origins: { ...builtin.origins, ...override.origins },
  };
}
