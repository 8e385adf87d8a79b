// Fault injection for the write stage's commit: the commit is stopped after each of its file operations in turn (as
// a SIGKILL would stop it, with no chance to clean up), and the next run must find the folder exactly as it was
// before or exactly as it would be after, and must never fail. Torn writes (a file or the journal half-written)
// are injected too.
import { mkdtemp, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FILE_SYSTEM_STEPS,
  MANIFEST,
  STAGING,
  commit,
  manifestText,
  rollBack,
  writeOutput,
  type CommitSteps,
} from '../../generator/write.js';
import { snapshot } from '../support/cli.js';

/** Thrown by the injected step: the process "dies" here. */
class Killed extends Error {}

/** Steps that run normally until step `stopAt`, which dies: after doing nothing, or (torn) after half a write. */
function dyingSteps(stopAt: number, torn: boolean): { steps: CommitSteps; count: () => number } {
  let step = 0;
  const guard = async <T>(run: () => Promise<T>, half?: () => Promise<void>): Promise<T> => {
    step++;
    if (step === stopAt) {
      if (torn && half) await half();
      throw new Killed(`killed at step ${step}`);
    }
    return run();
  };
  return {
    count: () => step,
    steps: {
      mkdir: (path) => guard(() => FILE_SYSTEM_STEPS.mkdir(path)),
      writeFile: (path, contents) =>
        guard(
          () => FILE_SYSTEM_STEPS.writeFile(path, contents),
          () => writeFile(path, contents.slice(0, Math.floor(contents.length / 2))),
        ),
      rename: (from, to) => guard(() => FILE_SYSTEM_STEPS.rename(from, to)),
      unlink: (path) => guard(() => FILE_SYSTEM_STEPS.unlink(path)),
      removeFolder: (path) => guard(() => FILE_SYSTEM_STEPS.removeFolder(path)),
    },
  };
}

const OLD = [
  { path: 'src/a.ts', contents: 'export const a = 1;\n' },
  { path: 'src/b.ts', contents: 'export const b = 1;\n' },
  { path: 'src/gone.ts', contents: 'export const gone = 1;\n' },
  { path: 'package.json', contents: '{"name":"old"}\n' },
];
const NEW = [
  { path: 'src/a.ts', contents: 'export const a = 2;\n' },
  { path: 'src/b.ts', contents: 'export const b = 1;\n' },
  { path: 'src/c/new.ts', contents: 'export const added = 2;\n' },
  { path: 'package.json', contents: '{"name":"new"}\n' },
];

/** A folder holding the old output (written by a normal run), with a user's file beside it. */
async function oldFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'specgen-commit-'));
  await writeOutput(dir, OLD, manifestText(OLD, 'g', { spec: 'old' }));
  await writeFile(join(dir, 'README.md'), 'mine\n');
  return dir;
}

/** What the new commit changes in `dir`, as writeOutput would compute it. */
function newCommit(dir: string, steps: CommitSteps): Promise<void> {
  const manifest = { path: MANIFEST, contents: manifestText(NEW, 'g', { spec: 'new' }) };
  const changed = [...NEW.filter((file) => file.path !== 'src/b.ts'), manifest];
  return commit(dir, changed, ['src/gone.ts'], steps);
}

describe('a commit stopped after any step', async () => {
  // Count the steps of a complete commit, and take the two end states.
  const reference = await oldFolder();
  const before = await snapshot(reference);
  const counter = dyingSteps(Number.POSITIVE_INFINITY, false);
  await newCommit(reference, counter.steps);
  const after = await snapshot(reference);
  const steps = counter.count();

  it('has the steps the design says (stage, journal, backups, renames, commit point)', () => {
    expect(steps).toBeGreaterThan(12);
    expect(after['src/gone.ts']).toBeUndefined();
    expect(after['src/c/new.ts']).toBe('export const added = 2;\n');
    expect(Object.keys(after).some((path) => path.startsWith(STAGING))).toBe(false);
  });

  const cases = Array.from({ length: steps }, (_, index) => index + 1).flatMap((stopAt) => [
    [stopAt, false] as const,
    [stopAt, true] as const,
  ]);
  it.each(cases)(
    'step %i (torn write: %s): the next run recovers to old or new, then writes new',
    async (stopAt, torn) => {
      const dir = await oldFolder();
      await expect(newCommit(dir, dyingSteps(stopAt, torn).steps)).rejects.toBeInstanceOf(Killed);
      // What the next run does first: recovery. It never throws, and leaves exactly one of the two states.
      expect(() => rollBack(dir)).not.toThrow();
      const recovered = await snapshot(dir);
      expect([before, after]).toContainEqual(recovered);
      // Then the run goes on and writes the new output.
      await writeOutput(dir, NEW, manifestText(NEW, 'g', { spec: 'new' }));
      expect(await snapshot(dir)).toEqual(after);
    },
  );
});

describe('recovery from what an older or broken run left', () => {
  it.each([
    ['an empty journal', ''],
    ['a torn journal', '{"entries":[{"path":"src/a.ts","back'],
    ['a journal of the wrong shape', '{"entries":[{"path":3}]}'],
  ])('%s: nothing was committed, the staging folder goes, and the run succeeds', async (_, journal) => {
    const dir = await oldFolder();
    const before = await snapshot(dir);
    await mkdir(join(dir, STAGING, 'new', 'src'), { recursive: true });
    await writeFile(join(dir, STAGING, 'new', 'src', 'a.ts'), 'half');
    await writeFile(join(dir, STAGING, 'journal.json'), journal);
    expect(rollBack(dir)).toBe('discarded');
    expect(await snapshot(dir)).toEqual(before);
  });

  it('reports what it recovered in the write report', async () => {
    const dir = await oldFolder();
    await mkdir(dirname(join(dir, STAGING, 'journal.json')), { recursive: true });
    await writeFile(join(dir, STAGING, 'journal.json'), '{"entr');
    const report = await writeOutput(dir, NEW, manifestText(NEW, 'g', { spec: 'new' }));
    expect(report.recovered).toBe('discarded');
    expect(await readFile(join(dir, 'src/a.ts'), 'utf8')).toBe('export const a = 2;\n');
  });
});
