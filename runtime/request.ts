// specgen:strip-begin
// An operation's request recipe filled in from the caller's parameters, and the client's configuration: included
// after runtime/client.ts in every generated client.ts (templates/client.hbs).
import type { ApplyPatch, ClientOptions, JsonPatch, MergePatch, StrategicMergePatch } from "./client.js";
import type { $serverUrl, $Scheme, $Server } from "./client-access.js";
import { $simplePath, type $Style, type $Styles } from "./client-params.js";
import type { $Encode, $Reader } from "./client-media.js";
import type { $checkResponse } from "./send.js";
import type { $Encodings } from "./client-forms.js";

// specgen:strip-end
type $Patch = JsonPatch | MergePatch<unknown> | StrategicMergePatch<unknown> | ApplyPatch<unknown>;

interface $Config {
  /** The base URL without user:password (fetch refuses credentials in a URL, and its error would echo them). */
  readonly baseUrl: string;
  /** `Basic ...` from the base URL's user:password, sent when there is no token. */
  readonly basic: string | undefined;
  readonly options: ClientOptions;
  readonly fetch: typeof fetch;
  readonly schemes: Readonly<Record<string, $Scheme>>;
  /** The API-wide security requirement. */
  readonly security: readonly (readonly string[])[];
  /** Resolve to `{ data, status, headers }` rather than the body alone. */
  readonly withResponse?: boolean;
  /** Checks success bodies (`$checkResponse`): createClient's, for its methods' validators. */
  readonly checkResponse?: typeof $checkResponse | undefined;
}

/** What the spec says about servers and security, passed by the generated createClient. */
interface $Access {
  readonly server?: $Server | undefined;
  /** Fills in `server`: named only where the spec has one, so a bundle for an API without servers carries none. */
  readonly serverUrl?: typeof $serverUrl;
  readonly schemes?: Readonly<Record<string, $Scheme>>;
  readonly security?: readonly (readonly string[])[];
}

/** A generated response-mode validator. */
type $Validate = (value: unknown, options: { mode: "response" }) => { valid: boolean };

interface $RequestSpec {
  readonly method: string;
  readonly path: string;
  readonly query: readonly (readonly [string, unknown, boolean, $Style?, boolean?])[];
  readonly headers: readonly (readonly [string, unknown, boolean?])[];
  readonly cookies?: readonly (readonly [string, unknown, boolean])[];
  readonly security?: readonly (readonly string[])[] | undefined;
  readonly styles: $Styles | undefined;
  /** The body's encoder (none: the operation sends no body). */
  readonly encode: $Encode | undefined;
  readonly body: unknown;
  readonly contentType: string | undefined;
  /** The body's encoding entries by property (form and multipart). */
  readonly encoding?: $Encodings | undefined;
  /** Headers of multipart parts, by part name, as the caller gave them. */
  readonly partHeaders?: unknown;
  readonly patchTypes: Readonly<Record<string, string>> | undefined;
  readonly reader: $Reader;
  readonly validate: $Validate | undefined;
  readonly safe: boolean;
}

/** How to build one operation's request from its parameters object: fixed per operation, generated. */
interface $Operation {
  readonly method: string;
  /** Literal (already encoded) path parts and parameter keys, alternating, starting with a literal part. */
  readonly path: readonly string[];
  /** `[name on the wire, key in the parameters object, explode, style (default form), allowReserved]`. */
  readonly query: readonly (readonly [string, string, boolean, $Style?, boolean?])[];
  /** `[header name, key in the parameters object, explode]`. */
  readonly headers: readonly (readonly [string, string, boolean?])[];
  /** Path parameters not in the simple style: `[style, explode]` by key. */
  readonly pathStyles?: Readonly<Record<string, readonly [$Style, boolean]>>;
  /** `[cookie name, key in the parameters object, explode]`. */
  readonly cookies?: readonly (readonly [string, string, boolean])[];
  /** The operation's own security requirement (absent: the API's). */
  readonly security?: readonly (readonly string[])[];
  /**
   * The style serializers, where the query entries have styles or `pathStyles` is given (every API but Kubernetes),
   * or there are header or cookie parameters.
   */
  readonly styles?: $Styles;
  /**
   * The body's encoder (`$encodeJson`, `$encodeMultipart`, `$encodePatch`, ...; none without a body): named here
   * and nowhere else, so a bundle carries only the encoders of the operations it calls.
   */
  readonly encode: $Encode | undefined;
  readonly bodyKey: string | undefined;
  readonly contentType: string | undefined;
  /** Every media type the body may be sent as (the default's first), when several: chosen by `contentTypeKey`. */
  readonly contentTypes?: Readonly<Record<string, $Encode>>;
  /** The parameter that chooses among `contentTypes` (`contentType`). */
  readonly contentTypeKey?: string;
  /** The encoding entries of each media type that has some, by property. */
  readonly encodings?: Readonly<Record<string, $Encodings>>;
  /** The parameter holding multipart part headers (`partHeaders`). */
  readonly partHeadersKey?: string;
  readonly patchTypes: Readonly<Record<string, string>> | undefined;
  /** How the success body is read (`$jsonReader`, `$sseReader`, ...), named as the encoder is. */
  readonly reader: $Reader;
  /** The success body's response-mode validator: the client's methods pass it (so a standalone call carries none). */
  readonly validate?: $Validate | undefined;
  readonly safe: boolean;
}

