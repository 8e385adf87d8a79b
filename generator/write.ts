import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, relative, sep } from 'node:path';
import { SpecgenError } from './errors.js';
import type { OutputFile } from './render.js';

/** The manifest file in each output folder: which files specgen owns there, with their hashes. */
export const MANIFEST = '.specgen-manifest.json';

/** What a write (or a check) found and did. */
export interface WriteReport {
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  readonly removed: readonly string[];
}

/** What a check found: files whose contents differ, files missing, owned files no longer produced. */
export interface CheckReport {
  readonly stale: readonly string[];
  readonly missing: readonly string[];
  readonly extra: readonly string[];
}

interface Manifest {
  readonly generator: string;
  readonly files: Readonly<Record<string, string>>;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Refuses any output path that is absolute or climbs out of the output folder. */
function safeRelative(path: string): string {
  const normalized = normalize(path);
  if (isAbsolute(path) || normalized === '..' || normalized.startsWith(`..${sep}`) || path.includes('\0')) {
    throw new SpecgenError({ message: `refusing to write outside the output folder: ${JSON.stringify(path)}` });
  }
  return normalized;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function readManifest(outDir: string): Promise<Manifest | undefined> {
  const text = await readIfExists(join(outDir, MANIFEST));
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as Manifest;
    return typeof parsed.files === 'object' && parsed.files !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function manifestText(files: readonly OutputFile[], generator: string): string {
  const entries = Object.fromEntries(
    [...files].sort((a, b) => (a.path < b.path ? -1 : 1)).map((file) => [file.path, sha256(file.contents)]),
  );
  return `${JSON.stringify({ generator, files: entries } satisfies Manifest, null, 2)}\n`;
}

/** Compares what would be written with what is on disk, writing nothing. */
export async function checkOutput(
  outDir: string,
  files: readonly OutputFile[],
  generator: string,
): Promise<CheckReport> {
  const stale: string[] = [];
  const missing: string[] = [];
  const all = [...files, { path: MANIFEST, contents: manifestText(files, generator) }];
  for (const file of all) {
    const current = await readIfExists(join(outDir, safeRelative(file.path)));
    if (current === undefined) missing.push(file.path);
    else if (current !== file.contents) stale.push(file.path);
  }
  const produced = new Set(files.map((file) => file.path));
  const previous = await readManifest(outDir);
  const extra: string[] = [];
  for (const path of Object.keys(previous?.files ?? {})) {
    if (!produced.has(path) && (await readIfExists(join(outDir, safeRelative(path)))) !== undefined) extra.push(path);
  }
  return { stale, missing, extra };
}

/**
 * Writes the files into `outDir`: unchanged files are not touched (their mtime stays), changed ones are written to a
 * temporary file and renamed over the old one, so a reader never sees half a file. The manifest goes last; owned
 * files that are no longer produced are removed, and files specgen does not own are never touched.
 */
export async function writeOutput(
  outDir: string,
  files: readonly OutputFile[],
  generator: string,
): Promise<WriteReport> {
  const previous = await readManifest(outDir);
  const all = [...files, { path: MANIFEST, contents: manifestText(files, generator) }];
  const staged: { temp: string; target: string; path: string }[] = [];
  const unchanged: string[] = [];
  try {
    for (const file of all) {
      const target = join(outDir, safeRelative(file.path));
      if ((await readIfExists(target)) === file.contents) {
        unchanged.push(file.path);
        continue;
      }
      await mkdir(dirname(target), { recursive: true });
      const temp = `${target}.specgen-${process.pid}.tmp`;
      await writeFile(temp, file.contents);
      staged.push({ temp, target, path: file.path });
    }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
  // Everything is staged: now swap in, manifest last, so an interrupted run leaves the old manifest describing files.
  for (const { temp, target } of staged) await rename(temp, target);
  const produced = new Set(files.map((file) => file.path));
  const removed: string[] = [];
  for (const path of Object.keys(previous?.files ?? {}).sort()) {
    if (produced.has(path) || path === MANIFEST) continue;
    const target = join(outDir, safeRelative(path));
    if ((await readIfExists(target)) !== undefined) {
      await rm(target);
      removed.push(path);
    }
  }
  return {
    written: staged.map(({ path }) => path).filter((path) => path !== MANIFEST),
    unchanged: unchanged.filter((path) => path !== MANIFEST),
    removed,
  };
}

/** The output folder, refused when it is the filesystem root or contains `..` segments after resolving. */
export function outputFolder(cwd: string, out: string): string {
  const resolved = isAbsolute(out) ? normalize(out) : join(cwd, out);
  if (relative(resolved, '/') === '' || normalize(out).split(sep).includes('..')) {
    throw new SpecgenError(
      { message: `refusing output folder ${JSON.stringify(out)}: give a folder inside the project, without ".."` },
      2,
    );
  }
  return resolved;
}
