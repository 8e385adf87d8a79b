import { execFile, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoPath } from './support/pipeline.js';

const run = promisify(execFile);
const bin = repoPath('bin/specgen.js');
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'specgen-build-'));
  await cp(repoPath('specs'), join(work, 'specs'), { recursive: true });
});

describe('config files', () => {
  it.each([
    [
      'specgen.config.mjs',
      `export default { jobs: [{ spec: 'specs/imagetag.openapi.yaml', overlays: ['specs/imagetag.overlay.yaml'], out: 'out-mjs', name: '@x/mjs' }] };\n`,
      'out-mjs',
    ],
    [
      'specgen.config.ts',
      `const config: { spec: string; out: string; name: string } = { spec: 'specs/imagetag.openapi.yaml', out: 'out-ts', name: '@x/ts' };\nexport default config;\n`,
      'out-ts',
    ],
  ])('%s', async (file, text, out) => {
    const dir = await mkdtemp(join(tmpdir(), 'specgen-config-'));
    await cp(join(work, 'specs'), join(dir, 'specs'), { recursive: true });
    await writeFile(join(dir, file), text);
    const { stdout } = await run(process.execPath, [bin, 'generate'], { cwd: dir });
    expect(stdout).toMatch(new RegExp(`^${out}: \\d+ written, 0 unchanged`));
    expect(JSON.parse(await readFile(join(dir, out, 'package.json'), 'utf8')).name).toBe(
      file.endsWith('.ts') ? '@x/ts' : '@x/mjs',
    );
  });

  it.each([
    ['o', 'o/', 'is the same folder as'],
    ['o', 'o/sub', 'lies inside'],
    ['o/sub', 'o', 'contains'],
  ])('refuses two jobs writing to %s and %s (exit 1, nothing written)', async (first, second, relation) => {
    const dir = await mkdtemp(join(tmpdir(), 'specgen-config-'));
    await cp(join(work, 'specs'), join(dir, 'specs'), { recursive: true });
    const job = (out: string, name: string) => ({ spec: 'specs/imagetag.openapi.yaml', out, name });
    await writeFile(join(dir, 'specgen.config.json'), JSON.stringify({ jobs: [job(first, 'a'), job(second, 'b')] }));
    const failure = await run(process.execPath, [bin, 'generate'], { cwd: dir }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain(
      `specgen.config.json: jobs[1].out "${second.replace(/\/$/, '')}" ${relation} jobs[0].out "${first}": each job needs a folder of its own`,
    );
    await expect(readFile(join(dir, 'o/package.json'), 'utf8')).rejects.toThrow();
  });

  it('reports a bad config with its file and exit code 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'specgen-config-'));
    await writeFile(
      join(dir, 'specgen.config.json'),
      JSON.stringify({ jobs: [{ spec: 'a.yaml', out: 'o', nmae: 'x' }] }),
    );
    const failure = await run(process.execPath, [bin, 'generate'], { cwd: dir }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain('specgen.config.json: jobs[0]: unknown option "nmae"');
  });
});

describe('--templates', () => {
  it('replaces a template or partial by file name', async () => {
    await mkdir(join(work, 'my-templates/partials'), { recursive: true });
    await writeFile(join(work, 'my-templates/partials/banner.hbs'), '// Built by our pipeline from "{{title}}".\n');
    const args = [
      'generate',
      '--spec',
      'specs/imagetag.openapi.yaml',
      '--out',
      'custom',
      '--name',
      'x',
      '--templates',
      'my-templates',
    ];
    await run(process.execPath, [bin, ...args], { cwd: work });
    const types = await readFile(join(work, 'custom/src/types.ts'), 'utf8');
    expect(types.split('\n')[0]).toBe('// Built by our pipeline from "OpenShift image.openshift.io/v1 ImageTag API".');
  });
});

describe('--watch', () => {
  it('regenerates when the spec changes, reports errors and goes on watching', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'specgen-watch-'));
    await cp(join(work, 'specs'), join(dir, 'specs'), { recursive: true });
    const args = ['generate', '--watch', '--spec', 'specs/imagetag.openapi.yaml', '--out', 'w', '--name', 'x'];
    const child = spawn(process.execPath, [bin, ...args], { cwd: dir });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const waitFor = async (pattern: RegExp, from: number): Promise<void> => {
      const deadline = Date.now() + 30_000;
      while (!pattern.test(output.slice(from))) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; output:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    try {
      await waitFor(/watching for changes/, 0);
      const spec = join(dir, 'specs/imagetag.openapi.yaml');
      const original = await readFile(spec, 'utf8');
      let mark = output.length;
      await writeFile(spec, original.replace('title: ', 'title: Renamed '));
      await waitFor(/w: [1-9]\d* written[^]*watching for changes/, mark);
      expect(await readFile(join(dir, 'w/src/types.ts'), 'utf8')).toContain('Renamed');
      mark = output.length;
      await writeFile(spec, 'openapi: 3.0.0\npaths: [\n');
      await waitFor(/specgen: .*imagetag\.openapi\.yaml:\d+:\d+[^]*watching for changes/, mark);
      mark = output.length;
      await writeFile(spec, original);
      await waitFor(/w: [1-9]\d* written[^]*watching for changes/, mark);
      expect(await readFile(join(dir, 'w/src/types.ts'), 'utf8')).not.toContain('Renamed');
    } finally {
      child.kill('SIGINT');
    }
  }, 90_000);
});

