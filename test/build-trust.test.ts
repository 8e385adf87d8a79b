// The build step's promise, tried as a user would through the CLI: fresh means fresh (every kind of input counts),
// a killed run never blocks the next one, --check covers everything specgen owns, a template's error is the
// template author's (exit 1, located), and a non-Kubernetes package carries only what it needs.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoPath } from './support/pipeline.js';
import { TODO_SPEC, snapshot, specgen } from './support/cli.js';

const run = promisify(execFile);

/** A fresh project folder with the ImageTag specs, a second spec and a config of one job. */
async function project(job: Record<string, unknown> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'specgen-trust-'));
  await cp(repoPath('specs'), join(dir, 'specs'), { recursive: true });
  await writeFile(join(dir, 'specs/todo.yaml'), TODO_SPEC);
  await writeConfig(dir, job);
  return dir;
}

async function writeConfig(dir: string, job: Record<string, unknown>): Promise<void> {
  const base = {
    spec: 'specs/imagetag.openapi.yaml',
    overlays: ['specs/imagetag.overlay.yaml'],
    out: 'out',
    name: '@x/imagetag',
  };
  await writeFile(join(dir, 'specgen.config.json'), JSON.stringify({ jobs: [{ ...base, ...job }] }, null, 2));
}

describe('fresh means fresh: every input of the job counts', () => {
  let templates: string;
  beforeAll(async () => {
    templates = await mkdtemp(join(tmpdir(), 'specgen-templates-'));
    await mkdir(join(templates, 'partials'), { recursive: true });
    await writeFile(join(templates, 'partials/banner.hbs'), '// Ours, from "{{title}}".\n');
  });

  it.each<[string, Record<string, unknown>, (dir: string) => Promise<void>]>([
    // The defect: a job pointed at another spec file was called fresh, because the shortcut read the list of input
    // files from the previous manifest instead of the job's own.
    ['another spec file', { spec: 'specs/todo.yaml', overlays: [] }, async () => {}],
    ['another overlay list', { overlays: [] }, async () => {}],
    ['a template folder', {}, async (dir) => writeConfig(dir, { templates })],
    ['another package name', { name: '@x/other' }, async () => {}],
    ['another version', { version: '9.9.9' }, async () => {}],
    ['an option', { kubernetes: false }, async () => {}],
    [
      'the spec bytes',
      {},
      async (dir) => {
        const spec = join(dir, 'specs/imagetag.openapi.yaml');
        await writeFile(spec, (await readFile(spec, 'utf8')).replace('title: ', 'title: Changed '));
      },
    ],
  ])('%s: --check fails and generate rewrites', async (_, change, edit) => {
    const dir = await project();
    expect((await specgen(['generate'], dir)).code).toBe(0);
    const before = await snapshot(join(dir, 'out'));
    if (Object.keys(change).length > 0) await writeConfig(dir, change);
    await edit(dir);
    const check = await specgen(['generate', '--check'], dir);
    expect(check.code, check.stdout).toBe(1);
    expect(check.stderr).toMatch(/out of date/);
    expect(await snapshot(join(dir, 'out'))).toEqual(before);
    const again = await specgen(['generate'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/out: [1-9]\d* written/);
    expect((await specgen(['generate', '--check'], dir)).code).toBe(0);
  });

  it('a job pointed at another spec of the same bytes still records the new spec', async () => {
    const dir = await project();
    await specgen(['generate'], dir);
    await cp(join(dir, 'specs/imagetag.openapi.yaml'), join(dir, 'specs/copy.yaml'));
    await writeConfig(dir, { spec: 'specs/copy.yaml' });
    expect((await specgen(['generate', '--check'], dir)).code).toBe(1);
    await specgen(['generate'], dir);
    const manifest = JSON.parse(await readFile(join(dir, 'out/.specgen-manifest.json'), 'utf8')) as {
      inputs: Record<string, string>;
    };
    expect(Object.keys(manifest.inputs)).toContain('spec:specs/copy.yaml');
    expect(Object.keys(manifest.inputs)).not.toContain('spec:specs/imagetag.openapi.yaml');
  });
});

describe('a killed run never blocks the next one', () => {
  it('a torn journal is discarded with one line, and the run goes on', async () => {
    const dir = await project();
    await specgen(['generate'], dir);
    const fresh = await snapshot(join(dir, 'out'));
    await mkdir(join(dir, 'out/.specgen-staging/new/src'), { recursive: true });
    await writeFile(join(dir, 'out/.specgen-staging/new/src/types.ts'), 'export type Half');
    await writeFile(join(dir, 'out/.specgen-staging/journal.json'), '{"entries":[{"path":"src/ty');
    const next = await specgen(['generate'], dir);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr.trim().split('\n')).toEqual([
      'out: removed what an interrupted earlier run had staged (nothing of it was committed)',
    ]);
    expect(await snapshot(join(dir, 'out'))).toEqual(fresh);
  });

  it('a staging folder left behind is recovered, never taken for fresh output', async () => {
    const dir = await project();
    await specgen(['generate'], dir);
    await mkdir(join(dir, 'out/.specgen-staging'), { recursive: true });
    await writeFile(join(dir, 'out/.specgen-staging/journal.json'), '');
    expect((await specgen(['generate'], dir)).code).toBe(0);
    expect(existsSync(join(dir, 'out/.specgen-staging'))).toBe(false);
  });
});

