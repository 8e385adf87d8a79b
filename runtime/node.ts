// The Node-only entry: client options from a kubeconfig file or from the in-cluster service account, with TLS through
// an undici dispatcher. It is a separate entry so that browser builds of the client never see `node:` modules or
// undici. The kubeconfig reader has its own small, strict YAML parser: the package pulls in no YAML library.
import { Buffer } from "node:buffer";
import { readFile, stat } from "node:fs/promises";
import { homedir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import { env as processEnv } from "node:process";
import { Agent, fetch as undiciFetch, type Dispatcher, type RequestInit as UndiciRequestInit } from "undici";
import type { ClientOptions } from "./client.js"; // specgen:keep
import { parseKubeconfigYaml } from "./kubeconfig-yaml.js";

/** Client options for Node, plus what the configuration says beyond them. */
export interface NodeClientOptions extends ClientOptions {
  /** The namespace of the kubeconfig context or of the service account; `undefined` when none is set. */
  readonly namespace: string | undefined;
  /** The undici dispatcher carrying the TLS settings (`undefined` for `http:`); `close()` it to free its sockets. */
  readonly dispatcher: Dispatcher | undefined;
}

/** Where {@link loadKubeconfig} reads from. */
export interface KubeconfigOptions {
  /** The kubeconfig file. Default: the first entry of `$KUBECONFIG`, else `~/.kube/config`. */
  readonly path?: string;
  /** The context to use. Default: the file's `current-context`. */
  readonly context?: string;
  /** The environment to read `KUBECONFIG` and `HOME` from. Default: `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Where {@link inClusterConfig} reads from. */
export interface InClusterOptions {
  /** The service account folder. Default: `/var/run/secrets/kubernetes.io/serviceaccount`. */
  readonly root?: string;
  /** The environment to read `KUBERNETES_SERVICE_HOST` and `KUBERNETES_SERVICE_PORT` from. Default: `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** A kubeconfig or service account this module cannot use; the message names the file and the field, never a secret. */
export class KubeconfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "KubeconfigError";
  }
}

/** The default kubeconfig path: the first entry of `$KUBECONFIG`, else `~/.kube/config`. */
export function defaultKubeconfigPath(env: Readonly<Record<string, string | undefined>> = processEnv): string {
  const first = (env.KUBECONFIG ?? "").split(delimiter).find((entry) => entry.trim() !== "");
  return first ?? join(env.HOME || homedir(), ".kube", "config");
}

/**
 * Client options from a kubeconfig file: the server (a path prefix is kept), the CA (`certificate-authority` or
 * `-data`), `insecure-skip-tls-verify`, `tls-server-name`, a client certificate and key (files relative to the
 * kubeconfig, or `-data`), a `token` or a `tokenFile` (re-read when it changes), or `username`/`password`.
 * `exec` and `auth-provider` credentials, impersonation and `proxy-url` are refused with a clear error.
 */
export async function loadKubeconfig(options: KubeconfigOptions = {}): Promise<NodeClientOptions> {
  const path = resolve(options.path ?? defaultKubeconfigPath(options.env ?? processEnv));
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new KubeconfigError(`cannot read the kubeconfig ${path}: ${$reason(error)}`, { cause: error });
  }
  return $fromKubeconfig(parseKubeconfigYaml(text, path), path, options.context);
}

/**
 * Client options inside a pod: `https://$KUBERNETES_SERVICE_HOST:$KUBERNETES_SERVICE_PORT`, the service account's
 * CA, its token (re-read when the file changes: kubelet rotates it) and its namespace.
 */
