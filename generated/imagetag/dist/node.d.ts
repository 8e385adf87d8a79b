import { type Dispatcher } from "undici";
import type { ClientOptions } from "./client.js";
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
export declare class KubeconfigError extends Error {
	constructor(message: string, options?: {
		cause?: unknown;
	});
}
/** The default kubeconfig path: the first entry of `$KUBECONFIG`, else `~/.kube/config`. */
export declare function defaultKubeconfigPath(env?: Readonly<Record<string, string | undefined>>): string;
/**
* Client options from a kubeconfig file: the server (a path prefix is kept), the CA (`certificate-authority` or
* `-data`), `insecure-skip-tls-verify`, `tls-server-name`, a client certificate and key (files relative to the
* kubeconfig, or `-data`), a `token` or a `tokenFile` (re-read when it changes), or `username`/`password`.
* `exec` and `auth-provider` credentials, impersonation and `proxy-url` are refused with a clear error.
*/
export declare function loadKubeconfig(options?: KubeconfigOptions): Promise<NodeClientOptions>;
/**
* Client options inside a pod: `https://$KUBERNETES_SERVICE_HOST:$KUBERNETES_SERVICE_PORT`, the service account's
* CA, its token (re-read when the file changes: kubelet rotates it) and its namespace.
*/
export declare function inClusterConfig(options?: InClusterOptions): Promise<NodeClientOptions>;
/**
* Parses the YAML subset kubeconfig files use: block mappings and sequences, plain, single- and double-quoted
* scalars, comments, and flow collections (so JSON too, which kubeconfig may be). Plain scalars follow the YAML 1.2
* core schema (`true`, `null`, `42`). Anything else (anchors, aliases, tags, block or multi-line scalars, several
* documents) is refused with `file:line:column`.
*/
export declare function parseKubeconfigYaml(text: string, source?: string): unknown;
//# sourceMappingURL=node.d.ts.map