describe('--check covers everything specgen owns', () => {
  it('a stray file in an owned folder is extra; generate removes it; a README at the root is never touched', async () => {
    const dir = await project();
    await specgen(['generate'], dir);
    await writeFile(join(dir, 'out/src/extra.ts'), 'export const extra = 1;\n');
    await writeFile(join(dir, 'out/README.md'), 'ours\n');
    const check = await specgen(['generate', '--check'], dir);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('extra: out/src/extra.ts');
    expect(check.stderr).not.toContain('README');
    expect(existsSync(join(dir, 'out/src/extra.ts'))).toBe(true);
    const write = await specgen(['generate'], dir);
    expect(write.stdout).toMatch(/1 removed/);
    expect(existsSync(join(dir, 'out/src/extra.ts'))).toBe(false);
    expect(await readFile(join(dir, 'out/README.md'), 'utf8')).toBe('ours\n');
    expect((await specgen(['generate', '--check'], dir)).code).toBe(0);
  });

  it('a hand-edited dist file is stale', async () => {
    const dir = await project();
    await specgen(['generate'], dir);
    await writeFile(join(dir, 'out/dist/client.js'), 'export {};\n');
    const check = await specgen(['generate', '--check'], dir);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('stale: out/dist/client.js');
  });
});

describe("a template's error is the template author's", () => {
  it.each([
    [
      'an unknown helper',
      'partials/banner.hbs',
      '// x\n// {{shout title}}\n',
      /partials\/banner\.hbs:2:4: .*unknown helper shout/,
    ],
    [
      'an unknown partial',
      'index.hbs',
      '// x\n{{> nowhere}}\n',
      /index\.hbs:2:1: The partial nowhere could not be found/,
    ],
    ['a syntax error', 'types.hbs', '// x\n{{#each models}}\n', /types\.hbs:3:1: Parse error/],
    ['a missing field', 'index.hbs', '// {{nothing}}\n', /index\.hbs:1:\d+: "nothing" not defined/],
    [
      'invalid TypeScript',
      'index.hbs',
      'export const = ;\n',
      /src\/index\.ts:1:\d+: generated code is not valid TypeScript/,
    ],
  ])('%s: exit 1 with the file and line:column, not an internal error', async (_, file, text, pattern) => {
    const dir = await project();
    const templates = join(dir, 'my-templates');
    await mkdir(join(templates, 'partials'), { recursive: true });
    await writeFile(join(templates, file), text);
    const result = await specgen(
      ['generate', '--spec', 'specs/todo.yaml', '--out', 'o', '--name', 'x', '--templates', 'my-templates'],
      dir,
    );
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(pattern);
    expect(result.stderr).not.toMatch(/internal error|please report/);
    expect(existsSync(join(dir, 'o'))).toBe(false);
  });
});

describe('only what the API needs', () => {
  it('a non-Kubernetes API gets no Node entry, no undici, no Node types, and imports at once from dist', async () => {
    const dir = await project({ spec: 'specs/todo.yaml', overlays: [], name: '@acme/todo-client' });
    await specgen(['generate'], dir);
    const files = Object.keys(await snapshot(join(dir, 'out'))).sort();
    expect(files.filter((path) => /node/.test(path))).toEqual([]);
    const pkg = JSON.parse(await readFile(join(dir, 'out/package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg['peerDependencies']).toBeUndefined();
    expect(pkg['scripts']).toBeUndefined();
    expect(Object.keys(pkg['exports'] as object)).toEqual([
      '.',
      './types',
      './validators',
      './client',
      './package.json',
    ]);
    const tsconfig = JSON.parse(await readFile(join(dir, 'out/tsconfig.json'), 'utf8')) as {
      compilerOptions: { types: string[] };
    };
    expect(tsconfig.compilerOptions.types).toEqual([]);
    const types = await readFile(join(dir, 'out/src/types.ts'), 'utf8');
    expect(types.split('\n')[0]).toBe(
      '// Generated by specgen from "Todo API". Do not edit: regenerate with `specgen generate`.',
    );
    // No build step: the package's own entry runs under plain node right after generate.
    const { stdout } = await run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { isTodo } from ${JSON.stringify(join(dir, 'out/dist/validators.js'))}; console.log(isTodo({ id: "1", title: "a" }), isTodo({ id: "1" }));`,
      ],
      { cwd: dir },
    );
    expect(stdout.trim()).toBe('true false');
  });

  it('a sources output is the .ts files alone, owned as a whole folder', async () => {
    const dir = await project({ spec: 'specs/todo.yaml', overlays: [], output: 'sources', name: undefined });
    const result = await specgen(['generate'], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(Object.keys(await snapshot(join(dir, 'out'))).sort()).toEqual([
      '.specgen-manifest.json',
      'client.ts',
      'index.ts',
      'types.ts',
      'validators.ts',
    ]);
    await writeFile(join(dir, 'out/stray.ts'), '');
    expect((await specgen(['generate', '--check'], dir)).stderr).toContain('extra: out/stray.ts');
  });
});
