// specgen:strip-begin
// The matchers generated validators run RE2 patterns with: a RegExp, or the linear-time matcher (for the patterns
// runtime/re2-risk.ts finds V8 could backtrack on). The linear matcher's `match` is runtime/re2-linear.ts's Pike VM;
// its yes/no answer (`test`, what `pattern` and `matches()` ask) is the same simulation, faster: the VM's thread
// sets (priorities do not matter for yes/no) cached as the states of a DFA built as the text needs them, as
// RE2's DFA does (re2/dfa.cc). A state is the set of instructions after a character; the states reachable from it
// without reading depend on what the assertions see there (`$re2_context`), so that closure is cached per context.
// Then each character costs two map lookups. Past a bound on the states it falls back to the Pike VM.
import {
  $RE2_ASSERT,
  $RE2_CHAR,
  $RE2_JUMP,
  $RE2_MATCH,
  $RE2_SPLIT,
  $re2_assertion,
  $re2_context,
  $re2_contextBits,
  $re2_holds,
  $re2_program,
  $re2_run,
  type $Re2Program,
} from "./re2-linear.js";
import { $re2_parseSource } from "./re2-parse.js";
// specgen:strip-end
/** A closed state: the character instructions in it (ascending), whether it has matched, its cached successors. */
interface $Re2DfaState {
  readonly chars: Int32Array;
  readonly accepts: boolean;
  /** The open state after each code point read so far. */
  readonly next: Map<number, number>;
}

/** A program's DFA, built lazily: open states (instructions after a character), closed states, and the links. */
interface $Re2Dfa {
  readonly program: $Re2Program;
  /** The context bits the program's assertions read (0: every context is the same). */
  readonly mask: number;
  readonly openIds: Map<string, number>;
  readonly open: Int32Array[];
  /** The closed state of each open state in each context, by `open * 64 + context`. */
  readonly closure: Map<number, number>;
  readonly closedIds: Map<string, number>;
  readonly closed: $Re2DfaState[];
}

/** Past this many states, the DFA gives way to the Pike VM (its memory stays bounded). */
const $re2_maxDfaStates = 2000;

/** A new DFA for `program`, with the empty open state (only the search's new thread). */
function $re2_dfa(program: $Re2Program): $Re2Dfa {
  return {
    program,
    mask: program.assertions.reduce((mask, what) => mask | $re2_contextBits[what], 0),
    openIds: new Map([["", 0]]),
    open: [new Int32Array(0)],
    closure: new Map(),
    closedIds: new Map(),
    closed: [],
  };
}

/** The closed state of open state `id` in `context`: what it reaches without reading, plus a new thread at 0. */
function $re2_close(dfa: $Re2Dfa, id: number, context: number): number {
  const { ops, x, y, assertions } = dfa.program;
  const seen = new Set<number>();
  const chars: number[] = [];
  let accepts = false;
  const stack = [0, ...dfa.open[id]!];
  while (stack.length > 0) {
    const pc = stack.pop()!;
    if (seen.has(pc)) continue;
    seen.add(pc);
    const op = ops[pc];
    if (op === $RE2_SPLIT) stack.push(x[pc]!, y[pc]!);
    else if (op === $RE2_JUMP) stack.push(x[pc]!);
    else if (op === $RE2_ASSERT) {
      if ($re2_assertion(assertions[x[pc]!]!, context)) stack.push(pc + 1);
    } else if (op === $RE2_CHAR) chars.push(pc);
    else if (op === $RE2_MATCH) accepts = true;
  }
  chars.sort((a, b) => a - b);
  const key = `${accepts ? "!" : ""}${chars.join(",")}`;
  let closed = dfa.closedIds.get(key);
  if (closed === undefined) {
    closed = dfa.closed.push({ chars: Int32Array.from(chars), accepts, next: new Map() }) - 1;
    dfa.closedIds.set(key, closed);
  }
  dfa.closure.set(id * 64 + context, closed);
  return closed;
}

