// The bundled CLI reads the generator identity its build recorded (dist/cli.identity) instead of hashing dist/ at
// every start: the record must be exactly what the package entry computes, or switching between the CLI and
// `generate()` from 'specgen' would regenerate every output.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoPath } from './support/pipeline.js';
import { TODO_SPEC, specgen } from './support/cli.js';

describe('the generator identity of the bundled CLI', () => {
  it('is the one the build recorded, which is the hash the package entry computes', async () => {
    const recorded = (await readFile(repoPath('dist/cli.identity'), 'utf8')).trim();
    const { generatorIdentity } = (await import(pathToFileURL(repoPath('dist/job.js')).href)) as {
      generatorIdentity: () => Promise<string>;
    };
    expect(recorded).toMatch(/^specgen@\d+\.\d+\.\d+\+[0-9a-f]{16}$/);
    expect(recorded).toBe(await generatorIdentity());
    const dir = await mkdtemp(join(tmpdir(), 'specgen-identity-'));
    await writeFile(join(dir, 'todo.yaml'), TODO_SPEC);
    const run = await specgen(['generate', '--spec', 'todo.yaml', '--out', 'out', '--name', 'todo'], dir);
    expect(run.code).toBe(0);
    const manifest = JSON.parse(await readFile(join(dir, 'out/.specgen-manifest.json'), 'utf8')) as {
      generator: string;
    };
    expect(manifest.generator).toBe(recorded);
  });

  it('is read only by the bundle; the modules of dist/ and the sources hash', async () => {
    const { recordedIdentity } = (await import(pathToFileURL(repoPath('dist/job.js')).href)) as {
      recordedIdentity: (url: string) => string | undefined;
    };
    expect(recordedIdentity(pathToFileURL(repoPath('dist/cli.bundle.js')).href)).toBeDefined();
    expect(recordedIdentity(pathToFileURL(repoPath('dist/cli.js')).href)).toBeUndefined();
    expect(recordedIdentity(pathToFileURL(repoPath('generator/cli.ts')).href)).toBeUndefined();
    expect(recordedIdentity(pathToFileURL(join(tmpdir(), 'nowhere/cli.bundle.js')).href)).toBeUndefined();
  });
});
