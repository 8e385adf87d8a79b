// specgen:strip-begin
// Kubernetes quantities (resource.Quantity), included by validators.hbs when a schema has `format: quantity`.
import { $quantityJsonError } from "./quantity-grammar.js";
// specgen:strip-end
/**
 * Whether a string is a quantity the server parses: the usual forms (`100m`, `1.5Gi`, `2`) scanned; anything else
 * (spaces, exponents, no digit, every refusal) asks ParseQuantity's grammar (runtime/quantity-grammar.ts).
 */
function $isQuantity(s: string): boolean {
  const n = s.length;
  let i = 0;
  let c = n > 0 ? s.charCodeAt(0) : -1;
  if (c === 43 || c === 45) c = ++i < n ? s.charCodeAt(i) : -1;
  let digits = 0;
  while (c >= 48 && c <= 57) {
    digits++;
    c = ++i < n ? s.charCodeAt(i) : -1;
  }
  if (c === 46) {
    c = ++i < n ? s.charCodeAt(i) : -1;
    while (c >= 48 && c <= 57) {
      digits++;
      c = ++i < n ? s.charCodeAt(i) : -1;
    }
  }
  if (digits > 0) {
    if (i === n) return true;
    // n u m k M G T P E alone, or K M G T P E before i.
    const binary = c === 75 || c === 77 || c === 71 || c === 84 || c === 80 || c === 69;
    if (i + 1 === n && (binary || c === 110 || c === 117 || c === 109 || c === 107) && c !== 75) return true;
    if (i + 2 === n && binary && s.charCodeAt(i + 1) === 105) return true;
  }
  return $quantityJsonError(s) === undefined;
}

// specgen:strip-begin
// Internals of the generated file, exported here for this module's unit tests only.
export { $isQuantity };
// specgen:strip-end
