// specgen:strip-begin
// kubeconfig `exec` credential plugins (what EKS, GKE and AKS kubeconfigs use), included after runtime/node.ts in the
// Node entry: run the command, read its ExecCredential (client.authentication.k8s.io/v1 or v1beta1), cache the
// credential until it expires, run it again when the server answers 401. Never interactive.
// What runtime/node.ts imports already (one generated file holds both): for tsc and the tests only.
import { resolve } from "node:path";
import { env as processEnv } from "node:process";
import { KubeconfigError } from "./node.js";
// specgen:strip-end
import { execFile } from "node:child_process";
import { isAbsolute } from "node:path";
/** What an exec plugin returned: a bearer token or a client certificate, and when it expires. */
interface $ExecResult {
  readonly token: string | undefined;
  readonly clientCertificateData: string | undefined;
  readonly clientKeyData: string | undefined;
  /** Milliseconds since the epoch; `undefined`: valid until a 401. */
  readonly expiresAt: number | undefined;
}

/** An exec plugin as the kubeconfig's `user.exec` describes it. */
interface $ExecSpec {
  readonly command: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly apiVersion: string;
}

const $EXEC_VERSIONS = ["client.authentication.k8s.io/v1", "client.authentication.k8s.io/v1beta1"];

/** Reads `user.exec`, checking every field; `where` names the kubeconfig and the user. */
function $execSpec(exec: unknown, where: string, base: string): $ExecSpec {
  const map = exec as Record<string, unknown>;
  if (typeof exec !== "object" || exec === null || Array.isArray(exec))
    throw new KubeconfigError(`${where}: "exec" must be a mapping`);
  const command = map["command"];
  if (typeof command !== "string" || command === "") throw new KubeconfigError(`${where}: exec has no command`);
  const apiVersion = map["apiVersion"];
  if (typeof apiVersion !== "string" || !$EXEC_VERSIONS.includes(apiVersion)) {
    throw new KubeconfigError(
      `${where}: exec apiVersion ${JSON.stringify(apiVersion)} is not supported (use ${$EXEC_VERSIONS.join(" or ")})`,
    );
  }
  const args = map["args"] ?? [];
  if (!Array.isArray(args) || !args.every((arg) => typeof arg === "string"))
    throw new KubeconfigError(`${where}: exec args must be a list of strings`);
  const env: Record<string, string> = {};
  const entries = map["env"] ?? [];
  if (!Array.isArray(entries)) throw new KubeconfigError(`${where}: exec env must be a list of name/value pairs`);
  for (const entry of entries) {
    const { name, value } = (entry ?? {}) as { name?: unknown; value?: unknown };
    if (typeof name !== "string" || typeof value !== "string")
      throw new KubeconfigError(`${where}: exec env entries need a string name and value`);
    env[name] = value;
  }
  if (map["interactiveMode"] === "Always")
    throw new KubeconfigError(`${where}: exec interactiveMode "Always" needs a terminal; this client never prompts`);
  // As in client-go, a command with a path separator is relative to the kubeconfig; a bare name is looked up in PATH.
  const resolved = /[\\/]/.test(command) && !isAbsolute(command) ? resolve(base, command) : command;
  return { command: resolved, args: args as string[], env, apiVersion };
}

/** Runs the plugin once and reads its ExecCredential; errors name the command and show stderr, never stdout. */
function $runExec(spec: $ExecSpec): Promise<$ExecResult> {
  const info = { kind: "ExecCredential", apiVersion: spec.apiVersion, spec: { interactive: false } };
  return new Promise((resolvePromise, reject) => {
    execFile(
      spec.command,
      [...spec.args],
      {
        env: { ...processEnv, ...spec.env, KUBERNETES_EXEC_INFO: JSON.stringify(info) },
        maxBuffer: 4 * 1024 * 1024,
        timeout: 60_000,
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        const shown = `exec credential plugin "${spec.command}"`;
        const detail = String(stderr).trim().slice(0, 2000);
        if (error) {
          const code = (error as { code?: unknown }).code;
          const how =
            typeof code === "number" ? `exited with code ${code}` : `failed to run (${String(code ?? error.message)})`;
          return reject(new KubeconfigError(`${shown} ${how}${detail ? `: ${detail}` : ""}`));
        }
        let credential: unknown;
        try {
          credential = JSON.parse(String(stdout));
        } catch {
          return reject(new KubeconfigError(`${shown} did not print an ExecCredential as JSON`));
        }
        const { kind, apiVersion, status } = (credential ?? {}) as {
          kind?: unknown;
          apiVersion?: unknown;
          status?: unknown;
        };
        if (kind !== "ExecCredential" || apiVersion !== spec.apiVersion)
          return reject(
            new KubeconfigError(
              `${shown} printed kind ${String(kind)} ${String(apiVersion)}, not ExecCredential ${spec.apiVersion}`,
            ),
          );
        const fields = (status ?? {}) as Record<string, unknown>;
        const text = (key: string) =>
          typeof fields[key] === "string" && fields[key] !== "" ? (fields[key] as string) : undefined;
        const token = text("token");
        const clientCertificateData = text("clientCertificateData");
        const clientKeyData = text("clientKeyData");
        if (token === undefined && (clientCertificateData === undefined || clientKeyData === undefined))
          return reject(new KubeconfigError(`${shown} returned neither a token nor a client certificate and key`));
        const expiry = text("expirationTimestamp");
        const expiresAt = expiry === undefined ? undefined : Date.parse(expiry);
        if (expiresAt !== undefined && Number.isNaN(expiresAt))
          return reject(new KubeconfigError(`${shown} returned an expirationTimestamp that is not a date`));
        resolvePromise({ token, clientCertificateData, clientKeyData, expiresAt });
      },
    );
  });
}

/**
 * A credential source over an exec plugin: the result is cached until its expirationTimestamp (renewed a little
 * before), and `refresh` runs the plugin again (after a 401). Concurrent callers share one run.
 */
function $execCredential(
  spec: $ExecSpec,
  now: () => number = Date.now,
): (request?: { readonly refresh: boolean }) => Promise<$ExecResult> {
  let cached: $ExecResult | undefined;
  let running: Promise<$ExecResult> | undefined;
  return async (request) => {
    const fresh = cached !== undefined && (cached.expiresAt === undefined || cached.expiresAt - 10_000 > now());
    if (fresh && request?.refresh !== true) return cached!;
    running ??= $runExec(spec).finally(() => (running = undefined));
    cached = await running;
    return cached;
  };
}

// specgen:strip-begin
export { type $ExecResult, type $ExecSpec, $execSpec, $runExec, $execCredential };
// specgen:strip-end
