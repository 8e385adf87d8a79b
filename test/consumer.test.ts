// examples/consumer, a downstream workspace package, uses @specgen/imagetag as an npm consumer would: through the
// package's `exports` (dist/*.d.ts and dist/*.js, never src/). It must type-check under `strict` with both
// `moduleResolution: nodenext` and `bundler`, and its compiled program must run under plain `node` against a
// loopback API server. Needs generated/imagetag/dist, which specgen writes.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendJson, startApiServer, statusBody, json, type ApiServer, type Handler } from './support/api-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const consumer = join(root, 'examples', 'consumer');
const tsc = join(root, 'node_modules', 'typescript7', 'bin', 'tsc');
const TAGS = '/apis/image.openshift.io/v1/namespaces/demo/imagetags';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node ARGS` in the consumer's folder with only the given environment (no KUBECONFIG, HOME or proxy leaks). */
function node(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...args],
      { cwd: consumer, env: { PATH: process.env.PATH ?? '', ...env }, timeout: 30_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** typescript7's tsc on a consumer tsconfig; `--listFiles` shows which declaration files the imports resolved to. */
const typecheck = (config: string, ...flags: string[]): Promise<Run> =>
  node([tsc, '-p', join(consumer, config), '--pretty', 'false', ...flags]);

const uid = '6f1c2e8a-2b0d-4c1e-9a55-0c1d2e3f4a5b';
/** A one-object API server: POST stores the body (adding uid and resourceVersion), GET returns it with an image. */
function imageTagServer(): Handler {
  let stored: Record<string, unknown> | undefined;
  return (request, response) => {
    if (request.method === 'POST') {
      const body = JSON.parse(request.body) as { metadata?: object };
      stored = { ...body, metadata: { ...body.metadata, uid, resourceVersion: '4711' } };
      sendJson(response, 201, stored);
    } else if (stored === undefined) {
      sendJson(response, 404, statusBody(404, 'NotFound', 'imagetags "ruby:3.1" not found'));
    } else {
      sendJson(response, 200, { ...stored, image: { dockerImageReference: 'registry.example/ruby@sha256:abc' } });
    }
  };
}

let server: ApiServer;
let scratch: string;
beforeAll(async () => {
  if (!existsSync(join(root, 'generated', 'imagetag', 'dist', 'index.d.ts'))) {
    throw new Error('generated/imagetag/dist is missing: run `npm run generate`');
  }
  server = await startApiServer();
  // Under the repository (.tmp/ is git-ignored), so that `@specgen/imagetag` resolves from its node_modules.
  mkdirSync(join(root, '.tmp'), { recursive: true });
  scratch = mkdtempSync(join(root, '.tmp', 'consumer-'));
});
afterAll(async () => {
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('examples/consumer type-checks against the built package', () => {
  for (const config of ['tsconfig.json', 'tsconfig.bundler.json']) {
    it(`${config} (strict, ${config.includes('bundler') ? 'bundler' : 'nodenext'})`, async () => {
      const run = await typecheck(config, '--noEmit', '--listFiles');
      expect(run.stdout.split('\n').filter((line) => /error TS\d+/.test(line))).toEqual([]);
      expect(run.code).toBe(0);
      // The types come from the package's exports: dist declarations, not the sources beside them.
      const files = run.stdout.split('\n').map((line) => line.replaceAll('\\', '/'));
      for (const entry of ['types', 'validators', 'client', 'node']) {
        expect(files.some((file) => file.endsWith(`generated/imagetag/dist/${entry}.d.ts`))).toBe(true);
      }
      expect(files.filter((file) => file.includes('generated/imagetag/src/'))).toEqual([]);
    });
  }

  it('a type error in consumer code is reported (the types are real, not any)', async () => {
    const bad = join(scratch, 'tsconfig.bad.json');
    writeFileSync(
      join(scratch, 'bad.ts'),
      "import type { ImageTag } from '@specgen/imagetag';\n" +
        "export const tag: ImageTag = { kind: 'ImageStream' };\n",
    );
    writeFileSync(
      bad,
      JSON.stringify({
        extends: join(consumer, 'tsconfig.bundler.json'),
        compilerOptions: { rootDir: scratch },
        include: [join(scratch, 'bad.ts')],
      }),
    );
    const run = await node([tsc, '-p', bad, '--pretty', 'false']);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/bad\.ts\(2,32\): error TS2322: Type '"ImageStream"' is not assignable/);
  });
});

describe('the compiled consumer runs under plain node', () => {
  beforeAll(async () => {
    rmSync(join(consumer, 'dist'), { recursive: true, force: true });
    const build = await typecheck('tsconfig.json');
    expect(build.stdout).toBe('');
    expect(existsSync(join(consumer, 'dist', 'index.js'))).toBe(true);
  });

  it('creates and reads an ImageTag against a loopback server (base URL from argv)', async () => {
    server.handle(imageTagServer());
    const run = await node(['dist/index.js', server.url], { IMAGETAG_NAMESPACE: 'demo', IMAGETAG_TOKEN: 't0ken' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      'typo caught: spec.referencePolicy.type: Unsupported value: "Remote": supported values: "Local", "Source"',
      `created demo/ruby:3.1 uid=${uid}`,
      'read ruby:3.1: from=registry.access.redhat.com/ubi8/ruby-31:latest image=registry.example/ruby@sha256:abc',
      '',
    ]);
    expect(server.requests.map((request) => `${request.method} ${request.target}`)).toEqual([
      `POST ${TAGS}?fieldManager=consumer`,
      `GET ${TAGS}/ruby%3A3.1`,
    ]);
    const [create, read] = server.requests;
    expect(JSON.parse(create!.body)).toEqual({
      apiVersion: 'image.openshift.io/v1',
      kind: 'ImageTag',
      metadata: { name: 'ruby:3.1', namespace: 'demo' },
      spec: {
        name: '3.1',
        from: { kind: 'DockerImage', name: 'registry.access.redhat.com/ubi8/ruby-31:latest' },
        importPolicy: { scheduled: true },
        referencePolicy: { type: 'Local' },
      },
    });
    for (const request of [create!, read!]) {
      expect(request.headers.authorization).toBe('Bearer t0ken');
      expect(request.headers['user-agent']).toBe('imagetag-consumer/0.0.0');
    }
  });

  it('reports an API error as a typed ApiError (exit code 1)', async () => {
    server.handle(json(409, statusBody(409, 'AlreadyExists', 'imagetags "ruby:3.1" already exists')));
    const run = await node(['dist/index.js'], { IMAGETAG_BASE_URL: server.url, IMAGETAG_NAMESPACE: 'demo' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('API error 409 AlreadyExists: POST');
    expect(run.stderr).toContain('imagetags "ruby:3.1" already exists');
    expect(server.requests).toHaveLength(1);
  });

  it('without a base URL, takes server, token and namespace from a kubeconfig through the ./node entry', async () => {
    server.handle(imageTagServer());
    const kubeconfig = join(scratch, 'kubeconfig');
    writeFileSync(
      kubeconfig,
      [
        'apiVersion: v1',
        'kind: Config',
        'clusters:',
        '- cluster:',
        `    server: ${server.url}`,
        '  name: loopback',
        'contexts:',
        '- context:',
        '    cluster: loopback',
        '    user: me',
        '    namespace: demo',
        '  name: loopback',
        'current-context: loopback',
        'users:',
        '- name: me',
        '  user:',
        '    token: from-kubeconfig',
        '',
      ].join('\n'),
    );
    const run = await node(['dist/index.js'], { KUBECONFIG: kubeconfig, HOME: scratch });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`created demo/ruby:3.1 uid=${uid}`);
    expect(server.requests.map((request) => request.rawPath)).toEqual([TAGS, `${TAGS}/ruby%3A3.1`]);
    expect(server.requests.map((request) => request.headers.authorization)).toEqual([
      'Bearer from-kubeconfig',
      'Bearer from-kubeconfig',
    ]);
  });

  it('every entry of the package, ./node included, imports under plain node', async () => {
    const script = [
      'const entries = {};',
      "for (const entry of ['', '/types', '/validators', '/client', '/node']) {",
      "  const module = await import('@specgen/imagetag' + entry);",
      "  entries['.' + entry] = Object.keys(module).length;",
      '}',
      "const pkg = await import('@specgen/imagetag/package.json', { with: { type: 'json' } });",
      'console.log(JSON.stringify({ entries, name: pkg.default.name }));',
    ].join('\n');
    const run = await node(['--input-type=module', '-e', script]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { entries, name } = JSON.parse(run.stdout) as { entries: Record<string, number>; name: string };
    expect(name).toBe('@specgen/imagetag');
    expect(Object.keys(entries)).toEqual(['.', './types', './validators', './client', './node']);
    for (const count of Object.values(entries)) expect(count).toBeGreaterThan(0);
  });
});
