// specgen:strip-begin
// RE2 as the Kubernetes API server runs it (Go's regexp, syntax.Perl flags) → an equivalent JavaScript RegExp with
// the `v` flag. `pattern` on Kubernetes APIs and CEL's `matches()` are RE2 there: POSIX classes, inline and scoped
// flags, `(?P<name>…)`, `\pL`, `\z`, `\Q…\E`, `\x{41}` are translated, and `.`, `\s`, `\w`, `\d`, `\b`, `^`, `$` keep
// Go's meaning. No JavaScript `i` or `m` flag is ever used (Node 20 has no scoped flags): case-insensitive parts
// become classes of their case-folding orbits, multi-line anchors become lookarounds. The generator runs this same
// module (generator/re2.ts) for literal patterns.
import {
  $re2_char,
  $re2_foldChar,
  $re2_foldClass,
  $re2_foldRange,
  $re2_perl,
  $re2_posix,
  $re2_range,
  $re2_unicodeClass,
} from "./re2-classes.js";
import { $re2_linear, type $Re2Matcher } from "./re2-matcher.js";
// specgen:strip-end
/** A translation: the JavaScript source (for the `v` flag), or why there is none (`invalid`: Go refuses it too). */
type $Re2Translation =
  | { readonly ok: true; readonly source: string }
  | { readonly ok: false; readonly invalid: boolean; readonly message: string };

/** The flags in force: `i` fold case, `m` multi-line, `s` dot matches `\n`, `U` ungreedy. */
interface $Re2Flags {
  i: boolean;
  m: boolean;
  s: boolean;
  U: boolean;
}

/** A parse error, worded as Go's regexp/syntax words it. */
class $Re2Error extends Error {}

/** The parser's state: the pattern as code points, the position, and the capture names seen. */
interface $Re2Parser {
  readonly cps: readonly number[];
  at: number;
  readonly names: Set<string>;
  depth: number;
  /** The largest product of `{n,m}` counts along a path of what was just parsed (Go allows 1000: repeatIsValid). */
  weight: number;
  /** Where the next `:]` at or after some earlier `[:` starts (the pattern's length when there is none). */
  posixEnd: number;
}

/** Go's nesting limit (regexp/syntax maxHeight). */
const $re2_maxDepth = 1000;

/** Throws Go's error for `code` at the text from `from` to the current position (or `text`). */
function $re2_fail(code: string, text: string): never {
  throw new $Re2Error(`error parsing regexp: ${code}: \`${text}\``);
}

/** The pattern text between two positions. */
function $re2_text(p: $Re2Parser, from: number, to: number = p.at): string {
  // (Not a spread: a long pattern would pass the engine's argument limit.)
  return p.cps
    .slice(from, to)
    .map((cp) => String.fromCodePoint(cp))
    .join("");
}

/** The code point at the current position (plus `ahead`), or -1 past the end. */
function $re2_peek(p: $Re2Parser, ahead: number = 0): number {
  return p.cps[p.at + ahead] ?? -1;
}

/** True when the text at the current position starts with `s`. */
function $re2_startsWith(p: $Re2Parser, s: string): boolean {
  return $re2_text(p, p.at, p.at + Array.from(s).length) === s;
}

/** An alternation up to `)` or the end, with the flags of its group (a flag group changes them for the rest of it). */
function $re2_alternation(p: $Re2Parser, flags: $Re2Flags): string {
  const branches = [$re2_concat(p, flags)];
  let weight = p.weight;
  while ($re2_peek(p) === 0x7c) {
    p.at++;
    branches.push($re2_concat(p, flags));
    weight = Math.max(weight, p.weight);
  }
  p.weight = weight;
  return branches.join("|");
}

