/**
 * The errors of the Go decoders a Kubernetes body meets below encoding/json, as the server quotes them: `[]byte`
 * (encoding/base64's StdEncoding) and resource.Quantity's UnmarshalJSON (k8s.io/apimachinery/pkg/api/resource/
 * quantity.go `ParseQuantity`).
 */

const NEWLINE = 0x0a;
const RETURN = 0x0d;
const PAD = 0x3d;

function isBase64(byte: number): boolean {
  return (
    (byte >= 0x41 && byte <= 0x5a) ||
    (byte >= 0x61 && byte <= 0x7a) ||
    (byte >= 0x30 && byte <= 0x39) ||
    byte === 0x2b ||
    byte === 0x2f
  );
}

function skipNewlines(src: Uint8Array, at: number): number {
  while (at < src.length && (src[at] === NEWLINE || src[at] === RETURN)) at++;
  return at;
}

/** One quantum of Go's `decodeQuantum`: where the next starts, or the offset of a corrupt byte. */
function decodeQuantum(src: Uint8Array, start: number): { next: number; corrupt?: number } {
  let si = start;
  for (let j = 0; j < 4; j++) {
    if (si === src.length) return j === 0 ? { next: si } : { next: si, corrupt: si - j };
    const byte = src[si++]!;
    if (isBase64(byte)) continue;
    if (byte === NEWLINE || byte === RETURN) {
      j--;
      continue;
    }
    if (byte !== PAD || j < 2) return { next: si, corrupt: si - 1 };
    if (j === 2) {
      // "==" is expected, and the first "=" is read.
      si = skipNewlines(src, si);
      if (si === src.length) return { next: si, corrupt: src.length };
      if (src[si] !== PAD) return { next: si, corrupt: si - 1 };
      si++;
    }
    si = skipNewlines(src, si);
    return si < src.length ? { next: si, corrupt: si } : { next: si };
  }
  return { next: si };
}

/** The error base64.StdEncoding.Decode gives for a `[]byte` field's string, or undefined when it decodes. */
export function goBase64Error(text: string): string | undefined {
  const src = new TextEncoder().encode(text);
  for (let si = 0; si < src.length;) {
    const quantum = decodeQuantum(src, si);
    if (quantum.corrupt !== undefined) return `illegal base64 data at input byte ${quantum.corrupt}`;
    si = quantum.next;
  }
  return undefined;
}

const QUANTITY_FORMAT = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
const QUANTITY_SUFFIX = "unable to parse quantity's suffix";
const QUANTITY_NUMERIC = "unable to parse numeric part of quantity";
const SUFFIX_LETTERS = "eEinumkKMGTP";
const DECIMAL_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ["n", -9],
  ["u", -6],
  ["m", -3],
  ["", 0],
  ["k", 3],
  ["M", 6],
  ["G", 9],
  ["T", 12],
  ["P", 15],
  ["E", 18],
]);
const BINARY_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ["Ki", 10],
  ["Mi", 20],
  ["Gi", 30],
  ["Ti", 40],
  ["Pi", 50],
  ["Ei", 60],
]);
const INT64_MAX = 9223372036854775807n;
/** A character of Unicode's White_Space, which Go's strings.TrimSpace trims (JavaScript's trim adds U+FEFF, leaves U+0085). */
const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

function goTrimSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && GO_SPACE.test(text[start]!)) start++;
  while (end > start && GO_SPACE.test(text[end - 1]!)) end--;
  return text.slice(start, end);
}

function isDecimalDigit(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0x30 && code <= 0x39;
}

/**
 * quantitySuffixer.interpret: a suffix's power of ten (`e`/`E` and an int64, cut to int32 as Go converts it) or of
 * two, or undefined when it is none.
 */
function suffixExponent(suffix: string): { decimal: number } | { binary: number } | undefined {
  const decimal = DECIMAL_SUFFIXES.get(suffix);
  if (decimal !== undefined) return { decimal };
  const binary = BINARY_SUFFIXES.get(suffix);
  if (binary !== undefined) return { binary };
  if (suffix.length < 2 || (suffix[0] !== "e" && suffix[0] !== "E")) return undefined;
  const exponent = /^[+-]?[0-9]+$/.test(suffix.slice(1)) ? BigInt(suffix.slice(1)) : undefined;
  if (exponent === undefined || exponent > INT64_MAX || exponent < -INT64_MAX - 1n) return undefined;
  return { decimal: Number(BigInt.asIntN(32, exponent)) };
}

/**
 * The error ParseQuantity gives for a quantity's text (UnmarshalJSON's: a JSON string's content or any other JSON
 * value's text, spaces trimmed), or undefined when it parses. Follows `parseQuantityString`: a sign, digits, a
 * fraction, then suffix letters, a sign and digits, all optional, so `m`, `.` and `-` parse (as zero).
 */
export function goQuantityError(raw: string): string | undefined {
  const text = goTrimSpace(raw);
  if (text === "") return QUANTITY_FORMAT;
  let at = text[0] === "+" || text[0] === "-" ? 1 : 0;
  while (isDecimalDigit(text, at)) at++;
  if (text[at] === ".") {
    at++;
    while (isDecimalDigit(text, at)) at++;
  }
  const suffixStart = at;
  while (at < text.length && SUFFIX_LETTERS.includes(text[at]!)) at++;
  if (text[at] === "+" || text[at] === "-") at++;
  while (isDecimalDigit(text, at)) at++;
  if (at < text.length) return QUANTITY_FORMAT;
  const exponent = suffixExponent(text.slice(suffixStart));
  if (exponent === undefined) return QUANTITY_SUFFIX;
  // With no digit at all the number is zero, and only the exact path (inf.Dec's SetString) fails on it: taken for a
  // decimal exponent below -9 (the int64 path's scale limit) and for Pi and Ei (too little int64 precision left).
  const noDigits = !/[0-9]/.test(text.slice(0, suffixStart));
  const exact = "decimal" in exponent ? exponent.decimal < -9 : exponent.binary >= 50;
  return noDigits && exact ? QUANTITY_NUMERIC : undefined;
}
