// specgen:strip-begin
// cel-go's strings extension beyond what runtime/cel-functions.ts has (ext/strings.go): charAt, reverse,
// strings.quote.
import { $cel_noOverload } from "../cel.js";

// specgen:strip-end
/** `s.charAt(i)`: the code point at `i` as a string; `i == size(s)` gives `""`, beyond is an error. */
function $cel_charAt(s: unknown, i: unknown): string {
  if (typeof s !== "string" || typeof i !== "number" || !Number.isInteger(i)) throw $cel_noOverload("charAt", s, i);
  const chars = Array.from(s);
  if (i < 0 || i > chars.length) throw new Error(`index out of range: ${i}`);
  return chars[i] ?? "";
}

/** `s.reverse()`: the code points in reverse order. */
function $cel_reverse(s: unknown): string {
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

// specgen:strip-begin
export { $cel_charAt, $cel_reverse, $cel_quote };
// specgen:strip-end