/** A sequence of atoms, each with its repetition, up to `|`, `)` or the end. */
function $re2_concat(p: $Re2Parser, flags: $Re2Flags): string {
  const items: string[] = [];
  const weights: number[] = [];
  let lastRepeat = -1;
  while (p.at < p.cps.length && $re2_peek(p) !== 0x7c && $re2_peek(p) !== 0x29) {
    const start = p.at;
    const repeat = $re2_repeat(p, flags);
    if (repeat !== undefined) {
      // Go refuses stacked operators (`a**`) and an operator with nothing to repeat.
      if (lastRepeat >= 0) $re2_fail("invalid nested repetition operator", $re2_text(p, lastRepeat));
      if (items.length === 0) $re2_fail("missing argument to repetition operator", $re2_text(p, start));
      const item = items.pop()!;
      items.push(`${$re2_atomic(item) ? item : `(?:${item})`}${repeat.op}`);
      // Go refuses nested counts whose product passes 1000 (`(a{500}){3}`); `{0}` ends the count below it.
      const below = weights.pop()!;
      const weight = repeat.count === 0 ? 1 : repeat.count * below;
      if (repeat.checked && weight > 1000) $re2_fail("invalid repeat count", $re2_text(p, start));
      weights.push(weight);
      lastRepeat = start;
      continue;
    }
    lastRepeat = -1;
    const group = $re2_peek(p) === 0x28;
    // A flag group yields nothing: an operator after it repeats the atom before it, as in Go.
    for (const item of $re2_atom(p, flags)) {
      if (item === "") continue;
      items.push(item);
      weights.push(group ? p.weight : 1);
    }
  }
  p.weight = Math.max(1, ...weights);
  return items.join("");
}

/**
 * True when an item can take a quantifier as it is: one class, one group, or one character (items are single atoms;
 * assertions, which JavaScript does not let a quantifier follow, and repeated items are wrapped).
 */
function $re2_atomic(item: string): boolean {
  if (/^\[[^]*\]$/.test(item)) return true;
  if (/^\((?!\?[=!<])[^]*\)$/.test(item)) return true;
  return /^(?:[^\\()[\]{}|^$.*+?]|\\[\^$\\.*+?()[\]{}|/]|\\u\{[0-9a-f]+\})$/.test(item);
}

/**
 * A repetition operator at the current position (consumed): its JavaScript, its count (`{n,m}`: m, or n when
 * unbounded; 1 otherwise) and whether Go checks the counts below it (`{n,m}` with n or m at least 2); undefined when
 * there is none.
 */
function $re2_repeat(
  p: $Re2Parser,
  flags: $Re2Flags,
): { readonly op: string; readonly count: number; readonly checked: boolean } | undefined {
  const c = $re2_peek(p);
  let op: string;
  let count = 1;
  let checked = false;
  if (c === 0x2a || c === 0x2b || c === 0x3f) {
    op = String.fromCodePoint(c);
    p.at++;
  } else if (c === 0x7b) {
    const m = /^\{(0|[1-9][0-9]*)(,(0|[1-9][0-9]*)?)?\}/.exec($re2_text(p, p.at, p.at + 24));
    if (m === null) return undefined;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === undefined ? -1 : Number(m[3]);
    if (min > 1000 || max > 1000 || (max >= 0 && min > max)) $re2_fail("invalid repeat count", m[0]);
    op = max === min ? `{${min}}` : max < 0 ? `{${min},}` : `{${min},${max}}`;
    count = max < 0 ? min : max;
    checked = min >= 2 || max >= 2;
    p.at += m[0].length;
  } else return undefined;
  let lazy = false;
  if ($re2_peek(p) === 0x3f) {
    lazy = true;
    p.at++;
  }
  return { op: lazy !== flags.U ? `${op}?` : op, count, checked };
}

