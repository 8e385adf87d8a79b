// specgen:strip-begin
// Parameter serialization, included after runtime/client.ts in every generated client.ts: every OpenAPI style and
// explode combination (https://spec.openapis.org/oas/v3.1.0#style-values) for path, query, header and cookie
// parameters, with allowReserved.
// specgen:strip-end
/** An OpenAPI parameter style. */
type $Style = "form" | "simple" | "label" | "matrix" | "spaceDelimited" | "pipeDelimited" | "deepObject";

/** A primitive value as text: booleans `true`/`false`, numbers in decimal, anything else as JSON. */
function $scalar(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return JSON.stringify(value);
}

/** An object's defined members, in order. */
function $members(value: object): [string, unknown][] {
  return Object.entries(value).filter(([, item]) => item !== undefined && item !== null);
}

/** Percent-encodes a value; with `allowReserved`, RFC 3986 reserved characters stay (all but `#`, which ends a URL). */
function $encode(text: string, allowReserved: boolean): string {
  const encoded = encodeURIComponent(text);
  return allowReserved
    ? encoded.replace(/%(3A|2F|3F|5B|5D|40|21|24|26|27|28|29|2A|2B|2C|3B|3D)/gi, (escape) => decodeURIComponent(escape))
    : encoded;
}

/**
 * A path parameter in the simple style without explode (every Kubernetes path parameter): a primitive is one
 * segment, never empty, `.` or `..`; an array's items and an object's members and values joined by commas.
 */
function $simplePath(value: unknown, name: string): string {
  const text = value === undefined || value === null || typeof value === "object" ? "" : $scalar(value);
  if (value === undefined || value === null || value === "" || text === "." || text === "..") {
    throw new TypeError(`path parameter "${name}" must be a non-empty name other than "." and ".."`);
  }
  const encode = (item: unknown) => encodeURIComponent($scalar(item));
  if (Array.isArray(value)) return value.map(encode).join(",");
  if (typeof value === "object")
    return $members(value)
      .map(([member, item]) => `${encodeURIComponent(member)},${encode(item)}`)
      .join(",");
  return encodeURIComponent(text);
}

/** A path parameter in its style (simple, label or matrix); a simple primitive is one segment, never `.` or `..`. */
function $pathParam(value: unknown, name: string, style: $Style = "simple", explode = false): string {
  if (style === "simple" && !explode) return $simplePath(value, name);
  const empty = value === undefined || value === null || value === "";
  const text = empty || typeof value === "object" ? "" : $scalar(value);
  if (style === "simple" && (empty || text === "." || text === "..")) {
    throw new TypeError(`path parameter "${name}" must be a non-empty name other than "." and ".."`);
  }
  if (value === undefined || value === null) throw new TypeError(`path parameter "${name}" is required`);
  const encode = (item: unknown) => encodeURIComponent($scalar(item));
  const key = encodeURIComponent(name);
  if (Array.isArray(value)) {
    const items = value.map(encode);
    if (style === "label") return `.${items.join(explode ? "." : ",")}`;
    if (style === "matrix")
      return explode ? items.map((item) => `;${key}=${item}`).join("") : `;${key}=${items.join(",")}`;
    return items.join(",");
  }
  if (typeof value === "object") {
    const members = $members(value);
    const pairs = members.map(([member, item]) => [encodeURIComponent(member), encode(item)] as const);
    if (explode) {
      const joined = pairs.map(([member, item]) => `${member}=${item}`);
      if (style === "label") return `.${joined.join(".")}`;
      if (style === "matrix") return joined.map((pair) => `;${pair}`).join("");
      return joined.join(",");
    }
    const flat = pairs.flat().join(",");
    if (style === "label") return `.${flat}`;
    if (style === "matrix") return `;${key}=${flat}`;
    return flat;
  }
  if (style === "label") return `.${encodeURIComponent(text)}`;
  if (style === "matrix") return text === "" ? `;${key}` : `;${key}=${encodeURIComponent(text)}`;
  return encodeURIComponent(text);
}

