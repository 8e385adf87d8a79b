import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { lstat, mkdir, open, readFile, readdir, rename, rm } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, relative, sep } from 'node:path';
import { EXIT_USAGE, SpecgenError } from './errors.js';
import type { OutputFile } from './render.js';

/** The manifest file in each output folder: which files specgen owns there, with their hashes. */
export const MANIFEST = '.specgen-manifest.json';
/** The staging folder inside the output folder; it exists only while a write is in progress. */
export const STAGING = '.specgen-staging';
/** The journal inside the staging folder: present (and complete) from the first replaced file to the commit point. */
const JOURNAL = 'journal.json';

/** What a write found and did. */
export interface WriteReport {
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  readonly removed: readonly string[];
  /** What was left by an earlier run that was killed: discarded (nothing committed) or rolled back. */
  readonly recovered?: Exclude<Recovery, 'none'>;
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

/** True when something (a file, or a link even if dangling) sits at a path; a stat, never a read. */
async function isPresent(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** A file's text, or undefined when it does not exist. */
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

/**
 * True when the folder is exactly as the manifest left it (a no-op run can stop here): every file it lists on disk
 * with its recorded hash, no stray file in a folder specgen owns, and no interrupted run's staging folder.
 */
export async function ownedFilesIntact(
  outDir: string,
  manifest: Manifest,
  ownership: Ownership = {},
): Promise<boolean> {
  if (existsSync(join(outDir, STAGING))) return false;
  for (const [path, hash] of Object.entries(manifest.files)) {
    const text = await readIfExists(join(outDir, safeRelative(path)));
    if (text === undefined || sha256(text) !== hash) return false;
  }
  return (await notProduced(outDir, Object.keys(manifest.files), manifest, ownership)).length === 0;
}

/** Which part of the output folder specgen owns besides the files it writes. */
export interface Ownership {
  /**
   * True when the whole output folder is specgen's (a `sources` output). Otherwise it owns the folders it writes
   * files into (`src/`, `dist/`) but not the package root, where a README or an .npmrc of the user's may sit.
   */
  readonly root?: boolean;
}

/** Every file below a folder, relative to `base`; an absent folder has none. */
async function filesBelow(base: string, folder: string): Promise<string[]> {
  const entries = await readdir(join(base, folder), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => relative(base, join(entry.parentPath, entry.name)));
}

/**
 * Files in the output folder that specgen owns but does not produce now: files an earlier run produced, and any
 * other file inside a folder specgen owns (a stray `src/extra.ts` would be compiled into the package). Sorted.
 */
async function notProduced(
  outDir: string,
  paths: readonly string[],
  previous: Manifest | undefined,
  ownership: Ownership,
): Promise<string[]> {
  const produced = new Set(paths.map((path) => normalize(path)));
  const candidates = new Set(Object.keys(previous?.files ?? {}).map((path) => normalize(path)));
  const folders = new Set(
    [...produced].map((path) => dirname(path)).filter((folder) => ownership.root === true || folder !== '.'),
  );
  const topLevel = [...folders].filter((folder) => ![...folders].some((other) => isInside(folder, other)));
  for (const folder of topLevel) for (const path of await filesBelow(outDir, folder)) candidates.add(path);
  const stray: string[] = [];
  for (const path of candidates) {
    if (produced.has(path) || path === MANIFEST || path === STAGING || path.startsWith(`${STAGING}${sep}`)) continue;
    if (await isPresent(join(outDir, safeRelative(path)))) stray.push(path);
  }
  return stray.sort();
}

/** True when `folder` lies strictly inside `other` (both relative, normalized). */
function isInside(folder: string, other: string): boolean {
  return other !== folder && (other === '.' || folder.startsWith(`${other}${sep}`));
}

/** True when `folder` does not exist or has nothing in it. */
function emptyOrMissing(folder: string): boolean {
  try {
    return readdirSync(folder).length === 0;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/** Compares what would be written with what is on disk, writing nothing. */
export async function checkOutput(
  outDir: string,
  files: readonly OutputFile[],
  manifest: string,
  ownership: Ownership = {},
): Promise<CheckReport> {
  const stale: string[] = [];
  const missing: string[] = [];
  for (const file of [...files, { path: MANIFEST, contents: manifest }]) {
    const current = await readIfExists(join(outDir, safeRelative(file.path)));
    if (current === undefined) missing.push(file.path);
    else if (current !== file.contents) stale.push(file.path);
  }
  const extra = await notProduced(
    outDir,
    files.map((file) => file.path),
    await readManifest(outDir),
    ownership,
  );
  return { stale, missing, extra };
}

/** What recovery found in the staging folder of an earlier run. */
export type Recovery = 'none' | 'discarded' | 'rolled-back';

/** Reads the journal; a missing, empty or torn one means the commit never started replacing files. */
function readJournal(journalPath: string): Journal | undefined {
  let text: string;
  try {
    text = readFileSync(journalPath, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = JSON.parse(text) as Partial<Journal>;
    const entries = parsed.entries;
    if (!Array.isArray(entries)) return undefined;
    const valid = entries.every(
      (entry: unknown) =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as { path?: unknown }).path === 'string' &&
        typeof (entry as { backedUp?: unknown }).backedUp === 'boolean',
    );
    return valid ? (parsed as Journal) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Puts an interrupted commit back. The journal is renamed into place only once complete, and removed once every
 * file is in place (the commit point), so: no staging folder, nothing to do; a staging folder without a readable
 * journal, nothing was replaced yet (discard it); a journal, restore every file it backed up and remove every file
 * it added. Synchronous, so it can run in a signal handler; never throws on what an interrupted run can leave.
 */
export function rollBack(outDir: string): Recovery {
  const staging = join(outDir, STAGING);
  if (!existsSync(staging)) return 'none';
  const journal = readJournal(join(staging, JOURNAL));
  if (journal !== undefined) {
    for (const { path, backedUp } of journal.entries) {
      const relativePath = safeRelative(path);
      const target = join(outDir, relativePath);
      const backup = join(staging, 'backup', relativePath);
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
  return journal === undefined ? 'discarded' : 'rolled-back';
}

/** The file operations a commit makes, one call per step: tests replace them to stop a commit after any step. */
export interface CommitSteps {
  readonly mkdir: (path: string) => Promise<unknown>;
  /** Writes a file in full and flushes it to disk. */
  readonly writeFile: (path: string, contents: string) => Promise<void>;
  readonly rename: (from: string, to: string) => Promise<void>;
  readonly unlink: (path: string) => Promise<void>;
  readonly removeFolder: (path: string) => Promise<void>;
}

/** The real file system. */
export const FILE_SYSTEM_STEPS: CommitSteps = {
  mkdir: (path) => mkdir(path, { recursive: true }),
  writeFile: async (path, contents) => {
    const handle = await open(path, 'w');
    try {
      await handle.writeFile(contents);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => rename(from, to),
  unlink: (path) => rm(path, { force: true }),
  removeFolder: (path) => rm(path, { recursive: true, force: true }),
};

/**
 * The commit itself, without recovery (the caller rolls back on failure; the next run does after a kill): stage
 * every new file in full; write the journal beside its place and rename it in; move the old files to the backup;
 * rename the new ones in, the manifest last; remove the journal (the commit point); remove the staging folder.
 */
export async function commit(
  outDir: string,
  changed: readonly OutputFile[],
  removedPaths: readonly string[],
  steps: CommitSteps = FILE_SYSTEM_STEPS,
): Promise<void> {
  const staging = join(outDir, STAGING);
  // Within each phase the file operations are independent and run together (one at a time, some 150 round trips
  // to the thread pool took longer than the writes); the phases stay in order. Recovery never relies on the order
  // inside a phase: a stop leaves some of its operations done, which rollBack handles per file.
  const staged = changed.map((file) => ({ file, target: join(staging, 'new', safeRelative(file.path)) }));
  await makeFolders(
    steps,
    staged.map(({ target }) => dirname(target)),
  );
  await allSettledOrThrow(staged.map(({ file, target }) => steps.writeFile(target, file.contents)));
  const entries = [
    ...changed.map((file) => ({
      path: safeRelative(file.path),
      backedUp: existsSync(join(outDir, safeRelative(file.path))),
    })),
    ...removedPaths.map((path) => ({ path: safeRelative(path), backedUp: true })),
  ];
  await steps.mkdir(staging);
  await steps.writeFile(join(staging, `${JOURNAL}.partial`), JSON.stringify({ entries } satisfies Journal));
  await steps.rename(join(staging, `${JOURNAL}.partial`), join(staging, JOURNAL));
  const backups = entries.filter(({ backedUp }) => backedUp).map(({ path }) => path);
  await makeFolders(
    steps,
    backups.map((path) => dirname(join(staging, 'backup', path))),
  );
  await allSettledOrThrow(backups.map((path) => steps.rename(join(outDir, path), join(staging, 'backup', path))));
  const moveIn = (file: OutputFile): Promise<void> =>
    steps.rename(join(staging, 'new', safeRelative(file.path)), join(outDir, safeRelative(file.path)));
  await makeFolders(
    steps,
    changed.map((file) => dirname(join(outDir, safeRelative(file.path)))),
  );
  // Manifest last: until it is in place, the folder's manifest still describes the files it had.
  await allSettledOrThrow(changed.filter((file) => file.path !== MANIFEST).map(moveIn));
  await allSettledOrThrow(changed.filter((file) => file.path === MANIFEST).map(moveIn));
  await pauseForTests();
  await steps.unlink(join(staging, JOURNAL));
  await steps.removeFolder(staging);
}

/**
 * Makes each distinct folder of a phase once, before its file operations (one `mkdir` per folder, not per file: a
 * package's 30-odd files sit in three folders).
 */
async function makeFolders(steps: CommitSteps, folders: readonly string[]): Promise<void> {
  await allSettledOrThrow([...new Set(folders)].map(async (folder) => void (await steps.mkdir(folder))));
}

/**
 * Waits for every operation of a phase to finish, then fails with the first failure: recovery must never run while
 * an operation of the interrupted phase is still under way.
 */
async function allSettledOrThrow(operations: readonly Promise<void>[]): Promise<void> {
  const results = await Promise.allSettled(operations);
  const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed !== undefined) throw failed.reason;
}

/** Runs `commit` with SIGINT/SIGTERM/SIGHUP rolling the folder back first, so an interrupted run changes nothing. */
async function withRollbackOnSignal<T>(outDir: string, work: () => Promise<T>): Promise<T> {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const handler = (signal: NodeJS.Signals) => {
    rollBack(outDir);
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
  };
  for (const signal of signals) process.on(signal, handler);
  try {
    return await work();
  } finally {
    for (const signal of signals) process.off(signal, handler);
  }
}

/**
 * Writes the files into `outDir` as one transaction (see `commit`). Unchanged files are not touched (their mtime
 * stays). Files no longer produced, and stray files in the folders specgen owns, are removed. A failure or a signal
 * rolls everything back; a run killed outright is rolled back by the next run. Files outside what specgen owns are
 * never touched.
 */
export async function writeOutput(
  outDir: string,
  files: readonly OutputFile[],
  manifest: string,
  ownership: Ownership = {},
): Promise<WriteReport> {
  const recovery = rollBack(outDir);
  const recovered = recovery === 'none' ? {} : { recovered: recovery };
  // A folder that is empty or does not exist yet holds nothing to compare or remove (a first run: no read fails one
  // by one).
  const fresh = emptyOrMissing(outDir);
  const previous = fresh ? undefined : await readManifest(outDir);
  const all = [...files, { path: MANIFEST, contents: manifest }];
  const changed: OutputFile[] = [];
  const unchanged: string[] = [];
  const current = fresh
    ? all.map(() => undefined)
    : await Promise.all(all.map((file) => readIfExists(join(outDir, safeRelative(file.path)))));
  all.forEach((file, index) => {
    if (current[index] === file.contents) unchanged.push(file.path);
    else changed.push(file);
  });
  const removedPaths = fresh
    ? []
    : await notProduced(
        outDir,
        files.map((file) => file.path),
        previous,
        ownership,
      );
  if (changed.length === 0 && removedPaths.length === 0)
    return { written: [], unchanged: unchanged.filter((path) => path !== MANIFEST), removed: [], ...recovered };

  try {
    await withRollbackOnSignal(outDir, () => commit(outDir, changed, removedPaths));
  } catch (error) {
    rollBack(outDir);
    throw error;
  }
  return {
    written: changed.map((file) => file.path).filter((path) => path !== MANIFEST),
    unchanged: unchanged.filter((path) => path !== MANIFEST),
    removed: removedPaths,
    ...recovered,
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
