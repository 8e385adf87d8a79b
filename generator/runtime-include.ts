import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHUNK_MARKER } from './format.js';

/** specgen's runtime modules: real TypeScript, copied into generated packages. */
export const RUNTIME_FOLDER = fileURLToPath(new URL('../runtime/', import.meta.url));

/** An import between runtime modules: the modules are concatenated into one file, so these go. */
const RELATIVE_IMPORT = /^import\s[^;]*?\sfrom\s"\.\/[^"]+";\n/gm;

/** One module's text as it is included: relative imports removed, one pre-formatted chunk. */
export function includeModule(text: string): string {
  return `${CHUNK_MARKER} formatted\n${text.replace(RELATIVE_IMPORT, '').trimStart()}`;
}

/**
 * The runtime modules of a folder (`testing`) as one partial: every `.ts` module, sorted by name, included
 * verbatim. They are formatted with the generator's Prettier options (runtime/.prettierrc.json), so they need no
 * formatting at generation time.
 */
export async function runtimePartial(folder: string): Promise<string> {
  const directory = join(RUNTIME_FOLDER, folder);
  const names = (await readdir(directory)).filter((name) => name.endsWith('.ts')).sort();
  const texts = await Promise.all(names.map((name) => readFile(join(directory, name), 'utf8')));
  return texts.map(includeModule).join('\n');
}
