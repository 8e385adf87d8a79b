/** A folder given as `--spec` (CRD input): which of its files are read, shared by the loader and the job's inputs. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The file names a spec folder's loader reads. */
const SPEC_FILE = /\.(ya?ml|json)$/i;

/** The spec files of a folder, sorted by name (no subfolders), or undefined when `path` is not a folder. */
export async function specFolderFiles(path: string): Promise<string[] | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory() !== true) return undefined;
  // Files only: a subfolder named like a spec (`v1.yaml/`) is not read.
  return (await readdir(path, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && SPEC_FILE.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => join(path, name));
}
