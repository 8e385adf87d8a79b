// specgen:strip-begin
// The `v`-flag source runtime/re2.ts prints, parsed back into a tree: the translator prints a small, fixed subset of
// the syntax (groups, alternation, repeats, classes kept whole as class operands, single characters, and six exact
// assertion texts), so the tree means exactly what the RegExp means. runtime/re2-linear.ts runs it in linear time;
// runtime/re2-risk.ts reads it to decide which patterns need that.
// specgen:strip-end
/** A parsed pattern: a set of one code point, an empty-width assertion, a sequence, a choice, or a repetition. */
type $Re2Node =
  | { readonly kind: "set"; readonly operand: string }
  | { readonly kind: "assert"; readonly what: $Re2Assertion }
  | { readonly kind: "concat"; readonly items: readonly $Re2Node[] }
  | { readonly kind: "alt"; readonly branches: readonly $Re2Node[] }
  | {
      readonly kind: "repeat";
      readonly body: $Re2Node;
      readonly min: number;
      /** -1: unbounded. */
      readonly max: number;
      readonly lazy: boolean;
    };

/** The empty-width assertions the translator prints (runtime/re2.ts). */
type $Re2Assertion = "start" | "end" | "lineStart" | "lineEnd" | "boundary" | "nonBoundary";

/** The assertions by the exact text the translator prints for them, longest first. */
const $re2_assertionTexts: readonly (readonly [string, $Re2Assertion])[] = [
  ["\\B(?:(?<=[\\s\\S])|(?=[\\s\\S])|^$)", "nonBoundary"],
  ["(?<=^|\\n)", "lineStart"],
  ["(?=$|\\n)", "lineEnd"],
  ["\\b", "boundary"],
  ["^", "start"],
  ["$", "end"],
];

/** Reading state over a translated source (UTF-16 offsets: every syntax character is ASCII). */
interface $Re2Reader {
  readonly source: string;
  at: number;
}

/** Parses a `v`-flag source printed by `$re2_translate`; throws on anything it does not print. */
function $re2_parseSource(source: string): $Re2Node {
  const r: $Re2Reader = { source, at: 0 };
  const node = $re2_parseAlternation(r);
  if (r.at !== source.length) throw new Error(`re2-linear: unexpected ${source.slice(r.at)} in ${source}`);
  return node;
}

/** Branches separated by `|`, up to `)` or the end. */
function $re2_parseAlternation(r: $Re2Reader): $Re2Node {
  const branches = [$re2_parseConcat(r)];
  while (r.source[r.at] === "|") {
    r.at++;
    branches.push($re2_parseConcat(r));
  }
  return branches.length === 1 ? branches[0]! : { kind: "alt", branches };
}

/** Items, each maybe repeated, up to `|`, `)` or the end. */
function $re2_parseConcat(r: $Re2Reader): $Re2Node {
  const items: $Re2Node[] = [];
  while (r.at < r.source.length && r.source[r.at] !== "|" && r.source[r.at] !== ")") {
    const item = $re2_parseItem(r);
    const repeat = /^(?:([*+?])|\{(\d+)(,(\d*))?\})(\??)/.exec(r.source.slice(r.at, r.at + 16));
    if (repeat === null) {
      items.push(item);
      continue;
    }
    r.at += repeat[0].length;
    const op = repeat[1];
    const min = op === undefined ? Number(repeat[2]) : op === "+" ? 1 : 0;
    const max =
      op === undefined
        ? repeat[3] === undefined
          ? min
          : repeat[4] === ""
            ? -1
            : Number(repeat[4])
        : op === "?"
          ? 1
          : -1;
    items.push({ kind: "repeat", body: item, min, max, lazy: repeat[5] === "?" });
  }
  return items.length === 1 ? items[0]! : { kind: "concat", items };
}

/** One item: an assertion, a group, a class, or one (maybe escaped) character. */
function $re2_parseItem(r: $Re2Reader): $Re2Node {
  const s = r.source;
  for (const [text, what] of $re2_assertionTexts)
    if (s.startsWith(text, r.at)) {
      r.at += text.length;
      return { kind: "assert", what };
    }
  if (s[r.at] === "(") {
    r.at += s.startsWith("(?:", r.at) ? 3 : 1;
    const body = $re2_parseAlternation(r);
    if (s[r.at] !== ")") throw new Error(`re2-linear: missing ) in ${s}`);
    r.at++;
    return body;
  }
  if (s[r.at] === "[") {
    // A class, kept as it is (an operand of a `v`-flag class): brackets nest, a backslash escapes one character.
    const start = r.at;
    let depth = 0;
    do {
      const c = s[r.at++];
      if (c === "\\") r.at++;
      else if (c === "[") depth++;
      else if (c === "]") depth--;
      if (r.at > s.length) throw new Error(`re2-linear: missing ] in ${s}`);
    } while (depth > 0);
    return { kind: "set", operand: s.slice(start, r.at) };
  }
  const escaped = /^\\(?:u\{([0-9a-f]+)\}|([^]))/.exec(s.slice(r.at, r.at + 12));
  if (escaped !== null) {
    r.at += escaped[0].length;
    const cp = escaped[1] !== undefined ? parseInt(escaped[1], 16) : escaped[2]!.codePointAt(0)!;
    return { kind: "set", operand: `\\u{${cp.toString(16)}}` };
  }
  const cp = s.codePointAt(r.at)!;
  r.at += cp > 0xffff ? 2 : 1;
  return { kind: "set", operand: `\\u{${cp.toString(16)}}` };
}

// specgen:strip-begin
// Internals of the generated file, exported here for the unit tests and the generator only.
export { $re2_parseSource, type $Re2Node, type $Re2Assertion };
// specgen:strip-end
