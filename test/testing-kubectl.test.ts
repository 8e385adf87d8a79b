// The fake API server generated from the full Kubernetes 1.36 spec (vendored under test/fixtures/reference/), driven
// by the real kubectl binary: kubectl is the independent client whose verdicts (exit codes, the messages it prints
// from the server's Status) show the fake behaves as an API server does. Without kubectl on the PATH it fails.
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFrom, repoPath } from './support/pipeline.js';
import { requiredTool } from './support/tools.js';

const kubectl = requiredTool('kubectl', 'test/testing-kubectl.test.ts');

/** What the generated testing entry exports (the module is loaded from a scratch folder at run time). */
interface TestingEntry {
  createFakeServer(options?: Record<string, unknown>): Promise<{ url: string; close(): Promise<void> }>;
}

/** kubectl's exit code and output. */
interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

let dir: string;
let scratch: string;
let server: { url: string; close(): Promise<void> };

/** Runs kubectl against the fake (a kubeconfig of our own; nothing of the user's is read). */
function run(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      kubectl,
      args,
      { env: { PATH: process.env['PATH'], HOME: dir, KUBECONFIG: join(dir, 'config') }, timeout: 60_000, cwd: dir },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Writes a manifest into the scratch folder and returns its path. */
function manifest(name: string, object: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(object));
  return path;
}

/** Parses kubectl's `-o json` output. */
async function getJson(...args: string[]): Promise<Record<string, any>> {
  const result = await run('get', ...args, '-o', 'json');
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as Record<string, any>;
}

const configMap = (name: string, labels: Record<string, string>, data: Record<string, string>) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, labels },
  data,
});

const deployment = (replicas: number) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', labels: { app: 'web' } },
  spec: {
    replicas,
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: {
        containers: [
          { name: 'app', image: 'nginx:1.27', ports: [{ containerPort: 80, protocol: 'TCP' }] },
          { name: 'sidecar', image: 'busybox:1.36' },
        ],
      },
    },
  },
});