/** A query parameter in its style, as `key=value` pairs already encoded (none when the value is absent). */
function $queryPairs(
  name: string,
  value: unknown,
  style: $Style = "form",
  explode = true,
  allowReserved = false,
): string[] {
  if (value === undefined || value === null) return [];
  const key = encodeURIComponent(name);
  const encode = (item: unknown) => $encode($scalar(item), allowReserved);
  const separator = style === "spaceDelimited" ? "%20" : style === "pipeDelimited" ? "|" : ",";
  if (style === "deepObject" && typeof value === "object") {
    const pairs: string[] = [];
    const add = (prefix: string, item: unknown): void => {
      if (item === undefined || item === null) return;
      if (Array.isArray(item)) for (const element of item) add(`${prefix}[]`, element);
      else if (typeof item === "object")
        for (const [member, nested] of $members(item)) add(`${prefix}[${encodeURIComponent(member)}]`, nested);
      else pairs.push(`${prefix}=${encode(item)}`);
    };
    add(key, value);
    return pairs;
  }
  if (Array.isArray(value)) {
    const items = value.filter((item) => item !== undefined && item !== null).map(encode);
    return explode ? items.map((item) => `${key}=${item}`) : [`${key}=${items.join(separator)}`];
  }
  if (typeof value === "object") {
    const members = $members(value);
    if (explode) return members.map(([member, item]) => `${encodeURIComponent(member)}=${encode(item)}`);
    return [
      `${key}=${members.map(([member, item]) => `${encodeURIComponent(member)}${separator}${encode(item)}`).join(separator)}`,
    ];
  }
  return [`${key}=${encode(value)}`];
}

/** A header parameter (simple style) as its value. */
function $headerValue(value: unknown, explode = false): string {
  if (Array.isArray(value)) return value.map($scalar).join(",");
  if (typeof value === "object" && value !== null)
    return $members(value)
      .map(([member, item]) => (explode ? `${member}=${$scalar(item)}` : `${member},${$scalar(item)}`))
      .join(",");
  return $scalar(value);
}

/** Cookie parameters (form style) as `name=value` pairs, values percent-encoded. */
function $cookiePairs(name: string, value: unknown, explode = true): string[] {
  if (value === undefined || value === null) return [];
  const encode = (item: unknown) => encodeURIComponent($scalar(item));
  if (Array.isArray(value))
    return explode ? value.map((item) => `${name}=${encode(item)}`) : [`${name}=${value.map(encode).join(",")}`];
  if (typeof value === "object") {
    const members = $members(value);
    return explode
      ? members.map(([member, item]) => `${member}=${encode(item)}`)
      : [`${name}=${members.map(([member, item]) => `${member},${encode(item)}`).join(",")}`];
  }
  return [`${name}=${encode(value)}`];
}

/**
 * The serializers of OpenAPI's parameter styles beyond what a Kubernetes request needs (its paths are simple, its
 * query entries plain, and it has no header or cookie parameters): named by the recipes that need them
 * (`styles: $styles`) and by nothing else, so a bundle of Kubernetes operations carries none of them.
 */
interface $Styles {
  /** A path parameter in a style the recipe's `pathStyles` gives. */
  readonly path: typeof $pathParam;
  /** A query parameter in the style its recipe entry gives. */
  readonly query: typeof $queryPairs;
  /** A header parameter's value. */
  readonly header: typeof $headerValue;
  /** A cookie parameter's pairs. */
  readonly cookie: typeof $cookiePairs;
}

const $styles: $Styles = { path: $pathParam, query: $queryPairs, header: $headerValue, cookie: $cookiePairs };

// specgen:strip-begin
export {
  type $Style,
  type $Styles,
  $scalar,
  $members,
  $encode,
  $simplePath,
  $pathParam,
  $queryPairs,
  $headerValue,
  $cookiePairs,
  $styles,
};
// specgen:strip-end