/** One atom (a literal run of `\Q…\E` gives several), consumed. */
function $re2_atom(p: $Re2Parser, flags: $Re2Flags): string[] {
  const c = $re2_peek(p);
  if (c === 0x28) return [$re2_group(p, flags)];
  if (c === 0x5b) return [$re2_class(p, flags)];
  p.at++;
  if (c === 0x2e) return [flags.s ? "[\\u{0}-\\u{10ffff}]" : $re2_negatedClass("\\n")];
  // Without `m`, `^` and `$` are the ends of the text, as JavaScript's are without its `m` flag; with it, Go's line
  // ends are `\n` only (JavaScript's `m` would also take `\r`, U+2028, U+2029).
  // (Lookarounds with positive forms: V8 also tries the position inside a surrogate pair, where classes never match.)
  if (c === 0x5e) return [flags.m ? "(?<=^|\\n)" : "^"];
  if (c === 0x24) return [flags.m ? "(?=$|\\n)" : "$"];
  if (c === 0x2a || c === 0x2b || c === 0x3f)
    $re2_fail("missing argument to repetition operator", $re2_text(p, p.at - 1));
  if (c !== 0x5c) return [flags.i ? $re2_foldChar(c) : $re2_char(c, false)];
  const e = $re2_peek(p);
  if (e === -1) $re2_fail("trailing backslash at end of expression", "");
  // JavaScript's `\b` without the `i` flag is ASCII, as Go's; `\B` must not hold inside a surrogate pair, a position
  // V8 tries and Go never sees.
  const simple: Readonly<Record<number, string>> = {
    0x41: "^",
    0x7a: "$",
    0x62: "\\b",
    0x42: "\\B(?:(?<=[\\s\\S])|(?=[\\s\\S])|^$)",
  };
  if (simple[e] !== undefined) {
    p.at++;
    return [simple[e]!];
  }
  if (e === 0x51) {
    // `\Q…\E`: literal text up to `\E` or the end.
    p.at++;
    const chars: string[] = [];
    while (p.at < p.cps.length && !$re2_startsWith(p, "\\E")) {
      const cp = p.cps[p.at++]!;
      chars.push(flags.i ? $re2_foldChar(cp) : $re2_char(cp, false));
    }
    if (p.at < p.cps.length) p.at += 2;
    return chars;
  }
  p.at--;
  const group = $re2_escapeClass(p, flags);
  if (group !== undefined) return [`[${group}]`];
  const cp = $re2_escape(p);
  return [flags.i ? $re2_foldChar(cp) : $re2_char(cp, false)];
}

/** A group: capturing, named, non-capturing with flags, or a flag change (which yields nothing), consumed. */
function $re2_group(p: $Re2Parser, flags: $Re2Flags): string {
  const start = p.at;
  p.at++;
  if (++p.depth > $re2_maxDepth) $re2_fail("expression nests too deeply", $re2_text(p, start));
  let capture = true;
  const inner: $Re2Flags = { ...flags };
  if ($re2_peek(p) === 0x3f) {
    const named = /^\?P?<([^>]*)>/.exec($re2_text(p, p.at, p.at + 260));
    if (named !== null && (named[0][1] === "P" || named[0][1] === "<")) {
      const name = named[1]!;
      if (!/^[0-9A-Za-z_]+$/.test(name)) $re2_fail("invalid named capture", `(${named[0]}`);
      if (p.names.has(name)) $re2_fail("duplicate capture group name", name);
      p.names.add(name);
      p.at += Array.from(named[0]).length;
    } else {
      p.at++;
      let sign = true;
      let sawFlag = false;
      for (;;) {
        const c = $re2_peek(p);
        const flag = c === -1 ? "" : String.fromCodePoint(c);
        p.at++;
        if (flag === "i" || flag === "m" || flag === "s" || flag === "U") {
          inner[flag] = sign;
          sawFlag = true;
        } else if (flag === "-" && sign) {
          sign = false;
          sawFlag = false;
        } else if ((flag === ":" || flag === ")") && (sign || sawFlag)) {
          if (flag === ")") {
            // A flag group changes the flags of the enclosing group from here on.
            Object.assign(flags, inner);
            p.depth--;
            return "";
          }
          capture = false;
          break;
        } else $re2_fail("invalid or unsupported Perl syntax", $re2_text(p, start, Math.min(p.at, p.cps.length)));
      }
    }
  }
  const body = $re2_alternation(p, inner);
  if ($re2_peek(p) !== 0x29) $re2_fail("missing closing )", $re2_text(p, start));
  p.at++;
  p.depth--;
  return capture ? `(${body})` : `(?:${body})`;
}

