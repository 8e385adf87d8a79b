import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { rollBack } from '../generator/write.js';
import { repoPath } from './support/pipeline.js';
import { snapshot } from './support/cli.js';

/** Starts the CLI holding its commit open, waits until the commit is under way, then sends `signal`. */
async function interruptCommit(cwd: string, signal: NodeJS.Signals): Promise<number | null> {
  const child = spawn(process.execPath, [repoPath('bin/specgen.js'), 'generate'], {
    cwd,
    env: { ...process.env, SPECGEN_TEST_PAUSE_BEFORE_COMMIT_END: '5000' },
    stdio: 'ignore',
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const journal = join(cwd, 'generated/imagetag/.specgen-staging/journal.json');
  const deadline = Date.now() + 20_000;
  while (!existsSync(journal)) {
    if (Date.now() > deadline) throw new Error('the commit never started');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  // The journal exists: files are being (or have been) swapped in; the pause holds the commit open.
  await new Promise((resolve) => setTimeout(resolve, 300));
  child.kill(signal);
  return exited;
}

let work: string;
let before: Record<string, string>;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'specgen-kill-'));
  await cp(repoPath('specs'), join(work, 'specs'), { recursive: true });
  await cp(repoPath('specgen.config.json'), join(work, 'specgen.config.json'));
  // An older generation, and a file specgen does not own, to be left exactly as they are.
  await cp(repoPath('generated/imagetag'), join(work, 'generated/imagetag'), {
    recursive: true,
    filter: (source) => !source.includes('/dist'),
  });
  await writeFile(join(work, 'generated/imagetag/src/types.ts'), '// an older generation\n');
  await writeFile(join(work, 'generated/imagetag/NOTES.md'), "not specgen's\n");
  before = await snapshot(join(work, 'generated/imagetag'));
});

describe('writes are transactions', () => {
  it('a SIGTERM in the middle of the commit rolls the folder back exactly', async () => {
    const code = await interruptCommit(work, 'SIGTERM');
    expect(code).toBe(143);
    expect(await snapshot(join(work, 'generated/imagetag'))).toEqual(before);
  }, 30_000);

  it('a SIGKILL in the middle of the commit is rolled back by the next run, exactly', async () => {
    await interruptCommit(work, 'SIGKILL');
    expect(existsSync(join(work, 'generated/imagetag/.specgen-staging'))).toBe(true);
    rollBack(join(work, 'generated/imagetag'));
    expect(await snapshot(join(work, 'generated/imagetag'))).toEqual(before);
  }, 30_000);
});

describe('ownership', () => {
  it('removes the files it produced before, and stray files in the folders it owns; never a file at the root', async () => {
    const dir = join(work, 'generated/imagetag');
    const manifestPath = join(dir, '.specgen-manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { files: Record<string, string> };
    // A file an older generation wrote (listed in the manifest), and one that is not specgen's.
    await writeFile(join(dir, 'src/old-module.ts'), '// from an older generation\n');
    manifest.files['src/old-module.ts'] = 'an older hash';
    await writeFile(manifestPath, JSON.stringify(manifest));
    // src/ is specgen's: a stray file there would be compiled into the package, so a run removes it too.
    await writeFile(join(dir, 'src/hand-written.ts'), '// put where it does not belong\n');
    const child = spawn(process.execPath, [repoPath('bin/specgen.js'), 'generate'], { cwd: work, stdio: 'pipe' });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0);
    expect(stdout).toMatch(/, 2 removed \(/);
    expect(existsSync(join(dir, 'src/old-module.ts'))).toBe(false);
    expect(existsSync(join(dir, 'src/hand-written.ts'))).toBe(false);
    expect(await readFile(join(dir, 'NOTES.md'), 'utf8')).toBe("not specgen's\n");
  }, 30_000);
});
