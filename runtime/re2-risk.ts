// specgen:strip-begin
// Which translated RE2 patterns V8's backtracking could run in more than linear time, so they take the linear-time
// matcher (runtime/re2-linear.ts) instead of a RegExp. A backtracking engine explores the ways the pattern can match
// a prefix of the text; it stays linear while their number stays bounded. That is a property of the pattern's
// position automaton (Glushkov's construction: one state per class occurrence, an edge for each way one can follow
// another, so `(a+)+` has two edges from a to a): its degree of ambiguity (Weber and Seidl). It is exponential when
// some state has two different cycles on the same word (`(a+)+`, `(a|a)*`, `[!-~]+(?:[\t ]?[!-~]+)*`), polynomial
// when two states p ≠ q have p→p, p→q and q→q on one word (`a*a*`); both are found on the pair automaton (states
// reading the same word together), the polynomial case slightly over-approximated (p→p and q→q on a word, p→q on one
// from p's own pair). `^[a-z0-9]+(?:[._-][a-z0-9]+)*$` or `[-a-z0-9]*[a-z0-9]` stay RegExps. Unanchored patterns
// are retried at every offset, so one that can also match unboundedly long text takes the linear matcher too, as do
// loops whose body can match empty. Two classes are taken to share a code point when they do below 256, or when
// both may hold code points above 255 (read from their text: cheap and conservative).
import { $re2_parseSource, type $Re2Node } from "./re2-parse.js";
// specgen:strip-end
/** What the positions analysis knows of a node: its first and last occurrences (with repeats), its ways to match empty. */
interface $Re2Positions {
  readonly first: readonly number[];
  readonly last: readonly number[];
  /** 0, 1, or 2 for two or more. */
  readonly empty: number;
}

/** The state of one analysis: each set occurrence's followers, and whether a repeat over a nullable body was seen. */
interface $Re2Analysis {
  /** Followers (with repeats: one per way), by class occurrence. */
  readonly follow: number[][];
  /** Each occurrence's class operand. */
  readonly operands: string[];
  nullableLoop: boolean;
}

/** `list` repeated `times` times. */
function $re2_times(list: readonly number[], times: number): number[] {
  return times === 0 ? [] : times === 1 ? [...list] : [...list, ...list];
}

/** The positions of `node`, recording followers into `a`. */
function $re2_positions(node: $Re2Node, a: $Re2Analysis): $Re2Positions {
  switch (node.kind) {
    case "set": {
      const occurrence = a.operands.push(node.operand) - 1;
      a.follow.push([]);
      return { first: [occurrence], last: [occurrence], empty: 0 };
    }
    case "assert":
      return { first: [], last: [], empty: 1 };
    case "concat":
      return node.items
        .map((item) => $re2_positions(item, a))
        .reduce((left, right) => $re2_sequence(left, right, a), { first: [], last: [], empty: 1 });
    case "alt": {
      const branches = node.branches.map((branch) => $re2_positions(branch, a));
      return {
        first: branches.flatMap((branch) => branch.first),
        last: branches.flatMap((branch) => branch.last),
        empty: Math.min(
          2,
          branches.reduce((sum, branch) => sum + branch.empty, 0),
        ),
      };
    }
    case "repeat": {
      if (node.max === 0) return { first: [], last: [], empty: 1 };
      if (node.max > 1 && node.max <= 8) {
        // A small count is expanded as Go's simplify does, x{2,4} = xx(x(x)?)?: no cycle where the text has none.
        let positions: $Re2Positions = { first: [], last: [], empty: 1 };
        for (let i = node.max; i > 0; i--) {
          const both = $re2_sequence($re2_positions(node.body, a), positions, a);
          positions = i > node.min ? { ...both, empty: Math.max(1, both.empty) } : both;
        }
        return positions;
      }
      const body = $re2_positions(node.body, a);
      if (node.max === -1 || node.max > 1) {
        if (body.empty > 0) a.nullableLoop = true;
        $re2_link(body.last, body.first, a);
      }
      return { ...body, empty: node.min === 0 ? Math.max(1, body.empty) : body.empty };
    }
  }
}

/** Two positions in sequence: the left's last sets are followed by the right's first ones. */
function $re2_sequence(left: $Re2Positions, right: $Re2Positions, a: $Re2Analysis): $Re2Positions {
  $re2_link(left.last, right.first, a);
  return {
    first: [...left.first, ...$re2_times(right.first, left.empty)],
    last: [...right.last, ...$re2_times(left.last, right.empty)],
    empty: Math.min(2, left.empty * right.empty),
  };
}

/** Records that every occurrence in `to` can follow every one in `from`. */
function $re2_link(from: readonly number[], to: readonly number[], a: $Re2Analysis): void {
  for (const occurrence of from) a.follow[occurrence]!.push(...to);
}

