import { cp, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoPath } from './support/pipeline.js';
import { snapshot, specgen } from './support/cli.js';

let work: string;
const imagetagArgs = (out = 'out') => [
  'generate',
  '--spec',
  'specs/imagetag.openapi.yaml',
  '--overlay',
  'specs/imagetag.overlay.yaml',
  '--out',
  out,
  '--name',
  '@specgen/imagetag',
];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'specgen-cli-'));
  await cp(repoPath('specs'), join(work, 'specs'), { recursive: true });
  await cp(repoPath('specgen.config.json'), join(work, 'specgen.config.json'));
});

describe('specgen CLI', () => {
  it('generates what is committed in generated/imagetag, from specgen.config.json', async () => {
    const result = await specgen(['generate'], work);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^generated\/imagetag: \d+ written, 0 unchanged \(\d+ ms\)\n$/);
    const owned = async (dir: string) => {
      const manifest = JSON.parse(await readFile(join(dir, '.specgen-manifest.json'), 'utf8')) as {
        files: Record<string, string>;
      };
      const paths = [...Object.keys(manifest.files), '.specgen-manifest.json'];
      return Object.fromEntries(
        await Promise.all(paths.map(async (path) => [path, await readFile(join(dir, path), 'utf8')])),
      );
    };
    expect(await owned(join(work, 'generated/imagetag'))).toEqual(await owned(repoPath('generated/imagetag')));
  });

  it('runs a job given by flags', async () => {
    const result = await specgen(imagetagArgs(), work);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^out: \d+ written, 0 unchanged \(\d+ ms\)\n$/);
  });

  it('writes source maps only with --source-maps (or sourceMaps in the config)', async () => {
    const listing = async (out: string) => {
      const manifest = JSON.parse(await readFile(join(work, out, '.specgen-manifest.json'), 'utf8')) as {
        files: Record<string, string>;
      };
      return Object.keys(manifest.files).filter((path) => path.startsWith('dist/'));
    };
    expect((await specgen(imagetagArgs('plain'), work)).code).toBe(0);
    const plain = await listing('plain');
    expect(plain).toContain('dist/types.js');
    expect(plain.filter((path) => path.endsWith('.map'))).toEqual([]);
    expect(await readFile(join(work, 'plain/dist/types.js'), 'utf8')).not.toContain('sourceMappingURL');
    expect((await specgen([...imagetagArgs('mapped'), '--source-maps'], work)).code).toBe(0);
    const mapped = await listing('mapped');
    for (const path of plain.filter((path) => /\.(js|d\.ts)$/.test(path))) expect(mapped).toContain(`${path}.map`);
    const map = JSON.parse(await readFile(join(work, 'mapped/dist/types.js.map'), 'utf8')) as { sources: string[] };
    expect(map.sources).toEqual(['../src/types.ts']);
  });

  it('rewrites nothing when nothing changed (mtimes stay), and --check passes', async () => {
    const before = await stat(join(work, 'out/src/types.ts'));
    const again = await specgen(imagetagArgs(), work);
    expect(again.stdout).toMatch(/^out: 0 written, \d+ unchanged/);
    expect((await stat(join(work, 'out/src/types.ts'))).mtimeMs).toBe(before.mtimeMs);
    const check = await specgen([...imagetagArgs(), '--check'], work);
    expect(check.code).toBe(0);
  });

  it('--check names stale and missing files and exits 1, writing nothing', async () => {
    await writeFile(join(work, 'out/src/types.ts'), '// edited by hand\n');
    const before = await snapshot(join(work, 'out'));
    const check = await specgen([...imagetagArgs(), '--check'], work);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('stale: out/src/types.ts');
    expect(await snapshot(join(work, 'out'))).toEqual(before);
    await specgen(imagetagArgs(), work);
  });

  it('fails on bad input with file:line:column, exit 1, and leaves the output untouched', async () => {
    await writeFile(join(work, 'broken.yaml'), 'openapi: 3.0.0\ninfo: {title: x, version: "1"}\npaths:\n  /a: [\n');
    const before = await snapshot(join(work, 'out'));
    const result = await specgen(['generate', '--spec', 'broken.yaml', '--out', 'out', '--name', 'x'], work);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^specgen: broken\.yaml:\d+:\d+/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await snapshot(join(work, 'out'))).toEqual(before);
  });

  it('reports every dangling $ref at once', async () => {
    await writeFile(
      join(work, 'dangling.yaml'),
      [
        'openapi: 3.0.0',
        'info: {title: x, version: "1"}',
        'paths: {}',
        'components:',
        '  schemas:',
        '    A:',
        "      $ref: '#/components/schemas/Nope'",
        '    B:',
        '      properties:',
        "        b: {$ref: '#/components/schemas/Gone'}",
        '',
      ].join('\n'),
    );
    const result = await specgen(['generate', '--spec', 'dangling.yaml', '--out', 'd', '--name', 'x'], work);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'dangling.yaml:7:13 (#/components/schemas/A/$ref): dangling $ref: #/components/schemas/Nope points nowhere',
    );
    expect(result.stderr).toContain('dangling.yaml:10:19 (#/components/schemas/B/properties/b/$ref)');
    const allowed = await specgen(
      ['generate', '--spec', 'dangling.yaml', '--out', 'd', '--name', 'x', '--allow-dangling-refs', '--verbose'],
      work,
    );
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toContain('warning: dangling.yaml:7:13');
    expect(allowed.stdout).toMatch(/^d: \d+ written, 0 unchanged \(\d+ ms, 2 warnings\)\n$/);
    const quiet = await specgen(
      ['generate', '--spec', 'dangling.yaml', '--out', 'd2', '--name', 'x', '--allow-dangling-refs'],
      work,
    );
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toContain('2 warnings (--verbose lists them)');
  });

  it('exits 2 on bad usage, with help', async () => {
    const result = await specgen(['generate', '--spec'], work);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--spec needs a value');
    expect((await specgen(['frobnicate'], work)).code).toBe(2);
    const help = await specgen(['generate', '--help'], work);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--check');
    expect((await specgen(['--version'], work)).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('refuses an output folder outside the project', async () => {
    const result = await specgen(
      ['generate', '--spec', 'specs/imagetag.openapi.yaml', '--out', '../escape', '--name', 'x'],
      work,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('refusing output folder');
  });
});