/** A bracketed class, consumed: `[…]`, `[^…]`, with ranges, escapes, Perl, POSIX and Unicode classes. */
function $re2_class(p: $Re2Parser, flags: $Re2Flags): string {
  const start = p.at;
  p.at++;
  let negated = false;
  if ($re2_peek(p) === 0x5e) {
    negated = true;
    p.at++;
  }
  const operands: string[] = [];
  let first = true;
  while (first || $re2_peek(p) !== 0x5d) {
    if (p.at >= p.cps.length) $re2_fail("missing closing ]", $re2_text(p, start));
    first = false;
    const posix = $re2_posixName(p);
    if (posix !== undefined) {
      const body = $re2_posix[posix.replace(/^\[:\^?|:\]$/g, "")];
      if (body === undefined) $re2_fail("invalid character class range", posix);
      operands.push($re2_group_operand(body, posix[2] === "^", flags));
      p.at += Array.from(posix).length;
      continue;
    }
    if ($re2_peek(p) === 0x5c) {
      const group = $re2_escapeClass(p, flags);
      if (group !== undefined) {
        operands.push(group);
        continue;
      }
    }
    const rangeStart = p.at;
    const lo = $re2_classChar(p);
    let hi = lo;
    if ($re2_peek(p) === 0x2d && $re2_peek(p, 1) !== 0x5d && $re2_peek(p, 1) !== -1) {
      p.at++;
      hi = $re2_classChar(p);
      if (hi < lo) $re2_fail("invalid character class range", $re2_text(p, rangeStart));
    }
    operands.push(flags.i ? $re2_foldRange(lo, hi) : $re2_range(lo, hi));
  }
  p.at++;
  return negated ? $re2_negatedClass(operands.join("")) : `[${operands.join("")}]`;
}

/** `[:name:]` at the current position (Go reads up to the next `:]`, whatever lies between), or undefined. */
function $re2_posixName(p: $Re2Parser): string | undefined {
  if ($re2_peek(p) !== 0x5b || $re2_peek(p, 1) !== 0x3a) return undefined;
  // The next `:]` is found once and reused while it lies ahead, so `[[:[[:[[:…` stays linear.
  if (p.posixEnd < p.at + 2) {
    p.posixEnd = p.cps.length;
    for (let end = p.at + 2; end + 1 < p.cps.length; end++)
      if (p.cps[end] === 0x3a && p.cps[end + 1] === 0x5d) {
        p.posixEnd = end;
        break;
      }
  }
  return p.posixEnd < p.cps.length ? $re2_text(p, p.at, p.posixEnd + 2) : undefined;
}

/** One class member character (an escape or a code point), consumed. */
function $re2_classChar(p: $Re2Parser): number {
  if ($re2_peek(p) === 0x5c) return $re2_escape(p);
  return p.cps[p.at++]!;
}

/** A Perl (`\d`) or Unicode (`\pL`, `\p{Greek}`, `\P{^L}`) class escape as class operands, consumed; else undefined. */
function $re2_escapeClass(p: $Re2Parser, flags: $Re2Flags): string | undefined {
  const start = p.at;
  const e = String.fromCodePoint($re2_peek(p, 1) === -1 ? 0 : $re2_peek(p, 1));
  const perl = $re2_perl[e.toLowerCase()];
  if (perl !== undefined && /^[dswDSW]$/.test(e)) {
    p.at += 2;
    return $re2_group_operand(perl, e !== e.toLowerCase(), flags);
  }
  if (e !== "p" && e !== "P") return undefined;
  p.at += 2;
  let name: string;
  if ($re2_peek(p) === 0x7b) {
    const end = p.cps.indexOf(0x7d, p.at);
    if (end < 0) $re2_fail("invalid character class range", $re2_text(p, start, p.cps.length));
    name = $re2_text(p, p.at + 1, end);
    p.at = end + 1;
  } else {
    if (p.at >= p.cps.length) $re2_fail("invalid character class range", $re2_text(p, start));
    name = String.fromCodePoint(p.cps[p.at++]!);
  }
  let negated = e === "P";
  if (name.startsWith("^")) {
    negated = !negated;
    name = name.slice(1);
  }
  const body = $re2_unicodeClass(name);
  if (body === undefined) $re2_fail("invalid character class range", $re2_text(p, start));
  return $re2_group_operand(body, negated, flags);
}