/** Whether a class operand (a class or `\u{…}`) can only hold code points below 256, read from its text. */
function $re2_latin1(operand: string): boolean {
  if (/\\[pP]|\[\^/.test(operand)) return false;
  for (const m of operand.matchAll(/\\u\{([0-9a-f]+)\}|\\?([^])/gu))
    if ((m[1] !== undefined ? parseInt(m[1], 16) : m[2]!.codePointAt(0)!) > 0xff) return false;
  return true;
}

/** Per occurrence, whether two may read the same code point (see the header), as a function of their indexes. */
function $re2_overlaps(operands: readonly string[]): (p: number, q: number) => boolean {
  // Each distinct operand once: its code points below 256 as eight 32-bit words, and whether it may hold more.
  const kinds = new Map<string, number>();
  const kindOf = operands.map((operand) => {
    let kind = kinds.get(operand);
    if (kind === undefined) kinds.set(operand, (kind = kinds.size));
    return kind;
  });
  const low = new Uint32Array(kinds.size * 8);
  const wide: boolean[] = [];
  for (const [operand, kind] of kinds) {
    const regex = new RegExp(`^[${operand}]$`, "v");
    for (let cp = 0; cp < 256; cp++)
      if (regex.test(String.fromCodePoint(cp))) low[kind * 8 + (cp >> 5)]! |= 1 << (cp & 31);
    wide[kind] = !$re2_latin1(operand);
  }
  const known = new Map<number, boolean>();
  return (p, q) => {
    const [a, b] = [kindOf[p]!, kindOf[q]!];
    const key = a * kinds.size + b;
    let overlap = known.get(key);
    if (overlap === undefined) {
      overlap = wide[a]! && wide[b]!;
      for (let word = 0; word < 8 && !overlap; word++) overlap = (low[a * 8 + word]! & low[b * 8 + word]!) !== 0;
      known.set(key, overlap);
    }
    return overlap;
  };
}

/** How many places where two paths meet again a pattern may have (each at most multiplies the paths by its ways). */
const $re2_maxMeetings = 4;

/** What the analysis may still spend (steps examined), so that a pattern known only at run time cannot stall it. */
interface $Re2Budget {
  left: number;
}

/** Thrown when the analysis runs out of budget: the pattern then takes the linear matcher. */
const $re2_overBudget = new Error("RE2 analysis budget spent");

/** Spends `cost` of `budget`, throwing `$re2_overBudget` past it. */
function $re2_spend(budget: $Re2Budget, cost: number): void {
  budget.left -= cost;
  if (budget.left < 0) throw $re2_overBudget;
}

/**
 * Whether the position automaton (`out`: per state, the states it can go to, one entry per way) has exponential or
 * polynomial ambiguity (see the header). The pair automaton's nodes are `p * n + q`.
 */
function $re2_ambiguous(
  out: readonly (readonly number[])[],
  overlap: (p: number, q: number) => boolean,
  budget: $Re2Budget,
): boolean {
  const n = out.length;
  /** The pair nodes one step from `node`, each with whether the step leaves the diagonal by two different ways. */
  const memo = new Map<number, { readonly to: number; readonly diverges: boolean }[]>();
  const steps = (node: number): { readonly to: number; readonly diverges: boolean }[] => {
    const known = memo.get(node);
    if (known !== undefined) return known;
    const [p, q] = [Math.floor(node / n), node % n];
    $re2_spend(budget, out[p]!.length * out[q]!.length);
    const found: { to: number; diverges: boolean }[] = [];
    memo.set(node, found);
    out[p]!.forEach((t1, i) =>
      out[q]!.forEach((t2, j) => {
        if (overlap(t1, t2)) found.push({ to: t1 * n + t2, diverges: p === q && i !== j });
      }),
    );
    return found;
  };
  // Strongly connected components of the pair nodes reachable from the diagonal (Tarjan's, iterative).
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const component = new Map<number, number>();
  const stack: number[] = [];
  const onStack = new Set<number>();
  let counter = 0;
  let components = 0;
  for (let p = 0; p < n; p++) {
    const root = p * n + p;
    if (index.has(root)) continue;
    const work: { node: number; next: number; edges: { to: number; diverges: boolean }[] }[] = [];
    const visit = (node: number) => {
      index.set(node, counter);
      low.set(node, counter++);
      stack.push(node);
      onStack.add(node);
      work.push({ node, next: 0, edges: steps(node) });
    };
    visit(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.next < frame.edges.length) {
        const { to } = frame.edges[frame.next++]!;
        if (!index.has(to)) visit(to);
        else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        for (let member = -1; member !== frame.node;) {
          member = stack.pop()!;
          onStack.delete(member);
          component.set(member, components);
        }
        components++;
      }
    }
  }
  // Per component: a diagonal node, an off-diagonal node, an inner step leaving the diagonal two ways, a cycle.
  const diagonal = new Set<number>();
  const offDiagonal = new Set<number>();
  const diverging = new Set<number>();
  const cyclic = new Set<number>();
  // Where two different paths on one word meet again: without a cycle that multiplies too (`a?a?a?…aaa`, counts
  // expanded), so only a few such places are let through.
  const meetings = new Set<number>();
  for (const [node, c] of component) {
    const onDiagonal = Math.floor(node / n) === node % n;
    (onDiagonal ? diagonal : offDiagonal).add(c);
    for (const { to, diverges } of steps(node)) {
      if (component.get(to) === c) {
        cyclic.add(c);
        if (diverges) diverging.add(c);
      }
      if ((diverges || !onDiagonal) && Math.floor(to / n) === to % n) meetings.add(to);
    }
  }
  if (meetings.size > $re2_maxMeetings) return true;
  // Exponential: two different cycles on one word through a diagonal node.
  for (const c of diagonal) if (offDiagonal.has(c) || diverging.has(c)) return true;
  // Polynomial: p ≠ q with p→p, p→q and q→q on one word, i.e. (p, p, q) reaches (p, q, q) in the triple
  // automaton; tried for the pairs (p, q) on a cycle that (p, p) reaches.
  for (let p = 0; p < n; p++) {
    const seen = new Set<number>([p * n + p]);
    const queue = [p * n + p];
    while (queue.length > 0) {
      const node = queue.pop()!;
      const q = node % n;
      if (Math.floor(node / n) === p && q !== p && cyclic.has(component.get(node)!)) {
        if ($re2_tripleReaches(out, overlap, [p, p, q], [p, q, q], budget)) return true;
      }
      for (const { to } of steps(node))
        if (!seen.has(to)) {
          seen.add(to);
          queue.push(to);
        }
    }
  }
  return false;
}