/** The open state after `state` reads `cp`. */
function $re2_advance(dfa: $Re2Dfa, state: $Re2DfaState, cp: number): number {
  const after: number[] = [];
  for (const pc of state.chars) if ($re2_holds(dfa.program, dfa.program.x[pc]!, cp)) after.push(pc + 1);
  const key = after.join(",");
  let id = dfa.openIds.get(key);
  if (id === undefined) {
    id = dfa.open.push(Int32Array.from(after)) - 1;
    dfa.openIds.set(key, id);
  }
  // (Code points past Latin-1 are cached while few: a text of many scripts must not grow a state without bound.)
  if (cp < 256 || state.next.size < 256) state.next.set(cp, id);
  return id;
}

/** Whether the program matches somewhere in `s`. */
function $re2_dfaTest(dfa: $Re2Dfa, s: string): boolean {
  let open = 0;
  for (let at = 0; ;) {
    const context = dfa.mask === 0 ? 0 : $re2_context(s, at, dfa.mask);
    let closed = dfa.closure.get(open * 64 + context);
    // Too many states (a pattern whose DFA is exponential): no new ones; the Pike VM answers, still in linear time.
    if (closed === undefined && $re2_dfaFull(dfa)) return $re2_run(dfa.program, s, 0, true) !== undefined;
    closed ??= $re2_close(dfa, open, context);
    const state = dfa.closed[closed]!;
    if (state.accepts) return true;
    if (at >= s.length) return false;
    const cp = s.codePointAt(at)!;
    const next = state.next.get(cp);
    if (next === undefined && $re2_dfaFull(dfa)) return $re2_run(dfa.program, s, 0, true) !== undefined;
    open = next ?? $re2_advance(dfa, state, cp);
    at += cp > 0xffff ? 2 : 1;
  }
}

/** Whether the DFA has as many states as it may keep. */
function $re2_dfaFull(dfa: $Re2Dfa): boolean {
  return dfa.open.length + dfa.closed.length >= $re2_maxDfaStates;
}

/** A RE2 matcher: a RegExp's `test`, and `match` for CEL's find functions. */
interface $Re2Matcher {
  /** Whether it is the linear-time matcher (else a RegExp, for patterns it cannot backtrack long on). */
  readonly linear: boolean;
  /** Whether the pattern matches somewhere in `s`. */
  test(s: string): boolean;
  /** The leftmost-first match at or after offset `from`, as [start, end], or undefined. */
  match(s: string, from: number): [number, number] | undefined;
}

/** The linear-time matcher of a source `$re2_translate` printed (compiled on first use). */
function $re2_linear(source: string): $Re2Matcher {
  let dfa: $Re2Dfa | undefined;
  const compiled = (): $Re2Dfa => (dfa ??= $re2_dfa($re2_program($re2_parseSource(source))));
  return {
    linear: true,
    test: (s) => $re2_dfaTest(compiled(), s),
    match: (s, from) => $re2_run(compiled().program, s, from, false),
  };
}

/**
 * A translated source as a RegExp matcher (`v` flag; `match` on a global copy, `test` keeps no state). `plain`, the
 * source without flags where that tests the same strings (the generator's, plain-regex.ts), is what `test` runs: V8
 * tests it by UTF-16 units, faster; `match` keeps the `v` source, whose positions are the code points' own.
 */
function $re2_regexMatcher(source: string, plain?: string): $Re2Matcher {
  const regex = plain === undefined ? new RegExp(source, "v") : new RegExp(plain);
  const global = new RegExp(source, "gv");
  return {
    linear: false,
    test: (s) => regex.test(s),
    match: (s, from) => {
      global.lastIndex = from;
      const m = global.exec(s);
      return m === null ? undefined : [m.index, m.index + m[0].length];
    },
  };
}

// specgen:strip-begin
// Internals of the generated file, exported here for the unit tests and the generator only.
export { $re2_linear, $re2_regexMatcher, type $Re2Matcher };
// specgen:strip-end
