// specgen:strip-begin
// Where requests go and what credentials they carry, included after runtime/client.ts in every generated client.ts:
// the default server (URL template and variables) and the spec's security schemes, applied per operation.
// specgen:strip-end
/** A credential: the value, or a function returning it (called before each request, so it can rotate). */
export type Credential = string | (() => string | Promise<string>);

/** HTTP basic credentials. */
export interface BasicCredentials {
  readonly username: string;
  readonly password: string;
}

/** The spec's first server: its URL template and the variables' defaults. */
interface $Server {
  readonly url: string;
  readonly variables: Readonly<Record<string, string>>;
}

/** How one security scheme is sent. */
type $Scheme =
  | { readonly kind: "apiKey"; readonly in: "header" | "query" | "cookie"; readonly key: string }
  | { readonly kind: "bearer" | "basic" | "oauth2" };

/** The credentials a request carries: headers, query pairs and cookies (never shown in an error). */
interface $Auth {
  readonly headers: Record<string, string>;
  readonly query: string[];
  readonly cookies: string[];
}

/**
 * The base URL: the caller's, else the first server's with its variables filled in. A server URL's path (Swagger's
 * `basePath`, or a relative server URL such as `/api/v1`) joins a caller's base URL that has no path of its own.
 */
function $serverUrl(
  baseUrl: string | undefined,
  server: $Server | undefined,
  variables: Readonly<Record<string, string>> | undefined,
): string {
  const template = server?.url ?? "";
  const filled = template.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const value = variables?.[name] ?? server?.variables[name];
    if (value === undefined || value === "") throw new TypeError(`server variable {${name}} has no value`);
    return value;
  });
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(filled);
  if (baseUrl === undefined) {
    if (!absolute) throw new TypeError("baseUrl is required: the API names no absolute server URL");
    return filled;
  }
  let serverPath: string;
  try {
    serverPath = new URL(filled, "http://server.invalid").pathname.replace(/\/+$/, "");
  } catch {
    return baseUrl;
  }
  if (serverPath === "") return baseUrl;
  const match = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)(\/*)$/i.exec(baseUrl);
  return match ? `${match[1]}${serverPath}` : baseUrl;
}

/** The first alternative of a security requirement whose credentials are all given (none when nothing fits). */
function $chooseSecurity(
  requirement: readonly (readonly string[])[] | undefined,
  auth: Readonly<Record<string, unknown>> | undefined,
): readonly string[] {
  if (requirement === undefined || requirement.length === 0) return [];
  const given = (name: string) => auth !== undefined && auth[name] !== undefined && auth[name] !== null;
  return requirement.find((alternative) => alternative.every(given)) ?? [];
}

/** Rejects a credential that could split a request; the message never shows it. */
function $checkCredential(name: string, value: string): string {
  if (/[\r\n\0]/.test(value)) throw new TypeError(`the credential of "${name}" contains a forbidden character`);
  return value;
}

/** A credential's current value. */
async function $credentialValue(name: string, credential: unknown): Promise<string> {
  const value: unknown = typeof credential === "function" ? await (credential as () => unknown)() : credential;
  if (typeof value !== "string") throw new TypeError(`the credential of "${name}" is not a string`);
  return $checkCredential(name, value);
}

/** What the chosen schemes send, from the caller's `auth` option. */
async function $authFor(
  names: readonly string[],
  schemes: Readonly<Record<string, $Scheme>>,
  auth: Readonly<Record<string, unknown>> | undefined,
): Promise<$Auth> {
  const result: $Auth = { headers: {}, query: [], cookies: [] };
  for (const name of names) {
    const scheme = schemes[name];
    const credential = auth?.[name];
    if (scheme === undefined || credential === undefined) continue;
    if (scheme.kind === "basic") {
      const { username, password } = credential as BasicCredentials;
      const bytes = new TextEncoder().encode(`${username}:${password}`);
      result.headers["authorization"] = `Basic ${btoa(String.fromCharCode(...bytes))}`;
      continue;
    }
    const value = await $credentialValue(name, credential);
    if (scheme.kind !== "apiKey") result.headers["authorization"] = `Bearer ${value}`;
    else if (scheme.in === "header") result.headers[scheme.key.toLowerCase()] = value;
    else if (scheme.in === "query") result.query.push(`${encodeURIComponent(scheme.key)}=${encodeURIComponent(value)}`);
    else result.cookies.push(`${scheme.key}=${encodeURIComponent(value)}`);
  }
  return result;
}

// specgen:strip-begin
export {
  type $Server,
  type $Scheme,
  type $Auth,
  $serverUrl,
  $chooseSecurity,
  $checkCredential,
  $credentialValue,
  $authFor,
};
// specgen:strip-end
