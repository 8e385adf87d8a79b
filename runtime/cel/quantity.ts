// specgen:strip-begin
// Kubernetes' quantity library (apiserver pkg/cel/library/quantity.go) over apimachinery's resource.Quantity
// (pkg/api/resource/quantity.go: the grammar of ParseQuantity, exact decimal values, precision below 1n rounded up).
import { $CelValue, $cel_noOverload } from "../cel.js";
import { $quantityError } from "../quantity-grammar.js";

// specgen:strip-end
/** A quantity's exact value: `unscaled × 10^-scale`. */
class $CelQuantity extends $CelValue {
  constructor(
    readonly unscaled: bigint,
    readonly scale: number,
  ) {
    super();
  }
  override celType(): string {
    return "kubernetes.Quantity";
  }
  override celEquals(other: unknown): boolean {
    return other instanceof $CelQuantity && $cel_quantityCmp(this, other) === 0;
  }
  override celCompare(other: unknown): number | undefined {
    return other instanceof $CelQuantity ? $cel_quantityCmp(this, other) : undefined;
  }
}

const $cel_QUANTITY = /^([+-]?)([0-9]*)(?:\.([0-9]*))?(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE]([+-]?[0-9]+)|)$/;
const $cel_BINARY: Readonly<Record<string, number>> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const $cel_DECIMAL: Readonly<Record<string, number>> = {
  n: -9,
  u: -6,
  m: -3,
  "": 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};

/**
 * Parses a quantity string as ParseQuantity does (no digit at all is zero: `m`, `.`), or undefined. An exponent past
 * a million is refused here, where Go would scale by it, to keep the exact arithmetic bounded (isQuantity still
 * answers by the grammar alone).
 */
function $cel_parseQuantity(s: string): $CelQuantity | undefined {
  if ($quantityError(s) !== undefined) return undefined;
  const m = $cel_QUANTITY.exec(s);
  if (m === null) return undefined;
  const [, sign, whole = "", fraction = "", suffix = "", exponent] = m;
  if (exponent !== undefined && Math.abs(Number(exponent)) > 1_000_000) return undefined;
  let unscaled = BigInt(`${whole}${fraction}` || "0") * (sign === "-" ? -1n : 1n);
  let scale = fraction.length;
  const binary = $cel_BINARY[suffix];
  if (binary !== undefined) unscaled *= 1n << BigInt(binary);
  else scale -= exponent !== undefined ? Number(exponent) : $cel_DECIMAL[suffix]!;
  if (scale < 0) {
    unscaled *= 10n ** BigInt(-scale);
    scale = 0;
  }
  // Precision below nano rounds up (away from zero), as the Quantity's infDec does.
  if (scale > 9) {
    const divisor = 10n ** BigInt(scale - 9);
    const rounded = unscaled / divisor;
    unscaled = rounded * divisor === unscaled ? rounded : rounded + (unscaled < 0n ? -1n : 1n);
    scale = 9;
  }
  return new $CelQuantity(unscaled, scale);
}

function $cel_quantityCmp(a: $CelQuantity, b: $CelQuantity): number {
  const scale = Math.max(a.scale, b.scale);
  const x = a.unscaled * 10n ** BigInt(scale - a.scale);
  const y = b.unscaled * 10n ** BigInt(scale - b.scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** `quantity(s)`: an invalid quantity is an error, worded as ParseQuantity words it. */
function $cel_quantity(s: unknown): $CelQuantity {
  if (typeof s !== "string") throw $cel_noOverload("quantity", s);
  const q = $cel_parseQuantity(s);
  if (q === undefined) throw new Error($quantityError(s) ?? "quantity exponent out of range");
  return q;
}

/** `isQuantity(s)`. */
function $cel_isQuantity(s: unknown): boolean {
  if (typeof s !== "string") throw $cel_noOverload("isQuantity", s);
  return $quantityError(s) === undefined;
}

function $cel_asQuantity(x: unknown, name: string, ...args: unknown[]): $CelQuantity {
  if (!(x instanceof $CelQuantity)) throw $cel_noOverload(name, x, ...args);
  return x;
}

/** A quantity method: `sign`, `isInteger`, `asInteger`, `asApproximateFloat`, `add`, `sub` (the order methods: runtime/cel.ts). */
function $cel_quantityMethod(name: string, x: unknown, arg?: unknown): unknown {
  const q = $cel_asQuantity(x, name, arg);
  const integer = q.unscaled % 10n ** BigInt(q.scale) === 0n ? q.unscaled / 10n ** BigInt(q.scale) : undefined;
  const int64 = integer !== undefined && integer <= 9223372036854775807n && integer >= -9223372036854775808n;
  switch (name) {
    case "sign":
      return q.unscaled < 0n ? -1 : q.unscaled > 0n ? 1 : 0;
    case "isInteger":
      return int64;
    case "asInteger":
      if (!int64) throw new Error("cannot convert value to integer");
      if (integer > BigInt(Number.MAX_SAFE_INTEGER) || integer < BigInt(Number.MIN_SAFE_INTEGER))
        throw new Error("int overflow");
      return Number(integer);
    case "asApproximateFloat":
      return Number(q.unscaled) / 10 ** q.scale;
  }
  const other =
    typeof arg === "number" && Number.isInteger(arg) && (name === "add" || name === "sub")
      ? new $CelQuantity(BigInt(arg), 0)
      : $cel_asQuantity(arg, name, x);
  switch (name) {
    case "add":
    case "sub": {
      const scale = Math.max(q.scale, other.scale);
      const a = q.unscaled * 10n ** BigInt(scale - q.scale);
      const b = other.unscaled * 10n ** BigInt(scale - other.scale);
      return new $CelQuantity(name === "add" ? a + b : a - b, scale);
    }
  }
  throw $cel_noOverload(name, x, arg);
}

// specgen:strip-begin
export { $CelQuantity, $cel_parseQuantity, $cel_quantity, $cel_isQuantity, $cel_quantityMethod };
// specgen:strip-end
