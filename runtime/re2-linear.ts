// specgen:strip-begin
// A linear-time matcher for RE2 patterns whose JavaScript RegExp could backtrack for a very long time (RE2 promises
// linear time; V8's backtracking does not: `^[!-~]+([\t ]?[!-~]+)*$` on 26 letters and a newline takes ~0.7 s, twice
// as long per added letter). It runs the very `v`-flag source runtime/re2.ts translates to, so it accepts exactly what
// that RegExp accepts: the source is parsed back (the translator prints a small, fixed subset of the syntax), compiled
// to a program of Thompson's construction (as Go's regexp/syntax compile.go does) and simulated as a Pike VM
// (regexp/pikevm.go): every thread advances in lockstep over the code points, one thread per program point, so the
// time is O(text × program). Leftmost-first priority is kept, so `match` finds what Go's regexp finds. Which patterns
// take this path is runtime/re2-risk.ts's question.
import type { $Re2Assertion, $Re2Node } from "./re2-parse.js";
// specgen:strip-end

/** The program's operations. */
const $RE2_CHAR = 0;
const $RE2_SPLIT = 1;
const $RE2_JUMP = 2;
const $RE2_ASSERT = 3;
const $RE2_MATCH = 4;

/** A compiled program: per instruction its operation and two arguments (a set or assertion index, jump targets). */
interface $Re2Program {
  readonly ops: Int8Array;
  readonly x: Int32Array;
  readonly y: Int32Array;
  /** The sets, each as a one-code-point RegExp, with a cache of its answers for code points below 256. */
  readonly sets: readonly { readonly regex: RegExp; readonly latin1: Int8Array }[];
  readonly assertions: readonly $Re2Assertion[];
}

/** Compiles a parsed pattern to a program (Go's regexp/syntax compile.go, with simplify.go's counted repeats). */
function $re2_program(root: $Re2Node): $Re2Program {
  const ops: number[] = [];
  const x: number[] = [];
  const y: number[] = [];
  const operands = new Map<string, number>();
  const assertions: $Re2Assertion[] = [];
  const emit = (op: number, a: number = -1, b: number = -1): number => {
    ops.push(op);
    x.push(a);
    y.push(b);
    return ops.length - 1;
  };
  /** A split, its targets set by `patchSplit` or `plus`. */
  const split = (): number => emit($RE2_SPLIT);
  /** A split preferring the instruction after it (unless `lazy`) over `other`. */
  const patchSplit = (at: number, other: number, lazy: boolean): void => {
    x[at] = lazy ? other : at + 1;
    y[at] = lazy ? at + 1 : other;
  };
  const nullable = (node: $Re2Node): boolean => {
    switch (node.kind) {
      case "set":
        return false;
      case "assert":
        return true;
      case "concat":
        return node.items.every(nullable);
      case "alt":
        return node.branches.some(nullable);
      case "repeat":
        return node.min === 0 || nullable(node.body);
    }
  };
  /** `body+`: the body, then a split back to it. */
  const plus = (body: $Re2Node, lazy: boolean): void => {
    const start = ops.length;
    compile(body);
    const at = split();
    x[at] = lazy ? at + 1 : start;
    y[at] = lazy ? start : at + 1;
  };
  /** `body?`: a split over the body. */
  const quest = (inner: () => void, lazy: boolean): void => {
    const at = split();
    inner();
    patchSplit(at, ops.length, lazy);
  };
  const compile = (node: $Re2Node): void => {
    switch (node.kind) {
      case "set": {
        let index = operands.get(node.operand);
        if (index === undefined) operands.set(node.operand, (index = operands.size));
        emit($RE2_CHAR, index);
        return;
      }
      case "assert":
        emit($RE2_ASSERT, assertions.push(node.what) - 1);
        return;
      case "concat":
        for (const item of node.items) compile(item);
        return;
      case "alt": {
        const jumps: number[] = [];
        node.branches.forEach((branch, i) => {
          if (i === node.branches.length - 1) return compile(branch);
          const at = split();
          compile(branch);
          jumps.push(emit($RE2_JUMP));
          patchSplit(at, ops.length, false);
        });
        for (const at of jumps) x[at] = ops.length;
        return;
      }
      case "repeat": {
        const { body, min, max, lazy } = node;
        if (max === -1) {
          // x{n,} is n-1 copies and x+; x* over a body that can match empty is (x+)?, as Go compiles it.
          for (let i = 1; i < min; i++) compile(body);
          if (min > 0) plus(body, lazy);
          else if (nullable(body)) quest(() => plus(body, lazy), lazy);
          else {
            const at = split();
            compile(body);
            emit($RE2_JUMP, at);
            patchSplit(at, ops.length, lazy);
          }
          return;
        }
        // x{n,m}: n copies, then m-n nested optional copies (x(x(x)?)?)?.
        for (let i = 0; i < min; i++) compile(body);
        const splits: number[] = [];
        for (let i = min; i < max; i++) {
          splits.push(split());
          compile(body);
        }
        for (const at of splits) patchSplit(at, ops.length, lazy);
        return;
      }
    }
  };
  compile(root);
  emit($RE2_MATCH);
  return {
    ops: Int8Array.from(ops),
    x: Int32Array.from(x),
    y: Int32Array.from(y),
    sets: [...operands.keys()].map((operand) => ({
      regex: new RegExp(`^[${operand}]$`, "v"),
      latin1: new Int8Array(256),
    })),
    assertions,
  };
}

