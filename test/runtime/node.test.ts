// runtime/node.ts and runtime/kubeconfig-yaml.ts, imported directly: the kubeconfig YAML subset (the `yaml` package is the oracle for what it
// accepts), kubeconfig and in-cluster loading from scratch files, and token files that rotate. TLS handshakes against
// real servers are test/client-node.test.ts's job (it runs the generated node.ts).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import {
  $base64,
  $checkPem,
  $checkServer,
  $fileToken,
  $named,
  KubeconfigError,
  defaultKubeconfigPath,
  inClusterConfig,
  loadKubeconfig,
} from '../../runtime/node.js';
import { parseKubeconfigYaml } from '../../runtime/kubeconfig-yaml.js';

const PEM_CERT = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
const PEM_KEY = '-----BEGIN EC PRIVATE KEY-----\nMHcC\n-----END EC PRIVATE KEY-----\n';
const b64 = (text: string): string => Buffer.from(text).toString('base64');

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'specgen-runtime-node-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('parseKubeconfigYaml agrees with the yaml package on the subset it reads', () => {
  const documents: [string, string][] = [
    [
      'a kubeconfig',
      'apiVersion: v1\nkind: Config\ncurrent-context: a\ncontexts:\n- name: a\n  context:\n    cluster: c\n',
    ],
    ['indented sequences', 'list:\n  - a\n  - b: 1\n    c: 2\n  -   - nested\n'],
    ['core schema scalars', 'a: true\nb: false\nc: null\nd: ~\ne: 42\nf: -1.5\ng: 0x1F\nh: 1e3\ni: yes\nj: .inf\n'],
    ['quoted scalars', 'a: \'it\'\'s\'\nb: "tab\\tnew\\nline \\u00e9 \\x41"\nc: "#not a comment"\n'],
    ['comments and blank lines', '# head\n\na: 1 # trailing\n\n# between\nb: "x # y"\n'],
    ['flow collections (JSON)', '{"a": [1, 2, {"b": null}], "c": "d", e: [x, y]}\n'],
    ['an empty mapping and list', 'a: {}\nb: []\nc:\n'],
    ['a document marker and an end marker', '---\na: 1\n...\n'],
    ['CRLF line ends and a BOM', '\uFEFFa: 1\r\nb:\r\n  - x\r\n'],
    ['keys with spaces and colons', 'a b: 1\n"c: d": 2\nhttp://x: 3\n'],
    ['an empty document', '# nothing\n'],
  ];

  it.each(documents)('%s', (_, text) => {
    expect(parseKubeconfigYaml(text)).toEqual(YAML.parse(text.replace(/^\uFEFF/, '')) ?? null);
  });

  it.each([
    ['an anchor', 'a: &x 1\n', 'k.yaml:1:4: anchors, aliases and tags are not supported'],
    ['a tag', 'a: !!str 1\n', 'k.yaml:1:4: anchors, aliases and tags are not supported'],
    ['a block scalar', 'a: |\n  x\n', 'k.yaml:1:4: block scalars (| and >) are not supported'],
    ['two documents', 'a: 1\n---\nb: 2\n', 'k.yaml:2:1: several YAML documents are not supported'],
    ['a directive', '%YAML 1.2\na: 1\n', 'k.yaml:1:1: YAML directives are not supported'],
    ['a duplicate key', 'a: 1\na: 2\n', 'k.yaml:2:1: duplicate key "a"'],
    ['a tab indent', 'a:\n\tb: 1\n', 'k.yaml:2:1: tabs cannot indent YAML'],
    ['a multi-line plain value', 'a: x\n  y\n', 'k.yaml:2:3: multi-line plain values are not supported'],
    ['an unterminated string', 'a: "x\n', 'k.yaml:1:4: unterminated quoted string'],
    ['a bad escape', 'a: "\\q"\n', 'k.yaml:1:5: unknown escape \\q'],
    ['an unclosed flow mapping', '{"a": 1\n', 'k.yaml:2:1: expected "," or "}"'],
    ['a flow key that is a list', '{[1]: 2}\n', 'k.yaml:1:2: a key is missing'],
    ['a complex key', '? a\n: b\n', 'k.yaml:1:1: complex keys (?) are not supported'],
    ['deep nesting', `${'['.repeat(200)}${']'.repeat(200)}\n`, 'nested too deeply'],
  ])('refuses %s with file:line:column', (_, text, message) => {
    expect(() => parseKubeconfigYaml(text, 'k.yaml')).toThrow(message);
    expect(() => parseKubeconfigYaml(text, 'k.yaml')).toThrow(KubeconfigError);
  });
});