describe('kubectl against the fake generated from the Kubernetes spec', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'specgen-kubectl-'));
    scratch = repoPath(`.tmp/testing-kubectl-${process.pid}/src`);
    mkdirSync(scratch, { recursive: true });
    const result = await generateFrom(
      'test/fixtures/reference/specs-at-scale/kubernetes.swagger.json',
      [],
      '@specgen/kubernetes',
    );
    const paths = result.files.map((file) => file.path);
    expect(paths).toContain('src/testing.ts');
    for (const file of result.files)
      if (file.path.startsWith('src/')) writeFileSync(join(scratch, file.path.slice('src/'.length)), file.contents);
    const entry = (await import(/* @vite-ignore */ join(scratch, 'testing.ts'))) as TestingEntry;
    server = await entry.createFakeServer();
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
    writeFileSync(
      join(dir, 'config'),
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [{ name: 'fake', cluster: { server: server.url } }],
        users: [{ name: 'tester', user: { token: 'not-checked' } }],
        contexts: [{ name: 'fake', context: { cluster: 'fake', user: 'tester', namespace: 'default' } }],
        'current-context': 'fake',
      }),
    );
  }, 300_000);

  afterAll(async () => {
    await server?.close();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    if (scratch !== undefined) rmSync(join(scratch, '..'), { recursive: true, force: true });
  });

  it('get --raw /version answers with the server version', async () => {
    const result = await run('get', '--raw', '/version');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ major: '1', gitVersion: expect.stringMatching(/^v1\.\d+\.\d+/) });
  });

  it('create -f, then get -o json, -o jsonpath and -o name', async () => {
    const created = await run('create', '-f', manifest('one.json', configMap('one', { app: 'web' }, { a: '1' })));
    expect(created).toMatchObject({ code: 0, stdout: 'configmap/one created\n' });
    const object = await getJson('configmap', 'one');
    expect(object).toMatchObject({ kind: 'ConfigMap', apiVersion: 'v1', data: { a: '1' } });
    expect(object['metadata']).toMatchObject({ name: 'one', namespace: 'default', labels: { app: 'web' } });
    expect(object['metadata']['uid']).toMatch(/^[0-9a-f-]{36}$/);
    expect(object['metadata']['resourceVersion']).toMatch(/^\d+$/);
    expect(object['metadata']['creationTimestamp']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect((await run('get', 'configmap', 'one', '-o', 'jsonpath={.data.a}')).stdout).toBe('1');
    expect((await run('get', 'configmaps', '-o', 'name')).stdout).toContain('configmap/one\n');
  });

  it('a second create of the same name is AlreadyExists', async () => {
    const result = await run('create', '-f', join(dir, 'one.json'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Error from server (AlreadyExists)');
    expect(result.stderr).toContain('configmaps "one" already exists');
  });

  it("an invalid create is refused with the validators' field errors", async () => {
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'empty' }, spec: {} };
    const result = await run('create', '-f', manifest('pod.json', pod));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The Pod "empty" is invalid');
    expect(result.stderr).toContain('spec.containers: Required value');
    expect((await run('get', 'pod', 'empty')).stderr).toContain('pods "empty" not found');
  });

  it('get -l selects by labels, equality and set-based', async () => {
    await run('create', '-f', manifest('two.json', configMap('two', { app: 'db', tier: 'back' }, {})));
    const names = async (selector: string) =>
      (await run('get', 'configmaps', '-l', selector, '-o', 'name')).stdout.split('\n').filter(Boolean);
    expect(await names('app=web')).toEqual(['configmap/one']);
    expect(await names('app!=web')).toEqual(['configmap/two']);
    expect(await names('app in (web,db)')).toEqual(['configmap/one', 'configmap/two']);
    expect(await names('tier,app notin (web)')).toEqual(['configmap/two']);
    expect(await names('!tier')).toEqual(['configmap/one']);
    const paged = await run('get', 'configmaps', '--chunk-size=1', '-o', 'name');
    expect(paged.stdout.split('\n').filter(Boolean)).toEqual(['configmap/one', 'configmap/two']);
  });

  it('patch --type merge, json and strategic, with the Kubernetes merge keys', async () => {
    expect((await run('create', '-f', manifest('web.json', deployment(2)))).code).toBe(0);
    const merge = await run('patch', 'deployment', 'web', '--type', 'merge', '-p', '{"spec":{"replicas":3}}');
    expect(merge).toMatchObject({ code: 0, stdout: 'deployment.apps/web patched\n' });
    const json = await run(
      'patch',
      'deployment',
      'web',
      '--type',
      'json',
      '-p',
      '[{"op":"test","path":"/spec/replicas","value":3},{"op":"add","path":"/metadata/labels/tier","value":"front"}]',
    );
    expect(json.code).toBe(0);
    const strategic = await run(
      'patch',
      'deployment',
      'web',
      '--type',
      'strategic',
      '-p',
      '{"spec":{"template":{"spec":{"containers":[{"name":"app","image":"nginx:1.28"}]}}}}',
    );
    expect(strategic.code).toBe(0);
    const object = await getJson('deployment', 'web');
    expect(object['spec']['replicas']).toBe(3);
    expect(object['metadata']['labels']).toEqual({ app: 'web', tier: 'front' });
    // Merged by name: the sidecar stays, the app container keeps its ports and gets the new image.
    expect(object['spec']['template']['spec']['containers']).toEqual([
      { name: 'app', image: 'nginx:1.28', ports: [{ containerPort: 80, protocol: 'TCP' }] },
      { name: 'sidecar', image: 'busybox:1.36' },
    ]);
    expect(object['metadata']['generation']).toBe(3);
    const deleteDirective = await run(
      'patch',
      'deployment',
      'web',
      '--type',
      'strategic',
      '-p',
      '{"spec":{"template":{"spec":{"containers":[{"name":"sidecar","$patch":"delete"}]}}}}',
    );
    expect(deleteDirective.code).toBe(0);
    const names = await run('get', 'deployment', 'web', '-o', 'jsonpath={.spec.template.spec.containers[*].name}');
    expect(names.stdout).toBe('app');
    // A merge patch replaces lists whole, as RFC 7386 says.
    await run(
      'patch',
      'deployment',
      'web',
      '--type',
      'merge',
      '-p',
      '{"spec":{"template":{"spec":{"containers":[{"name":"only","image":"x:1"}]}}}}',
    );
    const replaced = await run('get', 'deployment', 'web', '-o', 'jsonpath={.spec.template.spec.containers[*].name}');
    expect(replaced.stdout).toBe('only');
  });

  it('a JSON patch whose test fails, and a patch that makes the object invalid, are refused', async () => {
    const failed = await run(
      'patch',
      'deployment',
      'web',
      '--type',
      'json',
      '-p',
      '[{"op":"test","path":"/spec/replicas","value":99}]',
    );
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/test failed/);
    const invalid = await run('patch', 'deployment', 'web', '--type', 'merge', '-p', '{"spec":{"replicas":"many"}}');
    expect(invalid.code).toBe(1);
    // patch.go decodes the patched JSON into the Go struct; a failure is 422 on the field `patch`, which kubectl
    // prints as "The request is invalid".
    expect(invalid.stderr).toMatch(/^The request is invalid: patch: Invalid value: "\{.*\\"replicas\\":\\"many\\"/);
    expect(invalid.stderr).toContain(
      '": json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32',
    );
  });

  it("a body Go's decoder refuses is a BadRequest before any validation; the same value in a patch is Invalid", async () => {
    const many = { ...deployment(1), metadata: { name: 'many' }, spec: { ...deployment(1).spec, replicas: 'many' } };
    // Whatever field validation kubectl asks for: create.go's decoder fails first (400, "cannot be handled as").
    for (const validate of ['--validate=strict', '--validate=false']) {
      const created = await run('create', validate, '-f', manifest('many.json', many));
      expect(created.code).toBe(1);
      expect(created.stderr).toContain('Error from server (BadRequest): error when creating');
      expect(created.stderr).toContain(
        'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32',
      );
    }
    expect((await run('get', 'deployment', 'many')).stderr).toContain('deployments.apps "many" not found');
    // The values the field types' own decoders refuse, in their words: []byte as base64 (the offset of the first bad
    // byte), resource.Quantity (ParseQuantity's error), an int32's range (encoding/json's type error).
    const refused: [string, Record<string, unknown>, string][] = [
      [
        'secret',
        { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'bad' }, data: { key: 'not base64!' } },
        'Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte 3',
      ],
      [
        'quantity',
        {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name: 'bad' },
          spec: { containers: [{ name: 'a', image: 'x', resources: { limits: { cpu: '500mi' } } }] },
        },
        'Pod in version "v1" cannot be handled as a Pod: unable to parse quantity\'s suffix',
      ],
      [
        'port',
        {
          apiVersion: 'v1',
          kind: 'Service',
          metadata: { name: 'bad' },
          spec: { ports: [{ port: 3000000000 }] },
        },
        'Service in version "v1" cannot be handled as a Service: json: cannot unmarshal number 3000000000 into Go struct field ServicePort.spec.ports.port of type int32',
      ],
    ];
    for (const [name, object, message] of refused) {
      const created = await run('create', '-f', manifest(`${name}.json`, object));
      expect(created.stderr).toContain('Error from server (BadRequest)');
      expect(created.stderr).toContain(message);
    }
  });

  it('replace with a stale resourceVersion is a Conflict', async () => {
    const object = await getJson('configmap', 'one');
    await run('patch', 'configmap', 'one', '--type', 'merge', '-p', '{"data":{"b":"2"}}');
    object['data'] = { a: 'stale' };
    const result = await run('replace', '-f', manifest('stale.json', object));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the object has been modified; please apply your changes to the latest version');
  });

  it('apply --server-side: ownership, a conflict between managers, and --force-conflicts', async () => {
    const file = manifest('applied.json', { ...configMap('applied', { app: 'web' }, { size: '1', color: 'blue' }) });
    expect(await run('apply', '--server-side', '--field-manager', 'alice', '-f', file)).toMatchObject({
      code: 0,
      stdout: 'configmap/applied serverside-applied\n',
    });
    // Bob applies the same values: shared ownership, no conflict.
    expect((await run('apply', '--server-side', '--field-manager', 'bob', '-f', file)).code).toBe(0);
    const changed = manifest('changed.json', configMap('applied', { app: 'web' }, { size: '2' }));
    const conflict = await run('apply', '--server-side', '--field-manager', 'bob', '-f', changed);
    expect(conflict.code).toBe(1);
    expect(conflict.stderr).toContain('Apply failed with 1 conflict: conflict with "alice"');
    expect(conflict.stderr).toContain('.data.size');
    const forced = await run('apply', '--server-side', '--field-manager', 'bob', '--force-conflicts', '-f', changed);
    expect(forced.code).toBe(0);
    const object = await getJson('configmap', 'applied', '--show-managed-fields');
    // Bob no longer applies color, but alice still owns it, so it stays.
    expect(object['data']).toEqual({ size: '2', color: 'blue' });
    const managers = Object.fromEntries(
      (object['metadata']['managedFields'] as any[]).map((entry) => [entry.manager, entry]),
    );
    expect(managers['alice'].operation).toBe('Apply');
    expect(managers['alice'].fieldsV1['f:data']).toEqual({ 'f:color': {} });
    expect(managers['bob'].fieldsV1['f:data']).toEqual({ 'f:size': {} });
    // Alice drops color from her configuration: nobody owns it any more, so apply removes it.
    const dropped = manifest('dropped.json', configMap('applied', { app: 'web' }, {}));
    expect((await run('apply', '--server-side', '--field-manager', 'alice', '-f', dropped)).code).toBe(0);
    expect((await getJson('configmap', 'applied'))['data']).toEqual({ size: '2' });
  });

  it('get -w sees an object another kubectl process creates', async () => {
    const watcher = spawn(kubectl!, ['get', 'configmaps', '-w', '-o', 'name'], {
      env: { PATH: process.env['PATH'], HOME: dir, KUBECONFIG: join(dir, 'config') },
      cwd: dir,
    });
    let output = '';
    watcher.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    try {
      for (let attempt = 0; attempt < 200 && !output.includes('configmap/one'); attempt++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(output).toContain('configmap/one');
      const created = await run('create', '-f', manifest('watched.json', configMap('watched', {}, { w: '1' })));
      expect(created.code).toBe(0);
      for (let attempt = 0; attempt < 200 && !output.includes('configmap/watched'); attempt++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(output).toContain('configmap/watched');
    } finally {
      watcher.kill();
    }
  });

  it('delete removes the object; a second delete is NotFound', async () => {
    expect(await run('delete', 'configmap', 'two')).toMatchObject({ code: 0, stdout: 'configmap "two" deleted\n' });
    const again = await run('delete', 'configmap', 'two');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('configmaps "two" not found');
    expect((await run('get', 'configmap', 'two')).code).toBe(1);
  });
});
