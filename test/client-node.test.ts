// The Node-only entry (src/node.ts): client options from real kubeconfig files and in-cluster service-account files,
// used against HTTPS servers on loopback that require client certificates. Certificates come from the openssl CLI,
// and kubectl is a second reference that the same kubeconfig presents the same credentials: both are required
// (test/support/tools.ts fails the file, naming the tool, without them).
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse as parseWithYamlPackage, stringify as stringifyWithYamlPackage } from 'yaml';
import { requiredTool } from './support/tools.js';
import { NetworkError, createClient } from '../generated/imagetag/src/client.js';
import type { ImageTagList } from '../generated/imagetag/src/types.js';
import { json, startApiServer, type ApiServer } from './support/api-server.js';
import { loadNodeEntry, type NodeClientOptions, type NodeEntry } from './support/client-node.js';
import { repoPath } from './support/pipeline.js';

const openssl = requiredTool('openssl', 'test/client-node.test.ts (TLS)');
const kubectl = requiredTool('kubectl', 'test/client-node.test.ts (kubeconfig credentials)');
const SECRET = 'kubeconfig-Secret-Token-91b2';
const LIST: ImageTagList = {
  kind: 'ImageTagList',
  apiVersion: 'image.openshift.io/v1',
  metadata: { resourceVersion: '1' },
  items: [],
};

let dir: string;
let entry: NodeEntry;
const scratch = repoPath(`.tmp/client-node-entry-${process.pid}`);
const opened: NodeClientOptions[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'specgen-node-'));
  ({ entry } = await loadNodeEntry(scratch));
});
afterAll(async () => {
  await Promise.all(opened.map((options) => options.dispatcher?.close()));
  await rm(dir, { recursive: true, force: true });
  await rm(scratch, { recursive: true, force: true });
});

/** Writes a file under the temp folder (creating folders) and returns its path. */
async function put(relative: string, text: string | Buffer): Promise<string> {
  const path = join(dir, relative);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, text);
  return path;
}

/** loadKubeconfig, remembering the options so their dispatchers are closed at the end. */
async function load(options: Parameters<NodeEntry['loadKubeconfig']>[0]): Promise<NodeClientOptions> {
  const loaded = await entry.loadKubeconfig(options);
  opened.push(loaded);
  return loaded;
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

const b64 = (text: string | Buffer): string => Buffer.from(text).toString('base64');

/** A one-context kubeconfig in kubectl's own layout (lists at the key's indentation). */
function kubeconfig(
  cluster: Record<string, string | boolean>,
  user: Record<string, string>,
  namespace = 'demo',
): string {
  const lines = (entries: Record<string, string | boolean>) =>
    Object.entries(entries)
      .map(([key, value]) => `    ${key}: ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`)
      .join('\n');
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- cluster:',
    lines(cluster),
    '  name: test',
    'contexts:',
    '- context:',
    '    cluster: test',
    '    user: me',
    `    namespace: ${namespace}`,
    '  name: test',
    'current-context: test',
    'preferences: {}',
    'users:',
    '- name: me',
    '  user:',
    Object.keys(user).length === 0 ? '    {}' : lines(user),
    '',
  ].join('\n');
}