export async function inClusterConfig(options: InClusterOptions = {}): Promise<NodeClientOptions> {
  const env = options.env ?? processEnv;
  const root = options.root ?? "/var/run/secrets/kubernetes.io/serviceaccount";
  const host = env.KUBERNETES_SERVICE_HOST;
  const port = env.KUBERNETES_SERVICE_PORT;
  if (!host || !port) {
    throw new KubeconfigError(
      "not running in a cluster: KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be set",
    );
  }
  const baseUrl = `https://${host.includes(":") ? `[${host}]` : host}:${port}`;
  $checkServer(baseUrl, "KUBERNETES_SERVICE_HOST/PORT");
  const token = $fileToken(join(root, "token"));
  await token(); // fail now, not on the first request
  const ca = await $readFile(join(root, "ca.crt"), "cannot read the service account CA");
  $checkPem(ca, "CERTIFICATE", join(root, "ca.crt"));
  let namespace: string | undefined;
  try {
    namespace = (await readFile(join(root, "namespace"), "utf8")).trim() || undefined;
  } catch {
    namespace = undefined;
  }
  const tls = $tlsFetch({ ca });
  return { baseUrl, token, fetch: tls.fetch, dispatcher: tls.dispatcher, namespace };
}

type $Map = { readonly [key: string]: unknown };

