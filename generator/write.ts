import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, relative, sep } from 'node:path';
import { EXIT_USAGE, SpecgenError } from './errors.js';
import type { OutputFile } from './render.js';

/** The manifest file in each output folder: which files specgen owns there, with their hashes. */
export const MANIFEST = '.specgen-manifest.json';
/** The staging folder inside the output folder; it exists only while a write is in progress. */
export const STAGING = '.specgen-staging';

/** What a write found and did. */
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

/** What specgen records about an output folder: the generator, the inputs it read and the files it owns. */
export interface Manifest {
  readonly generator: string;
  /** sha256 of every input (spec files, overlays, templates, options), by name. */
  readonly inputs: Readonly<Record<string, string>>;
  /** sha256 of every file specgen owns, by path relative to the output folder. */
  readonly files: Readonly<Record<string, string>>;
}

/** The staging journal: what a commit is replacing, so an interrupted commit can be rolled back. */
interface Journal {
  readonly entries: readonly { readonly path: string; readonly backedUp: boolean }[];
}

/** sha256 of a text, hex. */
export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Refuses any output path that is absolute or climbs out of the output folder. */
function safeRelative(path: string): string {
  const normalized = normalize(path);
  if (
    isAbsolute(path) ||
    normalized === '..' ||
    normalized.startsWith(`..${sep}`) ||
    path.includes('\0') ||
    normalized.startsWith(STAGING)
  ) {
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

/** The manifest of an output folder, or undefined when there is none (or it is unreadable). */
export async function readManifest(outDir: string): Promise<Manifest | undefined> {
  const text = await readIfExists(join(outDir, MANIFEST));
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as Partial<Manifest>;
    if (typeof parsed.files !== 'object' || parsed.files === null) return undefined;
    return { generator: String(parsed.generator ?? ''), inputs: parsed.inputs ?? {}, files: parsed.files };
  } catch {
    return undefined;
  }
}

/** The manifest text for a set of files: stable key order, so it changes only when something real does. */
export function manifestText(
  files: readonly OutputFile[],
  generator: string,
  inputs: Readonly<Record<string, string>>,
): string {
  const sortedEntries = (entries: [string, string][]) =>
    Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const manifest: Manifest = {
    generator,
    inputs: sortedEntries(Object.entries(inputs)),
    files: sortedEntries(files.map((file) => [file.path, sha256(file.contents)])),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** True when every file the manifest lists is on disk with its recorded hash (a no-op run can stop here). */
export async function ownedFilesIntact(outDir: string, manifest: Manifest): Promise<boolean> {
  for (const [path, hash] of Object.entries(manifest.files)) {
    const text = await readIfExists(join(outDir, safeRelative(path)));
    if (text === undefined || sha256(text) !== hash) return false;
  }
  return true;
}

/** Compares what would be written with what is on disk, writing nothing. */
export async function checkOutput(
  outDir: string,
  files: readonly OutputFile[],
  manifest: string,
): Promise<CheckReport> {
  const stale: string[] = [];
  const missing: string[] = [];
  for (const file of [...files, { path: MANIFEST, contents: manifest }]) {
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
 * Puts an interrupted commit back: every file it replaced or removed is restored from its backup, every file it
 * added is removed, and the staging folder goes. Synchronous, so it can run in a signal handler.
 */
export function rollBack(outDir: string): void {
  const staging = join(outDir, STAGING);
  const journalPath = join(staging, 'journal.json');
  if (existsSync(journalPath)) {
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as Journal;
    for (const { path, backedUp } of journal.entries) {
      const target = join(outDir, path);
      const backup = join(staging, 'backup', path);
      if (backedUp) {
        if (existsSync(backup)) {
          mkdirSync(dirname(target), { recursive: true });
          renameSync(backup, target);
        }
      } else {
        rmSync(target, { force: true });
      }
    }
  }
  rmSync(staging, { recursive: true, force: true });
}

/** Runs `commit` with SIGINT/SIGTERM/SIGHUP rolling the folder back first, so an interrupted run changes nothing. */
async function withRollbackOnSignal<T>(outDir: string, commit: () => Promise<T>): Promise<T> {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const handler = (signal: NodeJS.Signals) => {
    rollBack(outDir);
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
  };
  for (const signal of signals) process.on(signal, handler);
  try {
    return await commit();
  } finally {
    for (const signal of signals) process.off(signal, handler);
  }
}

/**
 * Writes the files into `outDir` as one transaction. Unchanged files are not touched (their mtime stays). Changed
 * and new files are first staged in full; then a journal is written, the old files are moved to a backup, the new
 * ones renamed into place, files no longer produced moved out, and the manifest goes last. A failure or a signal
 * rolls everything back; a run killed outright is rolled back by the next run. Files specgen does not own are
 * never touched.
 */
export async function writeOutput(
  outDir: string,
  files: readonly OutputFile[],
  manifest: string,
): Promise<WriteReport> {
  rollBack(outDir);
  const previous = await readManifest(outDir);
  const all = [...files, { path: MANIFEST, contents: manifest }];
  const staging = join(outDir, STAGING);
  const changed: OutputFile[] = [];
  const unchanged: string[] = [];
  for (const file of all) {
    if ((await readIfExists(join(outDir, safeRelative(file.path)))) === file.contents) unchanged.push(file.path);
    else changed.push(file);
  }
  const produced = new Set(files.map((file) => file.path));
  const removedPaths: string[] = [];
  for (const path of Object.keys(previous?.files ?? {}).sort()) {
    if (
      !produced.has(path) &&
      path !== MANIFEST &&
      (await readIfExists(join(outDir, safeRelative(path)))) !== undefined
    )
      removedPaths.push(path);
  }
  if (changed.length === 0 && removedPaths.length === 0)
    return { written: [], unchanged: unchanged.filter((path) => path !== MANIFEST), removed: [] };

  try {
    await withRollbackOnSignal(outDir, async () => {
      for (const file of changed) {
        const target = join(staging, 'new', safeRelative(file.path));
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, file.contents);
      }
      const entries = [
        ...changed.map((file) => ({
          path: safeRelative(file.path),
          backedUp: existsSync(join(outDir, safeRelative(file.path))),
        })),
        ...removedPaths.map((path) => ({ path: safeRelative(path), backedUp: true })),
      ];
      await writeFile(join(staging, 'journal.json'), JSON.stringify({ entries } satisfies Journal));
      for (const { path, backedUp } of entries) {
        if (!backedUp) continue;
        const backup = join(staging, 'backup', path);
        await mkdir(dirname(backup), { recursive: true });
        await rename(join(outDir, path), backup);
      }
      // Manifest last: until it is in place, the folder's manifest still describes the files it had.
      const ordered = [
        ...changed.filter((file) => file.path !== MANIFEST),
        ...changed.filter((file) => file.path === MANIFEST),
      ];
      for (const file of ordered) {
        const target = join(outDir, safeRelative(file.path));
        await mkdir(dirname(target), { recursive: true });
        await rename(join(staging, 'new', safeRelative(file.path)), target);
      }
      await pauseForTests();
      await rm(staging, { recursive: true, force: true });
    });
  } catch (error) {
    rollBack(outDir);
    throw error;
  }
  return {
    written: changed.map((file) => file.path).filter((path) => path !== MANIFEST),
    unchanged: unchanged.filter((path) => path !== MANIFEST),
    removed: removedPaths,
  };
}

/**
 * Tests set SPECGEN_TEST_PAUSE_BEFORE_COMMIT_END to a number of milliseconds to hold a commit open, so that a
 * signal provably lands in the middle of it.
 */
async function pauseForTests(): Promise<void> {
  const ms = Number(process.env['SPECGEN_TEST_PAUSE_BEFORE_COMMIT_END'] ?? '');
  if (Number.isFinite(ms) && ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
}

/** The output folder, refused when it is the filesystem root or contains `..` segments. */
export function outputFolder(cwd: string, out: string): string {
  const resolved = isAbsolute(out) ? normalize(out) : join(cwd, out);
  if (relative(resolved, '/') === '' || normalize(out).split(sep).includes('..')) {
    throw new SpecgenError(
      { message: `refusing output folder ${JSON.stringify(out)}: give a folder inside the project, without ".."` },
      EXIT_USAGE,
    );
  }
  return resolved;
}
