// specgen:strip-begin
// RE2 (Go regexp/syntax) character classes as JavaScript `v`-flag class operands, and Go's case folding: the part of
// the RE2 translation runtime/re2.ts builds its classes from. Included before runtime/re2.ts.
// specgen:strip-end
/**
 * One code point as a class operand (or, `inClass` false, an atom): printable ASCII as it is, with a backslash where
 * the `v` flag reserves it there; anything else as `\u{…}`.
 */
function $re2_char(cp: number, inClass: boolean = true): string {
  if (cp < 0x20 || cp > 0x7e) return `\\u{${cp.toString(16)}}`;
  const c = String.fromCodePoint(cp);
  const reserved = inClass ? /[\^$\\.*+?()[\]{}|/&\-!#%,:;<=>@`~]/ : /[\^$\\.*+?()[\]{}|/]/;
  return reserved.test(c) ? `\\${c}` : c;
}

/** A range of code points as a class operand. */
function $re2_range(lo: number, hi: number): string {
  return lo === hi ? $re2_char(lo) : `${$re2_char(lo)}-${$re2_char(hi)}`;
}

/** Go's Perl classes: `\d`, `\s`, `\w` are ASCII (regexp/syntax perl_groups.go); `\s` has no `\v`. */
const $re2_perl: Readonly<Record<string, string>> = {
  d: "0-9",
  s: "\\u{9}\\u{a}\\u{c}\\u{d}\\u{20}",
  w: "0-9A-Za-z\\u{5f}",
};

/** Go's POSIX classes, `[[:alpha:]]`, all ASCII (regexp/syntax perl_groups.go). */
const $re2_posix: Readonly<Record<string, string>> = {
  alnum: "0-9A-Za-z",
  alpha: "A-Za-z",
  ascii: "\\u{0}-\\u{7f}",
  blank: "\\u{9}\\u{20}",
  cntrl: "\\u{0}-\\u{1f}\\u{7f}",
  digit: "0-9",
  graph: "\\u{21}-\\u{7e}",
  lower: "a-z",
  print: "\\u{20}-\\u{7e}",
  punct: "\\u{21}-\\u{2f}\\u{3a}-\\u{40}\\u{5b}-\\u{60}\\u{7b}-\\u{7e}",
  space: "\\u{9}-\\u{d}\\u{20}",
  upper: "A-Z",
  word: "0-9A-Za-z\\u{5f}",
  xdigit: "0-9A-Fa-f",
};

/** Go's general categories (unicode.Categories); `C` there is Cc, Cf, Co and Cs, without JavaScript's unassigned Cn. */
const $re2_categories = new Set(
  "C Cc Cf Co Cs L Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps S Sc Sk Sm So Z Zl Zp Zs".split(" "),
);

/** The operand for `\p{name}` (a category, a script or `Any`), or undefined when Go does not know the name. */
function $re2_unicodeClass(name: string): string | undefined {
  if (name === "Any") return "\\u{0}-\\u{10ffff}";
  if (name === "C") return "\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}";
  if ($re2_categories.has(name)) return `\\p{${name}}`;
  // Go's script names are Unicode's long names, which JavaScript knows too; the 4-letter aliases (Grek) Go does not,
  // except where an alias is the long name.
  if (!/^[A-Z][a-z]+(?:_[A-Z][a-z]+)*$|^SignWriting$/.test(name)) return undefined;
  if (/^[A-Z][a-z]{3}$/.test(name) && !/^(?:Ahom|Cham|Lisu|Miao|Modi|Newa|Thai|Toto)$/.test(name)) return undefined;
  try {
    new RegExp(`\\p{Script=${name}}`, "v");
    return `\\p{Script=${name}}`;
  } catch {
    return undefined;
  }
}

/**
 * The simple case folding orbit of every code point that has one. Go folds by Unicode's CaseFolding.txt (simple
 * and common mappings), as JavaScript's `ui` flags do; the candidates come from the case mappings of the code points
 * that change under case folding or mapping (one scan of every code point by their property classes), and each is
 * confirmed by a `ui` backreference (`(.)\1` matches a pair equal under folding), so mappings that are not foldings
 * (`ı` to `I`) stay out.
 */
function $re2_buildOrbits(): ReadonlyMap<number, readonly number[]> {
  const members = new Map<number, number[]>();
  const single = (s: string): number | undefined => {
    const cp = s.codePointAt(0);
    return cp !== undefined && String.fromCodePoint(cp) === s ? cp : undefined;
  };
  const cased = /[\p{Changes_When_Casefolded}\p{Changes_When_Casemapped}]/gu;
  const sameFolded = /^([^])\1$/iu;
  for (let from = 0; from <= 0x1ffff; from += 0x1000) {
    const block: number[] = [];
    for (let cp = from; cp < from + 0x1000; cp++) if (cp < 0xd800 || cp > 0xdfff) block.push(cp);
    for (const [s] of String.fromCodePoint(...block).matchAll(cased)) {
      const cp = s.codePointAt(0)!;
      const upper = single(s.toUpperCase());
      const key =
        (upper === undefined ? undefined : single(String.fromCodePoint(upper).toLowerCase())) ??
        single(s.toLowerCase());
      if (key === undefined || key === cp || !sameFolded.test(String.fromCodePoint(key) + s)) continue;
      const orbit = members.get(key) ?? [key];
      orbit.push(cp);
      members.set(key, orbit);
    }
  }
  const orbits = new Map<number, readonly number[]>();
  for (const orbit of members.values()) for (const cp of orbit) orbits.set(cp, orbit);
  return orbits;
}

// specgen:strip-begin
// Stand-in for the constant validators.ts declares where the package carries the translator (print/guard.ts:
// `const $re2_orbits = /* @__PURE__ */ $re2_buildOrbits();`, made once when the module loads, never filled in later;
// the pure mark lets a bundler drop it when unused). generator/re2.ts makes it when a job's pattern first folds case.
const $re2_orbits: ReadonlyMap<number, readonly number[]> = $re2_buildOrbits();
// specgen:strip-end

/** A literal code point under `(?i)`: the class of its orbit, or the code point alone. */
function $re2_foldChar(cp: number): string {
  const orbit = $re2_orbits.get(cp);
  return orbit === undefined ? $re2_char(cp, false) : `[${orbit.map((member) => $re2_char(member)).join("")}]`;
}

/** A range under `(?i)`: small ranges by their orbits, large ones as any class. */
function $re2_foldRange(lo: number, hi: number): string {
  if (hi - lo > 256) return $re2_foldClass($re2_range(lo, hi));
  const extra = new Set<number>();
  for (let cp = lo; cp <= hi; cp++)
    for (const member of $re2_orbits.get(cp) ?? []) if (member < lo || member > hi) extra.add(member);
  return $re2_range(lo, hi) + [...extra].map((member) => $re2_char(member)).join("");
}

/** Class operands under `(?i)`: the operands plus every code point that folds to one they hold (Go's appendFoldedClass). */
function $re2_foldClass(operands: string): string {
  const holds = new RegExp(`^[${operands}]$`, "v");
  const extra = new Set<number>();
  for (const [cp, orbit] of $re2_orbits) {
    if (extra.has(cp) || !holds.test(String.fromCodePoint(cp))) continue;
    for (const member of orbit) if (!holds.test(String.fromCodePoint(member))) extra.add(member);
  }
  return operands + [...extra].map((member) => $re2_char(member)).join("");
}

// specgen:strip-begin
// Internals of the generated file, exported here for the unit tests and the generator only.
export {
  $re2_char,
  $re2_range,
  $re2_perl,
  $re2_posix,
  $re2_unicodeClass,
  $re2_buildOrbits,
  $re2_orbits,
  $re2_foldChar,
  $re2_foldClass,
  $re2_foldRange,
};
// specgen:strip-end