describe('a folder of CRDs as --spec, from the command line', () => {
  it('generates, is a no-op run after, and regenerates when a file of the folder changes or is added', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'specgen-crd-folder-'));
    const crds = join(dir, 'crds');
    await mkdir(crds);
    const source = repoPath('test/fixtures/reference/crds/gateway-api-experimental/crds');
    for (const name of [
      'gateway.networking.k8s.io_gatewayclasses.yaml',
      'gateway.networking.k8s.io_referencegrants.yaml',
    ])
      await cp(join(source, name), join(crds, name));
    const args = [bin, 'generate', '--spec', crds, '--out', join(dir, 'out'), '--name', '@x/gateway'];
    const first = await run(process.execPath, args, { cwd: dir });
    expect(first.stdout).toMatch(/\d+ written, 0 unchanged/);
    expect(await readFile(join(dir, 'out/src/types.ts'), 'utf8')).toContain('export interface ReferenceGrant {');
    expect((await run(process.execPath, args, { cwd: dir })).stdout).toMatch(/ 0 written, \d+ unchanged/);
    // A file added to the folder is an input too: its kind appears.
    await cp(join(source, 'gateway.networking.k8s.io_backendtlspolicies.yaml'), join(crds, 'backendtlspolicies.yaml'));
    expect((await run(process.execPath, args, { cwd: dir })).stdout).not.toMatch(/ 0 written/);
    expect(await readFile(join(dir, 'out/src/types.ts'), 'utf8')).toContain('export interface BackendTLSPolicy {');
    // And one removed: its kind goes.
    await rm(join(crds, 'backendtlspolicies.yaml'));
    expect((await run(process.execPath, args, { cwd: dir })).stdout).not.toMatch(/ 0 written/);
    expect(await readFile(join(dir, 'out/src/types.ts'), 'utf8')).not.toContain('export interface BackendTLSPolicy {');
  }, 120_000);
});

describe('an output path that is a file', () => {
  it.each(['a-file', 'a-file/under'])('--out %s: a located error, exit 1, the file untouched', async (out) => {
    const dir = await mkdtemp(join(tmpdir(), 'specgen-out-file-'));
    await writeFile(join(dir, 'a-file'), 'mine\n');
    const args = [bin, 'generate', '--spec', repoPath('specs/imagetag.openapi.yaml'), '--out', out, '--name', '@x/y'];
    const failure = await run(process.execPath, args, { cwd: dir }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain(`${out}: the output path is a file, not a folder`);
    expect(await readFile(join(dir, 'a-file'), 'utf8')).toBe('mine\n');
  });
});