/**
 * A configured client: what the standalone operation functions take. `createClientCore` makes one without any method
 * (so a bundle carries only the operations it calls); the client `createClient` makes is one too.
 */
export interface ClientCore {
  /** The resolved options (internal). */
  readonly $config: $Config;
}

/** A parameter's value: own properties only, so a parameter named `constructor` is never read from a prototype. */
function $param(params: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(params, key) ? (params as Record<string, unknown>)[key] : undefined;
}

/** The request of one call: the operation's recipe filled in from the caller's parameters. */
function $request(operation: $Operation, params: object, validate = operation.validate): $RequestSpec {
  let path = "";
  for (let i = 0; i < operation.path.length; i++) {
    const part = operation.path[i]!;
    if (i % 2 === 0) {
      path += part;
      continue;
    }
    const value = $param(params, part);
    const style = operation.pathStyles?.[part];
    // A recipe that gives path styles names their serializer too.
    path += style === undefined ? $simplePath(value, part) : operation.styles!.path(value, part, ...style);
  }
  let { encode, contentType } = operation;
  const chosen = operation.contentTypeKey === undefined ? undefined : $param(params, operation.contentTypeKey);
  if (chosen !== undefined && operation.contentTypes !== undefined) {
    const offered = Object.keys(operation.contentTypes);
    if (typeof chosen !== "string" || !offered.includes(chosen))
      throw new TypeError(`contentType must be one of ${offered.map((type) => JSON.stringify(type)).join(", ")}`);
    encode = operation.contentTypes[chosen]!;
    contentType = chosen;
  }
  return {
    method: operation.method,
    path,
    query: operation.query.map(([name, key, ...rest]) => [name, $param(params, key), ...rest] as const),
    headers: operation.headers.map(([name, key, ...rest]) => [name, $param(params, key), ...rest] as const),
    cookies: (operation.cookies ?? []).map(([name, key, explode]) => [name, $param(params, key), explode] as const),
    security: operation.security,
    styles: operation.styles,
    encode,
    body: operation.bodyKey === undefined ? undefined : $param(params, operation.bodyKey),
    contentType,
    encoding: contentType === undefined ? undefined : operation.encodings?.[contentType],
    partHeaders: operation.partHeadersKey === undefined ? undefined : $param(params, operation.partHeadersKey),
    patchTypes: operation.patchTypes,
    reader: operation.reader,
    validate,
    safe: operation.safe,
  };
}

function $config(options: ClientOptions, access: $Access = {}, checkResponse?: typeof $checkResponse): $Config {
  let base: URL;
  try {
    const { server, serverUrl } = access;
    base = new URL(
      server === undefined || serverUrl === undefined
        ? (options.baseUrl ?? "")
        : serverUrl(options.baseUrl, server, options.serverVariables),
    );
  } catch {
    // URL's own error carries the input, which may hold a password.
    throw new TypeError("baseUrl is not an absolute URL");
  }
  if (base.protocol !== "http:" && base.protocol !== "https:")
    throw new TypeError("baseUrl must be an http: or https: URL");
  if (base.search !== "" || base.hash !== "") throw new TypeError("baseUrl must not have a query or a fragment");
  let basic: string | undefined;
  if (base.username !== "" || base.password !== "") {
    const credentials = new TextEncoder().encode(
      `${decodeURIComponent(base.username)}:${decodeURIComponent(base.password)}`,
    );
    basic = `Basic ${btoa(String.fromCharCode(...credentials))}`;
    base.username = "";
    base.password = "";
  }
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== "function") throw new TypeError("no fetch available: pass options.fetch");
  return {
    baseUrl: base.toString().replace(/\/+$/, ""),
    basic,
    options,
    fetch: fetchImpl,
    schemes: access.schemes ?? {},
    security: access.security ?? [],
    checkResponse,
  };
}

/** A client over a configuration: `$config` is not enumerable, so a logged or serialized client shows no credential. */
function $core<T extends object>(config: $Config, members: T): T & ClientCore {
  return Object.defineProperty(members, "$config", { value: config }) as T & ClientCore;
}

function $isStatus(body: unknown): boolean {
  return typeof body === "object" && body !== null && (body as { kind?: unknown }).kind === "Status";
}

// specgen:strip-begin
// Internals of the generated file, exported here for this module's unit tests only.
export {
  type $Patch,
  type $Config,
  type $RequestSpec,
  type $Operation,
  type $Access,
  type $Validate,
  $param,
  $request,
  $config,
  $core,
  $isStatus,
};
// specgen:strip-end