describe('parseKubeconfigYaml: a strict parser for the YAML kubeconfig files use', () => {
  const valid: Record<string, string> = {
    'kubectl layout': [
      'apiVersion: v1',
      'clusters:',
      '- cluster:',
      '    certificate-authority-data: LS0tLS1CRUdJTg==',
      '    server: https://api.example.com:6443/prefix',
      '  name: prod',
      'contexts:',
      '- context: {cluster: prod, user: admin, namespace: "team-a"}',
      '  name: prod',
      'current-context: prod',
      'kind: Config',
      'preferences: {}',
      'users:',
      '- name: admin',
      '  user:',
      '    token: sha256~abc',
      '',
    ].join('\n'),
    'indented lists, comments, quotes and the core schema': [
      '--- # a document start',
      '# a comment',
      'a:',
      '  - "double \\"quoted\\" \\u00e9\\t\\\\ # not a comment"',
      "  - 'single ''quoted'' # not a comment'",
      '  - plain value # a comment',
      '  - http://host:80/path#fragment',
      '  -   - nested',
      '      - list',
      '  - key: value',
      '    other: 2',
      'b: { x: 1, "y": [true, false, null, ~, 1.5, -3, 0x1f, 0o17], z: }',
      'c: [ ]',
      'multi: [1,',
      '  2, {x: y}]  # a flow collection over lines',
      'd:',
      'e: "true"',
      'f: True',
      'g: 1e3',
      '"quoted key": v',
      "'single key': v",
      'h: -x',
      'i: a:b',
      '',
    ].join('\n'),
    'JSON (kubeconfig may be JSON), tabs inside flow are fine': JSON.stringify(
      {
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [{ name: 'c', cluster: { server: 'https://h', 'insecure-skip-tls-verify': true } }],
        users: [{ name: 'u', user: { token: 'a\\b"c' } }],
        n: [1, -2.5e-3, null],
      },
      null,
      '\t',
    ),
    'CRLF line endings and a BOM': '\uFEFFa: 1\r\nb:\r\n- x\r\n',
    'an empty document': '# nothing here\n',
  };
  it.each(Object.keys(valid))('%s: the same value as the yaml package', (name) => {
    const text = valid[name]!;
    const ours = entry.parseKubeconfigYaml(text, 'config.yaml');
    expect(JSON.parse(JSON.stringify(ours ?? null))).toEqual(
      JSON.parse(JSON.stringify(parseWithYamlPackage(text) ?? null)),
    );
  });

  it('reads back any JSON value the yaml package writes, in block style and as JSON', () => {
    const options = { lineWidth: 0, minContentWidth: 0, blockQuote: false, aliasDuplicateObjects: false } as const;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const expected = JSON.parse(JSON.stringify(value)) as unknown;
        for (const text of [stringifyWithYamlPackage(value, options), JSON.stringify(value, null, 2)]) {
          expect(JSON.parse(JSON.stringify(entry.parseKubeconfigYaml(text)))).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps __proto__ as an ordinary key', () => {
    const parsed = entry.parseKubeconfigYaml('__proto__:\n  polluted: true\n') as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each([
    ['an anchor', 'a: &x 1\nb: *x\n', /1:4: anchors, aliases and tags/],
    ['a tag', 'a: !!str 1\n', /1:4: anchors, aliases and tags/],
    ['a block scalar', 'a: |\n  text\n', /1:4: block scalars/],
    ['a tab indent', 'a:\n\tb: 1\n', /2:1: tabs/],
    ['a duplicate key', 'a: 1\nb: 2\na: 3\n', /3:1: duplicate key "a"/],
    ['a duplicate flow key', 'a: {x: 1, x: 2}\n', /1:11: duplicate key "x"/],
    ['two documents', 'a: 1\n---\nb: 2\n', /2:1: several YAML documents/],
    ['a bad indentation', 'a:\n    b: 1\n  c: 2\n', /3:3: unexpected content/],
    ['a multi-line plain value', 'a: one\n  two\n', /2:3: multi-line plain values/],
    ['an unterminated quote', 'a: "open\nb: 2\n', /1:4: unterminated quoted string/],
    ['an unknown escape', 'a: "\\q"\n', /1:5: unknown escape/],
    ['an unclosed flow', 'a: [1, 2\n', /expected "," or "\]"/],
    ['text after a quoted value', 'a: "x" y\n', /1:8: unexpected text after the value/],
    ['a mapping on a value line', 'a: b: c\n', /1:4: a value cannot hold ": "/],
    ['a complex key', '? a\n: b\n', /1:1: complex keys/],
    ['a list on the key line', 'a: - b\n', /1:4: a list item cannot start here/],
    ['a list where a key belongs', 'a: 1\n- b\n', /2:1: a list item where a key was expected/],
    ['a directive', '%YAML 1.2\n---\na: 1\n', /1:1: YAML directives/],
  ])('refuses %s with file:line:column', (_name, text, message) => {
    expect(() => entry.parseKubeconfigYaml(text, 'bad.yaml')).toThrow(entry.KubeconfigError);
    expect(() => entry.parseKubeconfigYaml(text, 'bad.yaml')).toThrow(message);
    expect(() => entry.parseKubeconfigYaml(text, 'bad.yaml')).toThrow(/^bad\.yaml:\d+:\d+: /);
  });

  it('refuses deep nesting instead of overflowing the stack', () => {
    expect(() => entry.parseKubeconfigYaml(`a: ${'['.repeat(5000)}`)).toThrow(/nested too deeply/);
  });
});

describe('loadKubeconfig over http (no TLS)', () => {
  let server: ApiServer;
  beforeAll(async () => {
    server = await startApiServer();
  });
  beforeEach(() => server.handle(json(200, LIST)));
  afterAll(() => server.close());

  it('uses the current context: server with a path prefix, token, namespace', async () => {
    const path = await put('http/config', kubeconfig({ server: `${server.url}/prefix/` }, { token: SECRET }, 'team-a'));
    const options = await load({ path });
    expect(options.namespace).toBe('team-a');
    expect(options.fetch).toBeUndefined(); // plain http: the global fetch
    const client = createClient(options);
    await client.listNamespacedImageTag({ namespace: options.namespace! });
    expect(server.requests[0]?.target).toBe('/prefix/apis/image.openshift.io/v1/namespaces/team-a/imagetags');
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${SECRET}`);
  });

  it('picks a named context over the current one', async () => {
    const text = [
      'apiVersion: v1',
      'kind: Config',
      'current-context: one',
      'clusters:',
      `  - {name: a, cluster: {server: "${server.url}/a"}}`,
      `  - {name: b, cluster: {server: "${server.url}/b"}}`,
      'contexts:',
      '  - name: one',
      '    context: {cluster: a, user: ua, namespace: ns-one}',
      '  - name: two',
      '    context:',
      '      cluster: b',
      '      user: ub',
      'users:',
      '  - name: ua',
      '    user: {token: token-a}',
      '  - name: ub',
      '    user: {token: token-b}',
    ].join('\n');
    const path = await put('http/contexts', text);
    const current = await load({ path });
    expect(current.baseUrl).toBe(`${server.url}/a`);
    expect(current.token).toBe('token-a');
    expect(current.namespace).toBe('ns-one');
    const named = await load({ path, context: 'two' });
    expect(named.baseUrl).toBe(`${server.url}/b`);
    expect(named.token).toBe('token-b');
    expect(named.namespace).toBeUndefined();
    const missing = await rejection(load({ path, context: 'three' }));
    expect(missing).toBeInstanceOf(entry.KubeconfigError);
    expect(missing.message).toContain('no context named "three" in "contexts" (known: "one", "two")');
  });

  it('reads a JSON kubeconfig', async () => {
    const config = {
      apiVersion: 'v1',
      kind: 'Config',
      'current-context': 'c',
      clusters: [{ name: 'c', cluster: { server: server.url } }],
      contexts: [{ name: 'c', context: { cluster: 'c', user: 'u' } }],
      users: [{ name: 'u', user: { username: 'alice', password: 'pw:1' } }],
    };
    const options = await load({ path: await put('http/config.json', JSON.stringify(config, null, 2)) });
    await createClient(options).listImageTagForAllNamespaces();
    expect(server.requests[0]?.headers.authorization).toBe(`Basic ${b64('alice:pw:1')}`);
  });

  it('defaults to the first entry of $KUBECONFIG, else ~/.kube/config', async () => {
    const first = await put('http/first', kubeconfig({ server: `${server.url}/first` }, {}));
    const second = await put('http/second', kubeconfig({ server: `${server.url}/second` }, {}));
    const options = await load({ env: { KUBECONFIG: `${first}:${second}`, HOME: '/nonexistent' } });
    expect(options.baseUrl).toBe(`${server.url}/first`);
    expect(entry.defaultKubeconfigPath({ HOME: '/home/u' })).toBe('/home/u/.kube/config');
    expect(entry.defaultKubeconfigPath({ KUBECONFIG: ':/a/b:/c', HOME: '/home/u' })).toBe('/a/b');
    const home = await rejection(load({ env: { HOME: join(dir, 'no-home') } }));
    expect(home.message).toContain(`cannot read the kubeconfig ${join(dir, 'no-home', '.kube', 'config')}`);
  });

  it('re-reads a tokenFile when it changes (relative to the kubeconfig)', async () => {
    await put('http/tokens/current', 'first-token\n');
    const options = await load({
      path: await put('http/token-file', kubeconfig({ server: server.url }, { tokenFile: 'tokens/current' })),
    });
    const client = createClient(options);
    await client.listImageTagForAllNamespaces();
    const tokenPath = await put('http/tokens/current', 'second-token-longer\n');
    await utimes(tokenPath, new Date(), new Date(Date.now() + 5000));
    await client.listImageTagForAllNamespaces();
    expect(server.requests.map((request) => request.headers.authorization)).toEqual([
      'Bearer first-token',
      'Bearer second-token-longer',
    ]);
  });

  const invalid: [string, Record<string, string | boolean>, Record<string, string>, RegExp][] = [
    ['an exec entry that is no mapping', {}, { exec: 'x' }, /user "me": "exec" must be a mapping/],
    ['auth-provider credentials', {}, { 'auth-provider': 'x' }, /"auth-provider" .* is not supported/],
    ['impersonation', {}, { as: 'admin' }, /"as" \(impersonation\) is not supported/],
    ['a certificate without its key', {}, { 'client-certificate-data': b64('x') }, /needs its key/],
    [
      'bad base64',
      { 'certificate-authority-data': 'not base64!' },
      {},
      /"certificate-authority-data" is not valid base64/,
    ],
    ['a CA that is no PEM', { 'certificate-authority-data': b64('hello') }, {}, /does not hold a PEM certificate/],
    [
      'a missing CA file',
      { 'certificate-authority': 'nope/ca.crt' },
      {},
      /cannot read "certificate-authority" .*nope\/ca\.crt/,
    ],
    ['a proxy', { 'proxy-url': 'http://proxy:3128' }, {}, /"proxy-url" is not supported/],
    ['a string where a boolean belongs', { 'insecure-skip-tls-verify': 'yes' }, {}, /must be true or false/],
    ['a token and a password', {}, { token: SECRET, password: 'x' }, /cannot both be set/],
    [
      'a CA with insecure-skip-tls-verify',
      { 'certificate-authority-data': b64('-----BEGIN CERTIFICATE-----'), 'insecure-skip-tls-verify': true },
      {},
      /cannot both be set/,
    ],
  ];
  it.each(invalid)(
    'refuses %s clearly, naming the file, never showing the token',
    async (_name, cluster, user, message) => {
      const path = await put(
        'http/invalid',
        kubeconfig({ server: 'https://127.0.0.1:1', ...cluster }, { token: SECRET, ...user }),
      );
      const error = await rejection(load({ path }));
      expect(error).toBeInstanceOf(entry.KubeconfigError);
      expect(error.message).toMatch(message);
      expect(error.message).toContain(path);
      expect(String(error)).not.toContain(SECRET);
    },
  );

  it('refuses a kubeconfig without a current context or with a wrong kind', async () => {
    const none = await put('http/no-current', 'apiVersion: v1\nkind: Config\nclusters: []\n');
    expect((await rejection(load({ path: none }))).message).toMatch(/no current-context is set/);
    const kind = await put('http/kind', 'apiVersion: v1\nkind: Pod\n');
    expect((await rejection(load({ path: kind }))).message).toMatch(/kind is "Pod", not "Config"/);
    const empty = await put('http/empty', '');
    expect((await rejection(load({ path: empty }))).message).toMatch(/the kubeconfig is empty/);
  });
});

describe('TLS (with the openssl CLI)', () => {
  const pki: Record<string, string> = {};
  let mtls: ApiServer; // certificate from the test CA; asks for client certificates
  let foreign: ApiServer; // certificate from another CA

  beforeAll(async () => {
    const run = (...args: string[]) => execFileSync(openssl, args, { cwd: dir, stdio: 'pipe' });
    await mkdir(join(dir, 'pki'), { recursive: true });
    const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2'];
    const ca = (name: string, subject: string) =>
      run(
        ...['req', '-x509', ...ec, '-keyout', `pki/${name}.key`, '-out', `pki/${name}.crt`, '-subj', subject],
        ...['-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'],
      );
    const leaf = (name: string, issuer: string, subject: string, extensions: string) => {
      writeFileSync(join(dir, `pki/${name}.ext`), extensions);
      run('req', '-new', ...ec, '-keyout', `pki/${name}.key`, '-out', `pki/${name}.csr`, '-subj', subject);
      run(
        ...['x509', '-req', '-in', `pki/${name}.csr`, '-CA', `pki/${issuer}.crt`, '-CAkey', `pki/${issuer}.key`],
        ...['-set_serial', `0x${randomBytes(8).toString('hex')}`, '-days', '2'],
        ...['-out', `pki/${name}.crt`, '-extfile', `pki/${name}.ext`],
      );
    };
    ca('ca', '/CN=specgen-test-ca');
    ca('other-ca', '/CN=another-ca');
    const server =
      'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n';
    leaf('server', 'ca', '/CN=127.0.0.1', server);
    leaf('other-server', 'other-ca', '/CN=127.0.0.1', server);
    leaf('client', 'ca', '/O=devs/CN=alice', 'extendedKeyUsage=clientAuth\nbasicConstraints=CA:FALSE\n');
    for (const name of ['ca', 'other-ca', 'server', 'other-server', 'client']) {
      pki[`${name}.crt`] = readFileSync(join(dir, `pki/${name}.crt`), 'utf8');
      pki[`${name}.key`] = readFileSync(join(dir, `pki/${name}.key`), 'utf8');
    }
    mtls = await startApiServer({
      key: pki['server.key'],
      cert: pki['server.crt'],
      ca: pki['ca.crt'],
      requestCert: true,
      rejectUnauthorized: false, // the handler sees who connected; the tests check it
    });
    foreign = await startApiServer({ key: pki['other-server.key'], cert: pki['other-server.crt'] });
  });
  beforeEach(() => {
    mtls.handle(json(200, LIST));
    foreign.handle(json(200, LIST));
  });
  afterAll(async () => {
    await mtls?.close();
    await foreign?.close();
  });

  it('token auth, the server verified with certificate-authority-data', async () => {
    const path = await put(
      'tls/token',
      kubeconfig({ server: mtls.url, 'certificate-authority-data': b64(pki['ca.crt']!) }, { token: SECRET }),
    );
    const options = await load({ path });
    expect(options.dispatcher).toBeDefined();
    await createClient(options).listNamespacedImageTag({ namespace: 'demo' });
    expect(mtls.requests[0]?.headers.authorization).toBe(`Bearer ${SECRET}`);
    expect(mtls.requests[0]?.clientCertificate).toBeUndefined();
  });

  it('client-certificate auth from files relative to the kubeconfig', async () => {
    const path = await put(
      'tls/files/config',
      kubeconfig(
        { server: mtls.url, 'certificate-authority': '../../pki/ca.crt' },
        { 'client-certificate': '../../pki/client.crt', 'client-key': '../../pki/client.key' },
      ),
    );
    await createClient(await load({ path })).listImageTagForAllNamespaces();
    expect(mtls.requests[0]?.clientCertificate).toBe('alice');
    expect(mtls.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('client-certificate auth from -data fields', async () => {
    const path = await put(
      'tls/data',
      kubeconfig(
        { server: mtls.url, 'certificate-authority-data': b64(pki['ca.crt']!) },
        { 'client-certificate-data': b64(pki['client.crt']!), 'client-key-data': b64(pki['client.key']!) },
      ),
    );
    await createClient(await load({ path })).listImageTagForAllNamespaces();
    expect(mtls.requests[0]?.clientCertificate).toBe('alice');
  });

  it('a server certificate from another CA fails with a NetworkError', async () => {
    const path = await put(
      'tls/foreign',
      kubeconfig({ server: foreign.url, 'certificate-authority-data': b64(pki['ca.crt']!) }, { token: SECRET }),
    );
    const error = await rejection(createClient(await load({ path })).listImageTagForAllNamespaces());
    expect(error).toBeInstanceOf(NetworkError);
    expect(String((error.cause as Error | undefined)?.cause ?? error.cause)).toMatch(/certificate/i);
    expect(foreign.requests).toEqual([]);
    // Without a CA in the kubeconfig, the system roots do not trust the test CA either.
    const noCa = await put('tls/no-ca', kubeconfig({ server: mtls.url }, { token: SECRET }));
    expect(await rejection(createClient(await load({ path: noCa })).listImageTagForAllNamespaces())).toBeInstanceOf(
      NetworkError,
    );
    expect(mtls.requests).toEqual([]);
  });

  it('insecure-skip-tls-verify accepts any server certificate', async () => {
    const path = await put(
      'tls/insecure',
      kubeconfig({ server: foreign.url, 'insecure-skip-tls-verify': true }, { token: SECRET }),
    );
    await createClient(await load({ path })).listImageTagForAllNamespaces();
    expect(foreign.requests[0]?.headers.authorization).toBe(`Bearer ${SECRET}`);
  });

  it('tls-server-name verifies the certificate against another name', async () => {
    const path = await put(
      'tls/server-name',
      kubeconfig(
        {
          server: mtls.url,
          'certificate-authority-data': b64(pki['ca.crt']!),
          'tls-server-name': 'kubernetes.default',
        },
        {},
      ),
    );
    const error = await rejection(createClient(await load({ path })).listImageTagForAllNamespaces());
    expect(error).toBeInstanceOf(NetworkError);
    expect(String((error.cause as Error | undefined)?.cause)).toMatch(/kubernetes\.default/);
    const ok = await put(
      'tls/server-name-ok',
      kubeconfig(
        { server: mtls.url, 'certificate-authority-data': b64(pki['ca.crt']!), 'tls-server-name': 'localhost' },
        {},
      ),
    );
    await createClient(await load({ path: ok })).listImageTagForAllNamespaces();
  });

  describe('inClusterConfig', () => {
    const env = () => ({ KUBERNETES_SERVICE_HOST: '127.0.0.1', KUBERNETES_SERVICE_PORT: String(mtls.port) });

    it('uses the service account token, CA and namespace, and re-reads the rotated token', async () => {
      const root = join(dir, 'serviceaccount');
      await put('serviceaccount/token', 'sa-token-1');
      await put('serviceaccount/ca.crt', pki['ca.crt']!);
      await put('serviceaccount/namespace', 'team-b\n');
      const options = await entry.inClusterConfig({ root, env: env() });
      opened.push(options);
      expect(options.baseUrl).toBe(`https://127.0.0.1:${mtls.port}`);
      expect(options.namespace).toBe('team-b');
      const client = createClient(options);
      await client.listNamespacedImageTag({ namespace: options.namespace! });
      const tokenPath = await put('serviceaccount/token', 'sa-token-2-rotated');
      await utimes(tokenPath, new Date(), new Date(Date.now() + 5000));
      await client.listNamespacedImageTag({ namespace: options.namespace! });
      expect(mtls.requests.map((request) => [request.rawPath, request.headers.authorization])).toEqual([
        ['/apis/image.openshift.io/v1/namespaces/team-b/imagetags', 'Bearer sa-token-1'],
        ['/apis/image.openshift.io/v1/namespaces/team-b/imagetags', 'Bearer sa-token-2-rotated'],
      ]);
    });

    it('refuses to run outside a cluster or without the token', async () => {
      const outside = await rejection(entry.inClusterConfig({ root: join(dir, 'serviceaccount'), env: {} }));
      expect(outside).toBeInstanceOf(entry.KubeconfigError);
      expect(outside.message).toMatch(/KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be set/);
      const noToken = await rejection(entry.inClusterConfig({ root: join(dir, 'nowhere'), env: env() }));
      expect(noToken.message).toContain(`cannot read the token file ${join(dir, 'nowhere', 'token')}`);
    });

    it('brackets an IPv6 service host', async () => {
      const options = await entry.inClusterConfig({
        root: join(dir, 'serviceaccount'),
        env: { KUBERNETES_SERVICE_HOST: 'fd00::1', KUBERNETES_SERVICE_PORT: '443' },
      });
      opened.push(options);
      expect(options.baseUrl).toBe('https://[fd00::1]:443');
    });
  });

  // kubectl reads the same kubeconfig files: it must present the same credentials to the same server.
  describe('kubectl presents the same credentials from the same kubeconfig', () => {
    it.each(['token', 'files/config', 'data', 'insecure'])('tls/%s', async (name) => {
      const path = join(dir, 'tls', name);
      const server = name === 'insecure' ? foreign : mtls;
      server.handle(json(200, LIST));
      await promisify(execFile)(
        kubectl,
        ['--kubeconfig', path, 'get', '--raw', '/apis/image.openshift.io/v1/imagetags'],
        {
          env: { PATH: process.env['PATH'] ?? '', HOME: dir },
          timeout: 10_000,
        },
      );
      const theirs = server.requests.find((request) => request.rawPath === '/apis/image.openshift.io/v1/imagetags');
      server.handle(json(200, LIST));
      await createClient(await load({ path })).listImageTagForAllNamespaces();
      const ours = server.requests[0];
      expect(theirs).toBeDefined();
      expect([ours?.clientCertificate, ours?.headers.authorization]).toEqual([
        theirs?.clientCertificate,
        theirs?.headers.authorization,
      ]);
    });
  });
});
