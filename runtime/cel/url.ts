// specgen:strip-begin
// Kubernetes' URL library (apiserver pkg/cel/library/urls.go) over Go's net/url.ParseRequestURI: an absolute URL or
// an absolute path, no fragment; the accessors answer as url.URL's fields and methods do.
import { $CelValue, $cel_noOverload } from "../cel.js";

// specgen:strip-end
/** A parsed URL: the raw pieces as ParseRequestURI splits them. */
class $CelURL extends $CelValue {
  constructor(
    readonly scheme: string,
    readonly host: string,
    readonly path: string,
    readonly query: string,
    readonly opaque: string,
  ) {
    super();
  }
  override celType(): string {
    return "kubernetes.URL";
  }
  override celEquals(other: unknown): boolean {
    return (
      other instanceof $CelURL &&
      [other.scheme, other.host, other.path, other.query, other.opaque].join("\n") ===
        [this.scheme, this.host, this.path, this.query, this.opaque].join("\n")
    );
  }
}

/** Percent-decodes as Go's url.unescape; undefined on a malformed escape. `plus` reads `+` as a space (queries). */
function $cel_unescape(s: string, plus: boolean): string | undefined {
  if (/%(?![0-9a-fA-F]{2})/.test(s)) return undefined;
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < s.length;) {
    if (s[i] === "%") {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 3;
    } else {
      const c = String.fromCodePoint(s.codePointAt(i)!);
      bytes.push(...encoder.encode(plus && c === "+" ? " " : c));
      i += c.length;
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** url.ParseRequestURI, or the reason it fails. */
function $cel_urlOrReason(s: string): $CelURL | string {
  if (/[\x00-\x1f\x7f]/.test(s)) return `parse ${JSON.stringify(s)}: net/url: invalid control character in URL`;
  // Kubernetes checks the text with ParseRequestURI, then reads it with url.Parse, which drops a `#fragment`.
  let rest = s.includes("#") ? s.slice(0, s.indexOf("#")) : s;
  let scheme = "";
  const schemeMatch = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(rest);
  if (schemeMatch !== null) {
    scheme = schemeMatch[1]!.toLowerCase();
    rest = rest.slice(schemeMatch[0].length);
  } else if (/^[^/]*:/.test(rest) && !rest.startsWith("/")) {
    return `parse ${JSON.stringify(s)}: missing protocol scheme`;
  }
  let query = "";
  const question = rest.indexOf("?");
  if (question >= 0) [rest, query] = [rest.slice(0, question), rest.slice(question + 1)];
  if (!rest.startsWith("/")) {
    if (scheme !== "") return new $CelURL(scheme, "", "", query, rest);
    return `parse ${JSON.stringify(s)}: invalid URI for request`;
  }
  let host = "";
  if (scheme !== "" && rest.startsWith("//")) {
    const end = rest.indexOf("/", 2);
    const authority = end < 0 ? rest.slice(2) : rest.slice(2, end);
    rest = end < 0 ? "" : rest.slice(end);
    host = authority.slice(authority.lastIndexOf("@") + 1);
    const port = host.startsWith("[") ? /^\[[^\]]*\](:[0-9]*)?$/.exec(host) : /^[^:]*(:[0-9]*)?$/.exec(host);
    if (port === null || /[\s"<>\\^`{|}]/.test(host)) return `parse ${JSON.stringify(s)}: invalid host`;
    if ($cel_unescape(host, false) === undefined) return `parse ${JSON.stringify(s)}: invalid URL escape`;
  }
  if ($cel_unescape(rest, false) === undefined) return `parse ${JSON.stringify(s)}: invalid URL escape`;
  return new $CelURL(scheme, host, rest, query, "");
}

/** `url(s)`: an invalid URL is an error. */
function $cel_url(s: unknown): $CelURL {
  if (typeof s !== "string") throw $cel_noOverload("url", s);
  const url = $cel_urlOrReason(s);
  if (typeof url === "string") throw new Error(url);
  return url;
}

/** `isURL(s)`. */
function $cel_isURL(s: unknown): boolean {
  if (typeof s !== "string") throw $cel_noOverload("isURL", s);
  return typeof $cel_urlOrReason(s) !== "string";
}

/** `u.getQuery()`: each key's values in order, as url.ParseQuery reads them (bad pairs are left out). */
function $cel_urlQuery(query: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const pair of query.split("&")) {
    if (pair === "" || pair.includes(";")) continue;
    const equals = pair.indexOf("=");
    const key = $cel_unescape(equals < 0 ? pair : pair.slice(0, equals), true);
    const value = $cel_unescape(equals < 0 ? "" : pair.slice(equals + 1), true);
    if (key === undefined || value === undefined) continue;
    if (!Object.prototype.hasOwnProperty.call(out, key))
      Object.defineProperty(out, key, { value: [], enumerable: true, writable: true });
    out[key]!.push(value);
  }
  return out;
}

/** A URL accessor: getScheme, getHost, getHostname, getPort, getEscapedPath, getQuery. */
function $cel_urlMethod(name: string, x: unknown): unknown {
  if (!(x instanceof $CelURL)) throw $cel_noOverload(name, x);
  const bracket = x.host.startsWith("[") ? x.host.indexOf("]") : -1;
  const colon = bracket >= 0 ? x.host.indexOf(":", bracket) : x.host.lastIndexOf(":");
  switch (name) {
    case "getScheme":
      return x.scheme;
    case "getHost":
      return x.host;
    case "getHostname": {
      const hostname = colon < 0 ? x.host : x.host.slice(0, colon);
      return bracket >= 0 ? hostname.slice(1, bracket) : hostname;
    }
    case "getPort":
      return colon < 0 ? "" : x.host.slice(colon + 1);
    case "getEscapedPath":
      // url.URL.EscapedPath: the path as written when that is a valid encoding, else the decoded path re-escaped.
      return /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9a-fA-F]{2})*$/.test(x.path)
        ? x.path
        : encodeURI($cel_unescape(x.path, false) ?? "").replace(
            /[?#[\]]/g,
            (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
          );
    case "getQuery":
      return $cel_urlQuery(x.query);
  }
  throw $cel_noOverload(name, x);
}

// specgen:strip-begin
export { $CelURL, $cel_urlOrReason, $cel_url, $cel_isURL, $cel_urlMethod, $cel_urlQuery };
// specgen:strip-end
