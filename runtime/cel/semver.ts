// specgen:strip-begin
// Kubernetes' semver library (apiserver pkg/cel/library/semverlib.go, Kubernetes 1.33+) over blang/semver's
// Semantic Versioning 2.0.0: `semver(s)`, `semver(s, normalize)`, `isSemver(...)`, `major()`, `minor()`, `patch()`,
// `compareTo`, `isLessThan`, `isGreaterThan`. `normalize` reads `v1.2`, `1`, `01.2.3` as the library does.
import { $CelValue, $cel_noOverload } from "../cel.js";

// specgen:strip-end
/** A semantic version; build metadata is kept but never ordered. */
class $CelSemver extends $CelValue {
  constructor(
    readonly core: readonly [number, number, number],
    readonly pre: readonly string[],
  ) {
    super();
  }
  override celType(): string {
    return "kubernetes.Semver";
  }
  override celEquals(other: unknown): boolean {
    return other instanceof $CelSemver && $cel_semverCmp(this, other) === 0;
  }
  override celCompare(other: unknown): number | undefined {
    return other instanceof $CelSemver ? $cel_semverCmp(this, other) : undefined;
  }
}

const $cel_NUMERIC = /^(?:0|[1-9][0-9]*)$/;

/** Parses a version as semver.Parse does (after Kubernetes' normalization when asked), or undefined. */
function $cel_parseSemver(text: string, normalize: boolean): $CelSemver | undefined {
  let s = text;
  if (normalize) {
    s = s.replace(/^v/, "");
    const m = /^([0-9]+)(?:\.([0-9]+))?(?:\.([0-9]+))?(.*)$/.exec(s);
    if (m === null) return undefined;
    const part = (p: string | undefined) => (p === undefined ? "0" : String(Number(p)));
    s = `${part(m[1])}.${part(m[2])}.${part(m[3])}${m[4]}`;
  }
  const m = /^([0-9]+)\.([0-9]+)\.([0-9]+)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/.exec(s);
  if (m === null || ![m[1], m[2], m[3]].every((p) => $cel_NUMERIC.test(p!))) return undefined;
  const pre = m[4] === undefined ? [] : m[4].split(".");
  if (pre.some((id) => id === "" || (/^[0-9]+$/.test(id) && !$cel_NUMERIC.test(id)))) return undefined;
  if (m[5] !== undefined && m[5].split(".").some((id) => id === "")) return undefined;
  const core = [Number(m[1]), Number(m[2]), Number(m[3])] as const;
  return core.every(Number.isSafeInteger) ? new $CelSemver(core, pre) : undefined;
}

/** Semantic Versioning precedence: core numbers, then a pre-release sorts before the release. */
function $cel_semverCmp(a: $CelSemver, b: $CelSemver): number {
  for (let i = 0; i < 3; i++) if (a.core[i] !== b.core[i]) return a.core[i]! < b.core[i]! ? -1 : 1;
  if (a.pre.length === 0 || b.pre.length === 0) return a.pre.length === b.pre.length ? 0 : a.pre.length === 0 ? 1 : -1;
  for (let i = 0; i < a.pre.length && i < b.pre.length; i++) {
    const [x, y] = [a.pre[i]!, b.pre[i]!];
    if (x === y) continue;
    const [nx, ny] = [/^[0-9]+$/.test(x), /^[0-9]+$/.test(y)];
    if (nx && ny) return Number(x) < Number(y) ? -1 : 1;
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return a.pre.length === b.pre.length ? 0 : a.pre.length < b.pre.length ? -1 : 1;
}

/** `semver(s)`, `semver(s, normalize)`. */
function $cel_semver(s: unknown, normalize: unknown = false): $CelSemver {
  if (typeof s !== "string" || typeof normalize !== "boolean") throw $cel_noOverload("semver", s, normalize);
  const version = $cel_parseSemver(s, normalize);
  if (version === undefined) throw new Error(`Invalid semver: ${JSON.stringify(s)}`);
  return version;
}

/** `isSemver(s)`, `isSemver(s, normalize)`. */
function $cel_isSemver(s: unknown, normalize: unknown = false): boolean {
  if (typeof s !== "string" || typeof normalize !== "boolean") throw $cel_noOverload("isSemver", s, normalize);
  return $cel_parseSemver(s, normalize) !== undefined;
}

/** `v.major()`, `v.minor()`, `v.patch()`. */
function $cel_semverPart(name: string, v: unknown): number {
  if (!(v instanceof $CelSemver)) throw $cel_noOverload(name, v);
  return v.core[name === "major" ? 0 : name === "minor" ? 1 : 2]!;
}

// specgen:strip-begin
export { $CelSemver, $cel_parseSemver, $cel_semverCmp, $cel_semver, $cel_isSemver, $cel_semverPart };
// specgen:strip-end