describe('helpers', () => {
  it('$base64 decodes padded base64 across line breaks, naming the field otherwise', () => {
    expect($base64('aGVs\nbG8=', 'x').toString()).toBe('hello');
    expect(() => $base64('aGVsbG8', 'the CA')).toThrow('the CA is not valid base64');
    expect(() => $base64('a$b=', 'the CA')).toThrow('the CA is not valid base64');
  });

  it('$checkPem looks for the PEM label', () => {
    expect(() => $checkPem(Buffer.from(PEM_CERT), 'CERTIFICATE', 'ca')).not.toThrow();
    expect(() => $checkPem(Buffer.from(PEM_KEY), 'PRIVATE KEY', 'key')).not.toThrow();
    expect(() => $checkPem(Buffer.from(PEM_KEY), 'CERTIFICATE', 'ca')).toThrow('ca does not hold a PEM certificate');
    expect(() => $checkPem(Buffer.from(PEM_CERT), 'PRIVATE KEY', 'key')).toThrow('key does not hold a PEM private key');
  });

  it('$checkServer wants an absolute http(s) URL', () => {
    expect($checkServer('https://h:6443/p', 'w').pathname).toBe('/p');
    expect(() => $checkServer('h:6443', 'w')).toThrow('w: the server must be an https: or http: URL');
    expect(() => $checkServer('/relative', 'w')).toThrow('w: the server is not an absolute URL');
  });

  it('$named finds one entry by name and lists the known ones when it cannot', () => {
    const config = { clusters: [{ name: 'a', cluster: { server: 's' } }, { name: 'b' }] };
    expect($named(config, 'clusters', 'cluster', 'a', 'f')).toEqual({ server: 's' });
    expect($named(config, 'clusters', 'cluster', 'b', 'f')).toEqual({});
    expect(() => $named(config, 'clusters', 'cluster', 'z', 'f')).toThrow(
      'f: no cluster named "z" in "clusters" (known: "a", "b")',
    );
    expect(() => $named({}, 'users', 'user', 'u', 'f')).toThrow('(it is empty)');
    expect(() => $named({ users: {} }, 'users', 'user', 'u', 'f')).toThrow('f: "users" must be a list');
    expect(() => $named({ users: [{ name: 'u' }, { name: 'u' }] }, 'users', 'user', 'u', 'f')).toThrow(
      'two entries named "u"',
    );
    expect(() => $named({ users: [1] }, 'users', 'user', 'u', 'f')).toThrow('f: users[0] must be a mapping');
    expect(() => $named({ users: [{}] }, 'users', 'user', 'u', 'f')).toThrow('f: users[0] has no name');
  });

  it('$fileToken re-reads a rotated token and keeps the last one while the file is away', async () => {
    const path = join(dir, 'rotating-token');
    await writeFile(path, 'first\n');
    const token = $fileToken(path);
    expect(await token()).toBe('first');
    await writeFile(path, 'second-and-longer\n');
    expect(await token()).toBe('second-and-longer');
    await rm(path);
    expect(await token()).toBe('second-and-longer');
    await expect($fileToken(join(dir, 'missing'))()).rejects.toThrow(/cannot read the token file .*missing/);
  });

  it('defaultKubeconfigPath: the first non-empty $KUBECONFIG entry, else ~/.kube/config', () => {
    expect(defaultKubeconfigPath({ KUBECONFIG: `${delimiter}/a/one${delimiter}/b/two`, HOME: '/h' })).toBe('/a/one');
    expect(defaultKubeconfigPath({ HOME: '/h' })).toBe(join('/h', '.kube', 'config'));
  });
});

