// runtime/node-exec.ts through runtime/node.ts's loadKubeconfig, imported directly: a kubeconfig whose user runs an
// `exec` credential plugin (a real script, run by the real child_process), its ExecCredential read in both API
// versions, cached until expirationTimestamp, run again after a 401 from a loopback server, and failures that name
// the command and show stderr but never the credential.
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $config, $request, type $Operation } from '../../runtime/request.js';
import { $send } from '../../runtime/send.js';
import { $execCredential } from '../../runtime/node-exec.js';
import { $jsonReader } from '../../runtime/client-media.js';
import { KubeconfigError, loadKubeconfig } from '../../runtime/node.js';
import { json, startApiServer, type ApiServer } from '../support/api-server.js';

let dir = '';
let server: ApiServer;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'specgen-exec-'));
  server = await startApiServer();
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

/**
 * A plugin script: counts its runs in a file, checks KUBERNETES_EXEC_INFO, prints an ExecCredential with the token
 * `token-<run>` (or fails with a message on stderr when told to).
 */
async function plugin(
  name: string,
  apiVersion: string,
  expiresInMs: number | undefined,
  fail = false,
): Promise<string> {
  const path = join(dir, name);
  const counter = join(dir, `${name}.runs`);
  await writeFile(counter, '0');
  const script = `#!${process.execPath}
const fs = require('node:fs');
const runs = Number(fs.readFileSync(${JSON.stringify(counter)}, 'utf8')) + 1;
fs.writeFileSync(${JSON.stringify(counter)}, String(runs));
const info = JSON.parse(process.env.KUBERNETES_EXEC_INFO);
if (${fail}) { process.stderr.write('cluster unreachable: ' + process.argv.slice(2).join(' ') + ' ' + process.env.REGION); process.exit(3); }
const status = { token: 'token-' + runs + '-' + process.env.REGION + '-' + info.spec.interactive };
${expiresInMs === undefined ? '' : `status.expirationTimestamp = new Date(Date.now() + ${expiresInMs}).toISOString();`}
process.stdout.write(JSON.stringify({ kind: 'ExecCredential', apiVersion: ${JSON.stringify(apiVersion)}, status }));
`;
  await writeFile(path, script);
  await chmod(path, 0o755);
  return path;
}

async function kubeconfig(command: string, apiVersion: string): Promise<string> {
  const path = join(dir, `config-${Math.random().toString(36).slice(2)}`);
  await writeFile(
    path,
    `apiVersion: v1
kind: Config
current-context: c
contexts:
- name: c
  context: { cluster: k, user: u }
clusters:
- name: k
  cluster: { server: "${server.url}" }
users:
- name: u
  user:
    exec:
      apiVersion: ${apiVersion}
      command: ./${command.split('/').pop()}
      args: [eks, get-token]
      env:
      - name: REGION
        value: eu-west-1
`,
  );
  return path;
}

const runs = async (name: string) => Number(await readFile(join(dir, `${name}.runs`), 'utf8'));

const getThing: $Operation = {
  method: 'GET',
  path: ['/api/v1/things'],
  query: [],
  headers: [],
  encode: undefined,
  bodyKey: undefined,
  contentType: undefined,
  patchTypes: undefined,
  reader: $jsonReader,
  validate: undefined,
  safe: true,
};

describe('exec credential plugins', () => {
  it.each(['client.authentication.k8s.io/v1', 'client.authentication.k8s.io/v1beta1'])(
    '%s: the token comes from the script (args, env, relative command), cached while valid',
    async (apiVersion) => {
      const name = `plugin-${apiVersion.split('/')[1]}`;
      await plugin(name, apiVersion, 3_600_000);
      const options = await loadKubeconfig({ path: await kubeconfig(name, apiVersion) });
      server.handle(json(200, {}));
      const config = $config(options);
      await $send(config, $request(getThing, {}), undefined);
      await $send(config, $request(getThing, {}), undefined);
      expect(server.requests.map((request) => request.headers.authorization)).toEqual([
        'Bearer token-1-eu-west-1-false',
        'Bearer token-1-eu-west-1-false',
      ]);
      expect(await runs(name)).toBe(1);
    },
  );

  it('runs the plugin again after a 401, and retries the request once with the new token', async () => {
    await plugin('refresh', 'client.authentication.k8s.io/v1', 3_600_000);
    const options = await loadKubeconfig({ path: await kubeconfig('refresh', 'client.authentication.k8s.io/v1') });
    server.sequence(json(401, { kind: 'Status', code: 401, reason: 'Unauthorized' }), json(200, { ok: true }));
    expect(await $send($config(options), $request(getThing, {}), undefined)).toEqual({ ok: true });
    expect(server.requests.map((request) => request.headers.authorization)).toEqual([
      'Bearer token-1-eu-west-1-false',
      'Bearer token-2-eu-west-1-false',
    ]);
  });

  it('runs the plugin again once the credential has expired', async () => {
    const command = await plugin('expiring', 'client.authentication.k8s.io/v1', 60_000);
    let now = Date.now();
    const source = $execCredential(
      { command, args: [], env: { REGION: 'r' }, apiVersion: 'client.authentication.k8s.io/v1' },
      () => now,
    );
    expect((await source()).token).toBe('token-1-r-false');
    expect((await source()).token).toBe('token-1-r-false');
    now += 120_000;
    expect((await source()).token).toBe('token-2-r-false');
  });

  it('a failing plugin: the error names the command and shows stderr', async () => {
    await plugin('broken', 'client.authentication.k8s.io/v1', undefined, true);
    const error = await loadKubeconfig({
      path: await kubeconfig('broken', 'client.authentication.k8s.io/v1'),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(KubeconfigError);
    expect(String((error as Error).message)).toMatch(
      /broken" exited with code 3: cluster unreachable: eks get-token eu-west-1/,
    );
  });

  it('a credential of the wrong version is refused without showing what the plugin printed', async () => {
    await plugin('leak', 'client.authentication.k8s.io/v1beta1', 3_600_000);
    const error = await loadKubeconfig({
      path: await kubeconfig('leak', 'client.authentication.k8s.io/v1'),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(KubeconfigError);
    expect(String((error as Error).message)).toMatch(/leak" printed kind ExecCredential .*v1beta1/);
    expect(inspect(error, { depth: 8, showHidden: true })).not.toContain('token-1');
  });
});
