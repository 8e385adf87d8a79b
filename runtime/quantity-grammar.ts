// specgen:strip-begin
// resource.ParseQuantity's verdict and error (k8s.io/apimachinery/pkg/api/resource/quantity.go), shared by the
// validators (runtime/quantity.ts), the CEL quantity library (validators.hbs) and the fake server's decoder
// (testing.hbs, runtime/testing/go-json.ts).
// specgen:strip-end
const $QUANTITY_FORMAT = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
const $QUANTITY_SUFFIX = "unable to parse quantity's suffix";
const $QUANTITY_NUMERIC = "unable to parse numeric part of quantity";
const $SUFFIX_LETTERS = "eEinumkKMGTP";
const $DECIMAL_SUFFIXES: ReadonlyMap<string, number> = new Map([
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
const $BINARY_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ["Ki", 10],
  ["Mi", 20],
  ["Gi", 30],
  ["Ti", 40],
  ["Pi", 50],
  ["Ei", 60],
]);
function $isDecimalDigit(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0x30 && code <= 0x39;
}

/**
 * quantitySuffixer.interpret: a suffix's power of ten (`e`/`E` and an integer within ±MaxInt32, the scale it is kept
 * in: apimachinery rejects one past it rather than truncating it) or of two, or undefined when it is none.
 */
function $quantitySuffixExponent(suffix: string): { decimal: number } | { binary: number } | undefined {
  const decimal = $DECIMAL_SUFFIXES.get(suffix);
  if (decimal !== undefined) return { decimal };
  const binary = $BINARY_SUFFIXES.get(suffix);
  if (binary !== undefined) return { binary };
  if (suffix.length < 2 || (suffix[0] !== "e" && suffix[0] !== "E") || !/^[+-]?[0-9]+$/.test(suffix.slice(1)))
    return undefined;
  const exponent = Number(suffix.slice(1));
  return Math.abs(exponent) <= 2147483647 ? { decimal: exponent } : undefined;
}

/**
 * The error resource.ParseQuantity gives for a text, or undefined when it parses. Follows `parseQuantityString`: a
 * sign, digits, a fraction, then suffix letters, a sign and digits, all optional, so `m`, `.` and `-` parse (as zero).
 */
function $quantityError(text: string): string | undefined {
  if (text === "") return $QUANTITY_FORMAT;
  let at = text[0] === "+" || text[0] === "-" ? 1 : 0;
  while ($isDecimalDigit(text, at)) at++;
  if (text[at] === ".") {
    at++;
    while ($isDecimalDigit(text, at)) at++;
  }
  const suffixStart = at;
  while (at < text.length && $SUFFIX_LETTERS.includes(text[at]!)) at++;
  if (text[at] === "+" || text[at] === "-") at++;
  while ($isDecimalDigit(text, at)) at++;
  if (at < text.length) return $QUANTITY_FORMAT;
  const exponent = $quantitySuffixExponent(text.slice(suffixStart));
  if (exponent === undefined) return $QUANTITY_SUFFIX;
  // With no digit at all the number is zero, and only the exact path (inf.Dec's SetString) fails on it: taken for a
  // decimal exponent below -9 (the int64 path's scale limit) and for Pi and Ei (too little int64 precision left).
  const noDigits = !/[0-9]/.test(text.slice(0, suffixStart));
  const exact = "decimal" in exponent ? exponent.decimal < -9 : exponent.binary >= 50;
  return noDigits && exact ? $QUANTITY_NUMERIC : undefined;
}

/** A character of Unicode's White_Space, which Go's strings.TrimSpace trims (JavaScript's trim adds U+FEFF, leaves U+0085). */
const $GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/**
 * The error resource.Quantity's UnmarshalJSON gives: ParseQuantity's, on a JSON string's content or another value's
 * JSON text with spaces trimmed; undefined when it parses.
 */
function $quantityJsonError(raw: string): string | undefined {
  let start = 0;
  let end = raw.length;
  while (start < end && $GO_SPACE.test(raw[start]!)) start++;
  while (end > start && $GO_SPACE.test(raw[end - 1]!)) end--;
  return $quantityError(raw.slice(start, end));
}

// specgen:strip-begin
export { $quantityError, $quantityJsonError };
// specgen:strip-end
