// specgen:strip-begin
// Kubernetes quantities (resource.Quantity), included by validators.hbs when a schema has `format: quantity`.
import { $quantityJsonError } from "./quantity-grammar.js";
// specgen:strip-end
/**
 * Whether a string is a quantity the server parses. The usual forms, digits with at most one point and one suffix
 * (`2`, `0.5`, `100m`, `1.5Gi`), take one plain loop: measured 6% of a small Pod's request-mode `isPod` against the
 * former scan (which also took a sign, in a loop of more branches). Anything else (a sign, spaces, exponents, no digit,
 * every refusal) asks ParseQuantity's grammar (runtime/quantity-grammar.ts).
 */
function $isQuantity(s: string): boolean {
  const n = s.length;
  let i = 0;
  let point = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) {
      if (c !== 46 || point === 1) break;
      point = 1;
    }
  }
  if (i > point) {
    if (i === n) return true;
    const c = s.charCodeAt(i);
    // m k M G T P E n u alone, or K M G T P E before i.
    if (
      i + 1 === n &&
      (c === 109 || c === 107 || c === 77 || c === 71 || c === 84 || c === 80 || c === 69 || c === 110 || c === 117)
    )
      return true;
    if (
      i + 2 === n &&
      s.charCodeAt(i + 1) === 105 &&
      (c === 75 || c === 77 || c === 71 || c === 84 || c === 80 || c === 69)
    )
      return true;
  }
  return $quantityJsonError(s) === undefined;
}

// specgen:strip-begin
// Internals of the generated file, exported here for this module's unit tests only.
export { $isQuantity };
// specgen:strip-end
