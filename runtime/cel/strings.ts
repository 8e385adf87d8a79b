// specgen:strip-begin
// cel-go's strings extension beyond what runtime/cel-functions.ts has (ext/strings.go): charAt, reverse,
// strings.quote, and `format` (ext/formatting.go: the %s %d %f %e %x %X %o %b clauses).
import { $CelValue, $cel_isList, $cel_isMap, $cel_noOverload, $cel_typeName } from "../cel.js";

// specgen:strip-end
/** `s.charAt(i)`: the code point at `i` as a string; `i == size(s)` gives `""`, beyond is an error. */
function $cel_charAt(s: unknown, i: unknown): string {
  if (typeof s !== "string" || typeof i !== "number" || !Number.isInteger(i)) throw $cel_noOverload("charAt", s, i);
  const chars = Array.from(s);
  if (i < 0 || i > chars.length) throw new Error(`index out of range: ${i}`);
  return chars[i] ?? "";
}

/** `s.reverse()`: the code points in reverse order; `list.reverse()` (cel-go ext/lists.go) the items. */
function $cel_reverse(s: unknown): unknown {
  if ($cel_isList(s)) return [...s].reverse();
  if (typeof s !== "string") throw $cel_noOverload("reverse", s);
  return Array.from(s).reverse().join("");
}

/** `strings.quote(s)`: a double-quoted CEL string literal, as cel-go escapes it. */
function $cel_quote(s: unknown): string {
  if (typeof s !== "string") throw $cel_noOverload("strings.quote", s);
  const escapes: Readonly<Record<string, string>> = {
    "\x07": "\\a",
    "\b": "\\b",
    "\f": "\\f",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\v": "\\v",
    "\\": "\\\\",
    '"': '\\"',
  };
  // A lone surrogate is not a code point Go's strings can hold: cel-go writes U+FFFD for invalid UTF-8.
  return `"${s.replace(/[\x07\b\f\n\r\t\v\\"]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) => escapes[c] ?? "\ufffd")}"`;
}

/** `%s`: a value as cel-go's string clause prints it (lists and maps recursively, map entries sorted). */
function $cel_formatString(x: unknown): string {
  if (typeof x === "string") return x;
  if (typeof x === "boolean" || x === null) return String(x);
  if (typeof x === "number")
    return Number.isFinite(x) || Number.isNaN(x) ? String(x) : x > 0 ? "Infinity" : "-Infinity";
  if ($cel_isList(x)) return `[${x.map($cel_formatString).join(", ")}]`;
  if ($cel_isMap(x)) {
    const entries = Object.keys(x).map((k) => `${k}: ${$cel_formatString(x[k])}`);
    return `{${entries.sort().join(", ")}}`;
  }
  const text =
    x instanceof $CelValue && /^(google\.protobuf\.(Duration|Timestamp)|type)$/.test(x.celType())
      ? x.celString()
      : undefined;
  if (text !== undefined) return text;
  throw new Error(
    `error during formatting: string clause can only be used on strings, bools, bytes, ints, doubles, maps, lists, types, durations, and timestamps, was given ${$cel_typeName(x)}`,
  );
}

/** NaN and the infinities as cel-go's numeric clauses print them. */
function $cel_formatSpecial(x: number): string | undefined {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "Infinity" : "-Infinity";
  return undefined;
}

/** `%.<p>f`: Go rounds an exact tie to even, JavaScript's toFixed away from zero. */
function $cel_fixed(x: number, precision: number): string {
  const scaled = Math.abs(x) * 10 ** precision;
  if (scaled - Math.floor(scaled) === 0.5 && Math.floor(scaled) % 2 === 0 && Number.isSafeInteger(scaled * 2))
    return (Math.sign(x) * (Math.floor(scaled) / 10 ** precision)).toFixed(precision);
  return x.toFixed(precision);
}

/** One `%` clause applied to one argument. */
function $cel_formatClause(verb: string, precision: number | undefined, x: unknown): string {
  const integer = typeof x === "number" && Number.isInteger(x);
  const fail = (what: string) => new Error(`error during formatting: ${what}, was given ${$cel_typeName(x)}`);
  switch (verb) {
    case "s":
      return $cel_formatString(x);
    case "d":
      if (typeof x === "number" && (integer || !Number.isFinite(x))) return $cel_formatSpecial(x) ?? String(x);
      throw fail("decimal clause can only be used on integers");
    case "f":
      if (typeof x !== "number") throw fail("fixed-point clause can only be used on doubles");
      return $cel_formatSpecial(x) ?? $cel_fixed(x, precision ?? 6);
    case "e": {
      if (typeof x !== "number") throw fail("scientific clause can only be used on doubles");
      const [digits, exponent = "0"] = x.toExponential(precision ?? 6).split("e");
      const power = Math.abs(Number(exponent));
      return $cel_formatSpecial(x) ?? `${digits}e${Number(exponent) < 0 ? "-" : "+"}${String(power).padStart(2, "0")}`;
    }
    case "x":
    case "X": {
      let hex: string;
      if (integer) hex = (x as number).toString(16);
      else if (typeof x === "string")
        hex = Array.from(new TextEncoder().encode(x), (byte) => byte.toString(16).padStart(2, "0")).join("");
      else throw fail("only integers, byte buffers, and strings can be formatted as hex");
      return verb === "X" ? hex.toUpperCase() : hex;
    }
    case "o":
      if (integer) return (x as number).toString(8);
      throw fail("octal clause can only be used on integers");
    case "b":
      if (integer) return (x as number).toString(2);
      if (typeof x === "boolean") return x ? "1" : "0";
      throw fail("only integers and bools can be formatted as binary");
  }
  throw new Error(`could not parse formatting clause: unrecognized formatting clause "${verb}"`);
}

/** `s.format(args)`: cel-go's printf-like clauses over a list of arguments. */
function $cel_format_text(s: unknown, args: unknown): string {
  if (typeof s !== "string" || !$cel_isList(args)) throw $cel_noOverload("format", s, args);
  let next = 0;
  return s.replace(
    /%(?:%|(?:\.([0-9]+))?(.|$))/gs,
    (clause: string, precision: string | undefined, verb: string | undefined) => {
      if (clause === "%%") return "%";
      if (verb === undefined || verb === "")
        throw new Error("could not parse formatting clause: unexpected end of string");
      if (!"sdfexXob".includes(verb))
        throw new Error(`could not parse formatting clause: unrecognized formatting clause "${verb}"`);
      if (next >= args.length) throw new Error(`index ${next} out of range`);
      return $cel_formatClause(verb, precision === undefined ? undefined : Number(precision), args[next++]);
    },
  );
}

// specgen:strip-begin
export { $cel_charAt, $cel_reverse, $cel_quote, $cel_formatString, $cel_formatClause, $cel_format_text };
// specgen:strip-end