/** Whether the set at `index` holds `cp` (answers below 256 cached: 1 yes, 2 no). */
function $re2_holds(program: $Re2Program, index: number, cp: number): boolean {
  const set = program.sets[index]!;
  if (cp < 256) {
    const known = set.latin1[cp]!;
    if (known !== 0) return known === 1;
    const holds = set.regex.test(String.fromCodePoint(cp));
    set.latin1[cp] = holds ? 1 : 2;
    return holds;
  }
  return set.regex.test(String.fromCodePoint(cp));
}

/** An ASCII word character (`\b` is ASCII in Go, and in JavaScript without the `i` flag). */
function $re2_isWord(unit: number): boolean {
  return (
    (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a) || unit === 0x5f
  );
}

/**
 * What assertions can see at offset `at` of `s`, as bits: 1 text start, 2 text end, 4 `\n` before, 8 `\n` after, 16 a
 * word character before, 32 one after; only those in `mask` are computed (the rest are 0).
 */
function $re2_context(s: string, at: number, mask: number = 63): number {
  let context = (at === 0 ? 1 : 0) | (at === s.length ? 2 : 0);
  if ((mask & 12) !== 0) context |= (s.charCodeAt(at - 1) === 0x0a ? 4 : 0) | (s.charCodeAt(at) === 0x0a ? 8 : 0);
  if ((mask & 48) !== 0)
    context |= ($re2_isWord(s.charCodeAt(at - 1)) ? 16 : 0) | ($re2_isWord(s.charCodeAt(at)) ? 32 : 0);
  return context & mask;
}

/** The context bits an assertion reads. */
const $re2_contextBits: Readonly<Record<$Re2Assertion, number>> = {
  start: 1,
  end: 2,
  lineStart: 5,
  lineEnd: 10,
  boundary: 48,
  nonBoundary: 48,
};

/** Whether an assertion holds in a context (`$re2_context`). */
function $re2_assertion(what: $Re2Assertion, context: number): boolean {
  switch (what) {
    case "start":
      return (context & 1) !== 0;
    case "end":
      return (context & 2) !== 0;
    case "lineStart":
      return (context & 5) !== 0;
    case "lineEnd":
      return (context & 10) !== 0;
    case "boundary":
    case "nonBoundary":
      return (((context & 16) === 0) !== ((context & 32) === 0)) === (what === "boundary");
  }
}

/** The threads of one step: instruction and match start, in priority order, and which instructions are in it. */
interface $Re2Threads {
  readonly pcs: Int32Array;
  readonly starts: Int32Array;
  count: number;
}

/**
 * Runs `program` over `s` from offset `from`: the leftmost-first match as [start, end], or undefined. With
 * `anyMatch` it stops at the first match any thread reaches (enough for a yes/no answer).
 */
function $re2_run(program: $Re2Program, s: string, from: number, anyMatch: boolean): [number, number] | undefined {
  const size = program.ops.length;
  const { ops, x, y } = program;
  let current: $Re2Threads = { pcs: new Int32Array(size), starts: new Int32Array(size), count: 0 };
  let next: $Re2Threads = { pcs: new Int32Array(size), starts: new Int32Array(size), count: 0 };
  // The offset at which each instruction was last added: a thread list holds each instruction once.
  const seen = new Int32Array(size).fill(-1);
  const stack: number[] = [];
  let matched: [number, number] | undefined;
  /** Adds the thread at `pc` and everything it reaches without consuming at offset `at`, in priority order. */
  const add = (list: $Re2Threads, pc: number, start: number, at: number): boolean => {
    stack.push(pc);
    while (stack.length > 0) {
      const i = stack.pop()!;
      if (seen[i] === at) continue;
      seen[i] = at;
      switch (ops[i]) {
        case $RE2_SPLIT:
          stack.push(y[i]!, x[i]!);
          break;
        case $RE2_JUMP:
          stack.push(x[i]!);
          break;
        case $RE2_ASSERT:
          if ($re2_assertion(program.assertions[x[i]!]!, $re2_context(s, at))) stack.push(i + 1);
          break;
        default:
          if (ops[i] === $RE2_MATCH && anyMatch) {
            stack.length = 0;
            return true;
          }
          list.pcs[list.count] = i;
          list.starts[list.count++] = start;
      }
    }
    return false;
  };
  for (let at = from; ;) {
    // A new thread starting here, behind every thread that started earlier; none once a match is found.
    if (matched === undefined && add(current, 0, at, at)) return [at, at];
    if (current.count === 0 && matched !== undefined) break;
    const cp = at < s.length ? s.codePointAt(at)! : -1;
    const after = at + (cp > 0xffff ? 2 : 1);
    next.count = 0;
    for (let t = 0; t < current.count; t++) {
      const pc = current.pcs[t]!;
      if (ops[pc] === $RE2_MATCH) {
        // Threads behind this one lose to it (leftmost-first).
        matched = [current.starts[t]!, at];
        break;
      }
      if (cp >= 0 && $re2_holds(program, x[pc]!, cp) && add(next, pc + 1, current.starts[t]!, after))
        return [current.starts[t]!, after];
    }
    [current, next] = [next, current];
    if (cp < 0) break;
    at = after;
  }
  return matched;
}

// specgen:strip-begin
// Internals of the generated file, exported here for the unit tests and the generator only.
export {
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
};
// specgen:strip-end