/** Writes a kubeconfig built from one cluster, one user and one context, and loads it. */
async function load(
  cluster: Record<string, unknown>,
  user: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
): Promise<Awaited<ReturnType<typeof loadKubeconfig>>> {
  const path = join(dir, `kubeconfig-${Math.random().toString(36).slice(2)}`);
  const config = {
    apiVersion: 'v1',
    kind: 'Config',
    'current-context': 'ctx',
    clusters: [{ name: 'c', cluster }],
    users: [{ name: 'u', user }],
    contexts: [{ name: 'ctx', context: { cluster: 'c', user: 'u', namespace: 'team' } }],
    ...extra,
  };
  await writeFile(path, YAML.stringify(config));
  return loadKubeconfig({ path });
}

describe('loadKubeconfig', () => {
  it('an http server with a token: no TLS fetch, the namespace of the context', async () => {
    const options = await load({ server: 'http://127.0.0.1:8080/prefix' }, { token: 'abc' });
    expect(options).toEqual({
      baseUrl: 'http://127.0.0.1:8080/prefix',
      token: 'abc',
      dispatcher: undefined,
      namespace: 'team',
    });
  });

  it('https with a CA and a client certificate from files relative to the kubeconfig, via a dispatcher', async () => {
    await writeFile(join(dir, 'ca.crt'), PEM_CERT);
    await writeFile(join(dir, 'client.crt'), PEM_CERT);
    await writeFile(join(dir, 'client.key'), PEM_KEY);
    const options = await load(
      { server: 'https://h:6443', 'certificate-authority': 'ca.crt', 'tls-server-name': 'kubernetes' },
      { 'client-certificate': 'client.crt', 'client-key-data': b64(PEM_KEY) },
    );
    expect(options.baseUrl).toBe('https://h:6443');
    expect(typeof options.fetch).toBe('function');
    expect(options.dispatcher).toBeDefined();
    await expect(options.fetch!({} as unknown as string)).rejects.toThrow('this fetch takes a URL string');
    await options.dispatcher!.close();
  });

  it('username and password become a Basic header; a token file is read now and later', async () => {
    const basic = await load({ server: 'http://h' }, { username: 'al', password: 'pw' });
    expect(basic.headers).toEqual({ authorization: `Basic ${b64('al:pw')}` });
    await writeFile(join(dir, 'token'), 'from-file\n');
    const fromFile = await load({ server: 'http://h' }, { tokenFile: 'token', token: 'ignored' });
    expect(typeof fromFile.token).toBe('function');
    expect(await (fromFile.token as () => Promise<string>)()).toBe('from-file');
  });

  it.each([
    ['exec credentials', { server: 'http://h' }, { exec: { command: 'x' } }, /"exec" \(exec credential plugins/],
    ['auth-provider', { server: 'http://h' }, { 'auth-provider': { name: 'gcp' } }, /"auth-provider"/],
    ['impersonation', { server: 'http://h' }, { as: 'admin' }, /"as" \(impersonation\) is not supported/],
    ['a proxy', { server: 'http://h', 'proxy-url': 'http://p' }, {}, /"proxy-url" is not supported/],
    ['no server', {}, {}, /cluster "c" has no server/],
    [
      'a CA with insecure-skip-tls-verify',
      { server: 'https://h', 'certificate-authority-data': b64(PEM_CERT), 'insecure-skip-tls-verify': true },
      {},
      /cannot both be set/,
    ],
    ['a CA that is no PEM', { server: 'https://h', 'certificate-authority-data': b64('x') }, {}, /PEM certificate/],
    ['a certificate without its key', { server: 'https://h' }, { 'client-certificate-data': b64(PEM_CERT) }, /needs/],
    ['a token and a password', { server: 'http://h' }, { token: 't', password: 'p' }, /cannot both be set/],
    ['a missing CA file', { server: 'https://h', 'certificate-authority': 'nope.crt' }, {}, /cannot read/],
    ['insecure as a string', { server: 'https://h', 'insecure-skip-tls-verify': 'yes' }, {}, /must be true or false/],
    ['a number as the server', { server: 8080 }, {}, /"server" must be a string \(quote it\)/],
  ])('refuses %s, naming the file and the entry', async (_, cluster, user, message) => {
    const error = await load(cluster, user).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KubeconfigError);
    expect(String(error)).toMatch(message);
    expect(String(error)).toMatch(/kubeconfig-/);
  });

  it('refuses a file that is no kubeconfig', async () => {
    const path = join(dir, 'odd');
    for (const [text, message] of [
      ['', 'the kubeconfig is empty'],
      ['- a\n', 'a kubeconfig is a mapping'],
      ['kind: Pod\n', 'kind is "Pod", not "Config"'],
      ['kind: Config\n', 'no current-context is set'],
      ['current-context: x\ncontexts:\n- name: x\n  context: {}\n', 'context "x" names no cluster'],
    ] as const) {
      await writeFile(path, text);
      await expect(loadKubeconfig({ path })).rejects.toThrow(`${path}: ${message}`);
    }
    await expect(loadKubeconfig({ path: join(dir, 'absent') })).rejects.toThrow(/cannot read the kubeconfig/);
  });

  it('the context option picks another context; the path comes from $KUBECONFIG otherwise', async () => {
    const path = join(dir, 'two-contexts');
    await writeFile(
      path,
      YAML.stringify({
        'current-context': 'a',
        clusters: [
          { name: 'one', cluster: { server: 'http://one' } },
          { name: 'two', cluster: { server: 'http://two' } },
        ],
        contexts: [
          { name: 'a', context: { cluster: 'one' } },
          { name: 'b', context: { cluster: 'two' } },
        ],
      }),
    );
    expect((await loadKubeconfig({ path, context: 'b' })).baseUrl).toBe('http://two');
    const fromEnv = await loadKubeconfig({ env: { KUBECONFIG: path } });
    expect([fromEnv.baseUrl, fromEnv.namespace, fromEnv.token]).toEqual(['http://one', undefined, undefined]);
  });
});

