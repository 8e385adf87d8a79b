// The repository's own npm scripts, run as a developer runs them: `npm run generate -- --check` (what `npm run
// check` runs) must reach specgen as --check. It once reached a packaging step instead, so a hand-edited generated
// file was silently rewritten and the check passed.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoPath } from './support/pipeline.js';

const run = promisify(execFile);

/** A copy of what the scripts need (sources, templates, specs, generated/), sharing this checkout's node_modules. */
async function repositoryCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'specgen-scripts-'));
  for (const path of [
    'package.json',
    'tsconfig.json',
    'tsconfig.build.json',
    'specgen.config.json',
    'bin',
    'generator',
    'templates',
    'runtime',
    'specs',
    'generated',
  ])
    await cp(repoPath(path), join(dir, path), { recursive: true });
  await symlink(repoPath('node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

describe('npm run generate -- --check', () => {
  it('fails on a hand-edited generated file, and leaves the file as edited', async () => {
    const dir = await repositoryCopy();
    const types = join(dir, 'generated/imagetag/src/types.ts');
    const edited = `${await readFile(types, 'utf8')}// edited by hand\n`;
    await writeFile(types, edited);
    const failure = await run('npm', ['run', '-s', 'generate', '--', '--check'], { cwd: dir }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain('stale: generated/imagetag/src/types.ts');
    expect(await readFile(types, 'utf8')).toBe(edited);
  }, 120_000);

  it('passes on the committed output', async () => {
    const dir = await repositoryCopy();
    const { stdout } = await run('npm', ['run', '-s', 'generate', '--', '--check'], { cwd: dir });
    expect(stdout).toMatch(/generated\/imagetag: \d+ files fresh/);
  }, 120_000);
});