/**
 * Whether the states `from` read some word together to `to` (each step: three edges whose targets pairwise may share
 * a code point, so a superset).
 */
function $re2_tripleReaches(
  out: readonly (readonly number[])[],
  overlap: (p: number, q: number) => boolean,
  from: readonly [number, number, number],
  to: readonly [number, number, number],
  budget: $Re2Budget,
): boolean {
  const n = out.length;
  const key = (x: number, y: number, z: number): number => (x * n + y) * n + z;
  const goal = key(...to);
  const seen = new Set<number>([key(...from)]);
  const queue: (readonly [number, number, number])[] = [from];
  while (queue.length > 0) {
    const [x, y, z] = queue.pop()!;
    $re2_spend(budget, out[x]!.length * out[y]!.length * out[z]!.length);
    for (const t1 of out[x]!)
      for (const t2 of out[y]!) {
        if (!overlap(t1, t2)) continue;
        for (const t3 of out[z]!) {
          if (!overlap(t1, t3) || !overlap(t2, t3)) continue;
          const next = key(t1, t2, t3);
          if (next === goal) return true;
          if (seen.has(next)) continue;
          seen.add(next);
          queue.push([t1, t2, t3]);
        }
      }
  }
  return false;
}

/** Whether every match must start at the beginning of the text (`^`, `\A`). */
function $re2_anchored(node: $Re2Node): boolean {
  switch (node.kind) {
    case "assert":
      return node.what === "start";
    case "concat":
      return node.items.length > 0 && $re2_anchored(node.items[0]!);
    case "alt":
      return node.branches.every($re2_anchored);
    default:
      return false;
  }
}

/** Whether a node can match unboundedly long text (a `*`, `+` or `{n,}` in it). */
function $re2_unbounded(node: $Re2Node): boolean {
  switch (node.kind) {
    case "concat":
      return node.items.some($re2_unbounded);
    case "alt":
      return node.branches.some($re2_unbounded);
    case "repeat":
      return node.max === -1 || $re2_unbounded(node.body);
    default:
      return false;
  }
}

/** Whether some top-level branch is retried at every offset (unanchored) and can match unboundedly long text. */
function $re2_retried(node: $Re2Node): boolean {
  if (node.kind === "alt") return node.branches.some($re2_retried);
  return !$re2_anchored(node) && $re2_unbounded(node);
}

/** Past this many class occurrences (counts expanded), a pattern is not analysed: it takes the linear matcher. */
const $re2_maxOccurrences = 400;

/**
 * Whether a source `$re2_translate` printed could make V8 backtrack more than linearly: it takes the linear-time
 * matcher then (`$re2_linear`).
 */
function $re2_backtracks(source: string): boolean {
  const root = $re2_parseSource(source);
  if ($re2_retried(root)) return true;
  const a: $Re2Analysis = { follow: [], operands: [], nullableLoop: false };
  const start = $re2_positions(root, a);
  if (a.nullableLoop || a.operands.length > $re2_maxOccurrences) return true;
  // The start state comes last: it reads nothing itself, so it overlaps with nothing.
  const overlaps = $re2_overlaps(a.operands);
  const n = a.operands.length;
  try {
    return $re2_ambiguous([...a.follow, start.first], (p, q) => p < n && q < n && overlaps(p, q), { left: 500_000 });
  } catch (error) {
    if (error === $re2_overBudget) return true;
    throw error;
  }
}

// specgen:strip-begin
// Internals of the generated file, exported here for the unit tests and the generator only.
export { $re2_backtracks };
// specgen:strip-end