function $reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function $isMap(value: unknown): value is $Map {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function $own(map: $Map, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

function $string(map: $Map, key: string, where: string): string | undefined {
  const value = $own(map, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new KubeconfigError(`${where}: "${key}" must be a string (quote it)`);
  return value;
}

function $boolean(map: $Map, key: string, where: string): boolean | undefined {
  const value = $own(map, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "boolean") throw new KubeconfigError(`${where}: "${key}" must be true or false`);
  return value;
}

/** The entry named `name` of a kubeconfig list (`clusters`, `contexts`, `users`), and the map under `field`. */
function $named(config: $Map, list: string, field: string, name: string, file: string): $Map {
  const entries = $own(config, list) ?? [];
  if (!Array.isArray(entries)) throw new KubeconfigError(`${file}: "${list}" must be a list`);
  const names: string[] = [];
  let found: $Map | undefined;
  for (const [index, entry] of entries.entries()) {
    if (!$isMap(entry)) throw new KubeconfigError(`${file}: ${list}[${index}] must be a mapping`);
    const entryName = $string(entry, "name", `${file}: ${list}[${index}]`);
    if (entryName === undefined) throw new KubeconfigError(`${file}: ${list}[${index}] has no name`);
    if (names.includes(entryName)) throw new KubeconfigError(`${file}: ${list} has two entries named "${entryName}"`);
    names.push(entryName);
    if (entryName === name) {
      const value = $own(entry, field) ?? {};
      if (!$isMap(value)) throw new KubeconfigError(`${file}: ${list} "${name}": "${field}" must be a mapping`);
      found = value;
    }
  }
  if (found === undefined) {
    const known = names.length === 0 ? "it is empty" : `known: ${names.map((entry) => `"${entry}"`).join(", ")}`;
    throw new KubeconfigError(`${file}: no ${field} named "${name}" in "${list}" (${known})`);
  }
  return found;
}

function $checkServer(server: string, where: string): URL {
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    throw new KubeconfigError(`${where}: the server is not an absolute URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new KubeconfigError(`${where}: the server must be an https: or http: URL`);
  return url;
}

/** Reads a file; a failure says `<what> <path>: <reason>`. */
async function $readFile(path: string, what: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new KubeconfigError(`${what} ${path}: ${$reason(error)}`, { cause: error });
  }
}

function $base64(text: string, where: string): Buffer {
  const compact = text.replace(/\s+/g, "");
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact))
    throw new KubeconfigError(`${where} is not valid base64`);
  return Buffer.from(compact, "base64");
}

function $checkPem(pem: Buffer, label: "CERTIFICATE" | "PRIVATE KEY", where: string): void {
  const text = pem.toString("latin1");
  const ok =
    label === "CERTIFICATE"
      ? text.includes("-----BEGIN CERTIFICATE-----")
      : /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text);
  if (!ok)
    throw new KubeconfigError(
      `${where} does not hold a PEM ${label === "CERTIFICATE" ? "certificate" : "private key"}`,
    );
}

/** `<key>-data` (base64) wins over `<key>` (a file, relative to the kubeconfig), as in client-go. */
async function $dataOrFile(map: $Map, key: string, where: string, base: string): Promise<Buffer | undefined> {
  const data = $string(map, `${key}-data`, where);
  if (data !== undefined && data !== "") return $base64(data, `${where}: "${key}-data"`);
  const file = $string(map, key, where);
  if (file === undefined || file === "") return undefined;
  return $readFile(resolve(base, file), `${where}: cannot read "${key}"`);
}

/** A token read from a file, read again whenever the file changes (kubelet and token tools rotate it). */
function $fileToken(path: string): () => Promise<string> {
  let cached: { readonly stamp: string; readonly token: string } | undefined;
  return async () => {
    try {
      const info = await stat(path);
      const stamp = `${info.ino}:${info.size}:${info.mtimeMs}`;
      if (cached?.stamp !== stamp) cached = { stamp, token: (await readFile(path, "utf8")).trim() };
      return cached.token;
    } catch (error) {
      // The last token read stays in use while the file is briefly away (an atomic swap), as in client-go.
      if (cached !== undefined) return cached.token;
      throw new KubeconfigError(`cannot read the token file ${path}: ${$reason(error)}`, { cause: error });
    }
  };
}

interface $Tls {
  readonly ca?: Buffer;
  readonly cert?: Buffer;
  readonly key?: Buffer;
  readonly rejectUnauthorized?: boolean;
  readonly servername?: string;
}

/** A fetch over undici's own fetch with an Agent holding the TLS settings (Node's global fetch may be another undici). */
function $tlsFetch(tls: $Tls): { fetch: typeof fetch; dispatcher: Dispatcher } {
  const agent = new Agent({ connect: { ...tls } });
  const fetchWithAgent = async (input: unknown, init?: unknown): Promise<Response> => {
    if (typeof input !== "string" && !(input instanceof URL)) throw new TypeError("this fetch takes a URL string");
    const response = await undiciFetch(input, { ...(init as UndiciRequestInit), dispatcher: agent });
    return response as unknown as Response;
  };
  return { fetch: fetchWithAgent as typeof fetch, dispatcher: agent };
}

async function $fromKubeconfig(
  config: unknown,
  file: string,
  contextOption: string | undefined,
): Promise<NodeClientOptions> {
  if (config === null || config === undefined) throw new KubeconfigError(`${file}: the kubeconfig is empty`);
  if (!$isMap(config)) throw new KubeconfigError(`${file}: a kubeconfig is a mapping`);
  const kind = $string(config, "kind", file);
  if (kind !== undefined && kind !== "Config") throw new KubeconfigError(`${file}: kind is "${kind}", not "Config"`);
  const contextName = contextOption ?? $string(config, "current-context", file);
  if (contextName === undefined || contextName === "") {
    throw new KubeconfigError(`${file}: no current-context is set: set one or pass the context option`);
  }
  const context = $named(config, "contexts", "context", contextName, file);
  const contextWhere = `${file}: context "${contextName}"`;
  const clusterName = $string(context, "cluster", contextWhere);
  if (clusterName === undefined || clusterName === "") throw new KubeconfigError(`${contextWhere} names no cluster`);
  const cluster = $named(config, "clusters", "cluster", clusterName, file);
  const userName = $string(context, "user", contextWhere);
  const user = userName === undefined || userName === "" ? {} : $named(config, "users", "user", userName, file);
  const namespace = $string(context, "namespace", contextWhere) || undefined;
  const base = dirname(file);

  const clusterWhere = `${file}: cluster "${clusterName}"`;
  const server = $string(cluster, "server", clusterWhere);
  if (server === undefined || server === "") throw new KubeconfigError(`${clusterWhere} has no server`);
  const url = $checkServer(server, clusterWhere);
  if ($own(cluster, "proxy-url") !== undefined)
    throw new KubeconfigError(`${clusterWhere}: "proxy-url" is not supported`);
  const insecure = $boolean(cluster, "insecure-skip-tls-verify", clusterWhere) ?? false;
  const ca = await $dataOrFile(cluster, "certificate-authority", clusterWhere, base);
  if (ca !== undefined && insecure) {
    throw new KubeconfigError(
      `${clusterWhere}: a certificate authority and insecure-skip-tls-verify cannot both be set`,
    );
  }
  if (ca !== undefined) $checkPem(ca, "CERTIFICATE", `${clusterWhere}: the certificate authority`);
  const servername = $string(cluster, "tls-server-name", clusterWhere) || undefined;

  const userWhere = `${file}: user "${userName ?? ""}"`;
  for (const [key, what] of [
    ["exec", "exec credential plugins (an external command)"],
    ["auth-provider", "auth-provider credentials"],
    ["as", "impersonation"],
    ["as-uid", "impersonation"],
    ["as-groups", "impersonation"],
    ["as-user-extra", "impersonation"],
  ] as const) {
    if ($own(user, key) !== undefined && $own(user, key) !== null) {
      throw new KubeconfigError(
        `${userWhere}: "${key}" (${what}) is not supported: use a token, a token file or a client certificate`,
      );
    }
  }
  const cert = await $dataOrFile(user, "client-certificate", userWhere, base);
  const key = await $dataOrFile(user, "client-key", userWhere, base);
  if ((cert === undefined) !== (key === undefined)) {
    throw new KubeconfigError(`${userWhere}: a client certificate needs its key, and a key its certificate`);
  }
  if (cert !== undefined) $checkPem(cert, "CERTIFICATE", `${userWhere}: the client certificate`);
  if (key !== undefined) $checkPem(key, "PRIVATE KEY", `${userWhere}: the client key`);
  const tokenFile = $string(user, "tokenFile", userWhere) || undefined;
  const staticToken = $string(user, "token", userWhere) || undefined;
  const username = $string(user, "username", userWhere);
  const password = $string(user, "password", userWhere);
  if ((tokenFile !== undefined || staticToken !== undefined) && (username !== undefined || password !== undefined)) {
    throw new KubeconfigError(`${userWhere}: a token and a username/password cannot both be set`);
  }
  let token: ClientOptions["token"];
  if (tokenFile !== undefined) {
    // As in client-go, the file wins over a token beside it: it is the one that rotates.
    token = $fileToken(resolve(base, tokenFile));
    await token();
  } else token = staticToken;
  const headers =
    username !== undefined || password !== undefined
      ? { authorization: `Basic ${Buffer.from(`${username ?? ""}:${password ?? ""}`).toString("base64")}` }
      : undefined;

  const tls =
    url.protocol === "https:"
      ? $tlsFetch({
          ...(ca === undefined ? {} : { ca }),
          ...(cert === undefined || key === undefined ? {} : { cert, key }),
          ...(servername === undefined ? {} : { servername }),
          rejectUnauthorized: !insecure,
        })
      : undefined;
  return {
    baseUrl: server,
    ...(token === undefined ? {} : { token }),
    ...(headers === undefined ? {} : { headers }),
    ...(tls === undefined ? {} : { fetch: tls.fetch }),
    dispatcher: tls?.dispatcher,
    namespace,
  };
}

// specgen:strip-begin
// Internals of the generated file, exported here for this module's unit tests only.
export {
  type $Map,
  $reason,
  $isMap,
  $own,
  $string,
  $boolean,
  $named,
  $checkServer,
  $readFile,
  $base64,
  $checkPem,
  $dataOrFile,
  $fileToken,
  type $Tls,
  $tlsFetch,
  $fromKubeconfig,
};
// specgen:strip-end