/** A named group's operands, negated and case-folded as Go's appendGroup does (fold first, then negate). */
function $re2_group_operand(body: string, negated: boolean, flags: $Re2Flags): string {
  const folded = flags.i ? $re2_foldClass(body) : body;
  return negated ? $re2_negatedClass(folded) : folded;
}

/**
 * A negated class, written `[[^…]]` (the same set, nested). Node 20's V8 mis-matches a top-level `[^…]` under the
 * `v` flag inside a repeated group followed by more pattern (`/(?:[^a]x){1,2}/v` fails on ":x"); the nested form is
 * compiled correctly. Found by the re2js differential test.
 */
function $re2_negatedClass(operands: string): string {
  return `[[^${operands}]]`;
}

/** A single-character escape (`\n`, `\x41`, `\x{41}`, `\101`, `\.`), consumed; anything else is Go's error. */
function $re2_escape(p: $Re2Parser): number {
  const start = p.at;
  p.at++;
  const c = $re2_peek(p);
  if (c === -1) $re2_fail("trailing backslash at end of expression", "");
  p.at++;
  const letter = String.fromCodePoint(c);
  const controls: Readonly<Record<string, number>> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };
  if (controls[letter] !== undefined) return controls[letter]!;
  if (c < 0x80 && !/^[0-9A-Za-z]$/.test(letter)) return c;
  const octal = /^[0-7]{1,2}/.exec($re2_text(p, p.at, p.at + 2))?.[0] ?? "";
  // `\1`…`\7` alone would be backreferences, which Go refuses; `\0` and multi-digit forms are octal.
  if ((c >= 0x31 && c <= 0x37 && octal !== "") || c === 0x30) {
    p.at += octal.length;
    return parseInt(letter + octal, 8);
  }
  if (letter === "x") {
    const hex = /^(?:\{([0-9A-Fa-f]+)\}|([0-9A-Fa-f]{2}))/.exec($re2_text(p, p.at, p.at + 12));
    const digits = hex?.[1] ?? hex?.[2];
    const value = digits === undefined ? -1 : parseInt(digits, 16);
    if (hex === null || value > 0x10ffff || digits!.length > 8)
      $re2_fail("invalid escape sequence", $re2_text(p, start));
    p.at += hex[0].length;
    return value;
  }
  return $re2_fail("invalid escape sequence", $re2_text(p, start));
}

/**
 * Translates a RE2 pattern to JavaScript source for the `v` flag. `invalid` failures are patterns Go refuses (the
 * message is Go's); the others are valid RE2 this engine cannot express (a Unicode script it does not know).
 */
function $re2_translate(pattern: string): $Re2Translation {
  const p: $Re2Parser = {
    cps: Array.from(pattern, (c) => c.codePointAt(0)!),
    at: 0,
    names: new Set(),
    depth: 0,
    weight: 1,
    posixEnd: -1,
  };
  let source: string;
  try {
    source = $re2_alternation(p, { i: false, m: false, s: false, U: false });
    if (p.at < p.cps.length) $re2_fail("unexpected )", pattern);
  } catch (error) {
    if (error instanceof $Re2Error) return { ok: false, invalid: true, message: error.message };
    throw error;
  }
  try {
    new RegExp(source, "v");
  } catch (error) {
    return { ok: false, invalid: false, message: `no JavaScript equivalent: ${String(error)}` };
  }
  return { ok: true, source };
}

/**
 * A pattern a CEL rule computes at run time, translated at each call (no cache: the module keeps no state): the
 * linear-time matcher, since only literal patterns are known to be safe for V8 (`$re2_literals`, runtime/re2-compile.ts),
 * or Go's message (or why JavaScript has no equivalent) when it has no translation.
 */
function $re2_dynamic(pattern: string): $Re2Matcher | string {
  const translated = $re2_translate(pattern);
  return translated.ok ? $re2_linear(translated.source) : translated.message;
}

// specgen:strip-begin
// Internals of the generated file, exported here for the unit tests and the generator only.
export { $re2_dynamic, $re2_translate, type $Re2Translation };
// specgen:strip-end