describe('inClusterConfig', () => {
  it('reads the service account: token, CA and namespace; IPv6 hosts bracketed', async () => {
    const root = await mkdtemp(join(dir, 'sa-'));
    await writeFile(join(root, 'token'), 'sa-token\n');
    await writeFile(join(root, 'ca.crt'), PEM_CERT);
    await writeFile(join(root, 'namespace'), 'kube-system\n');
    const options = await inClusterConfig({
      root,
      env: { KUBERNETES_SERVICE_HOST: 'fd00::1', KUBERNETES_SERVICE_PORT: '443' },
    });
    expect(options.baseUrl).toBe('https://[fd00::1]:443');
    expect(options.namespace).toBe('kube-system');
    expect(await (options.token as () => Promise<string>)()).toBe('sa-token');
    await options.dispatcher!.close();
    await rm(join(root, 'namespace'));
    const noNamespace = await inClusterConfig({
      root,
      env: { KUBERNETES_SERVICE_HOST: '10.0.0.1', KUBERNETES_SERVICE_PORT: '443' },
    });
    expect([noNamespace.baseUrl, noNamespace.namespace]).toEqual(['https://10.0.0.1:443', undefined]);
    await noNamespace.dispatcher!.close();
  });

  it('outside a cluster, or without the token, says so', async () => {
    await expect(inClusterConfig({ env: {} })).rejects.toThrow('not running in a cluster');
    await expect(
      inClusterConfig({
        root: join(dir, 'nowhere'),
        env: { KUBERNETES_SERVICE_HOST: 'h', KUBERNETES_SERVICE_PORT: '1' },
      }),
    ).rejects.toThrow(/cannot read the token file/);
  });
});
