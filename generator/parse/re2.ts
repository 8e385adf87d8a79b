/**
 * Located warnings for RE2 patterns the generated validators cannot check (Kubernetes APIs: `pattern`,
 * `patternProperties` keys, and literal patterns of CEL's `matches()`, `find()`, `findAll()`): Go's regexp refuses
 * them (so does the API server), or JavaScript has no equivalent. The validators fail closed on them
 * (generator/print/guard/pattern.ts; CEL: the rule fails to evaluate), so the warning says so.
 */
import { parseCel } from '../cel/parser.js';
import type { Re2 } from '../re2.js';

/** Where a warning goes: `SchemaContext.report`'s shape. */
type Report = (diagnostic: { message: string; pointer: string; severity: 'warning' }) => void;

/** Why a RE2 pattern cannot be checked, or undefined when it translates. */
function refusal(pattern: string, re2: Re2): string | undefined {
  const translated = re2.translate(pattern);
  if (translated.ok) return undefined;
  return `${translated.invalid ? 'is not valid RE2' : 'has no JavaScript equivalent'} (${translated.message})`;
}

/** Warns at `pointer` when a schema's RE2 pattern cannot be checked. */
export function checkRe2Pattern(pattern: unknown, pointer: string, re2: Re2, report: Report): void {
  if (typeof pattern !== 'string') return;
  const why = refusal(pattern, re2);
  if (why !== undefined)
    report({
      message: `pattern ${JSON.stringify(pattern)} ${why}; the validator rejects every value`,
      pointer,
      severity: 'warning',
    });
}

/** The CEL functions whose pattern argument is RE2. */
const REGEX_FUNCTIONS = new Set(['matches', 'find', 'findAll']);

/** Warns at the rule's `pointer` for each literal RE2 pattern in a CEL rule that cannot be checked. */
export function checkCelPatterns(rule: string, pointer: string, re2: Re2, report: Report): void {
  for (const pattern of celRegexLiterals(rule)) {
    const why = refusal(pattern, re2);
    if (why !== undefined)
      report({
        message: `CEL pattern ${JSON.stringify(pattern)} ${why}; the rule fails on every value it reaches`,
        pointer,
        severity: 'warning',
      });
  }
}

/** The literal RE2 patterns a CEL rule passes to `matches`, `find` or `findAll` (none when the rule does not parse). */
export function celRegexLiterals(rule: string): string[] {
  return celRegexPatterns(rule).literals;
}

/**
 * The patterns a CEL rule passes to `matches`, `find` or `findAll`: the literal ones, and whether some other one is
 * computed when the rule runs (`dynamic`: the package then needs the RE2 translator at run time).
 */
export function celRegexPatterns(rule: string): { readonly literals: string[]; readonly dynamic: boolean } {
  // A call to one of them names it in the text: most rules need no parse here (the compiler parses each rule anyway).
  if (!rule.includes('matches') && !rule.includes('find')) return { literals: [], dynamic: false };
  try {
    const patterns = patternArguments(parseCel(rule));
    return {
      literals: patterns.flatMap((pattern) =>
        pattern?.['kind'] === 'literal' && typeof pattern['value'] === 'string' ? [pattern['value']] : [],
      ),
      dynamic: patterns.some((pattern) => pattern?.['kind'] !== 'literal' || typeof pattern['value'] !== 'string'),
    };
  } catch {
    return { literals: [], dynamic: false }; // The rule's own compile error is reported where it is compiled.
  }
}

/** The pattern argument of every call to the regex functions anywhere in a CEL AST (walked generically, by shape). */
function patternArguments(node: unknown): (Record<string, unknown> | undefined)[] {
  if (Array.isArray(node)) return node.flatMap(patternArguments);
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  const found = Object.values(record).flatMap(patternArguments);
  if (record['kind'] === 'call' && typeof record['name'] === 'string' && REGEX_FUNCTIONS.has(record['name'])) {
    const args = Array.isArray(record['args']) ? (record['args'] as unknown[]) : [];
    found.push(args[record['target'] === undefined ? 1 : 0] as Record<string, unknown> | undefined);
  }
  return found;
}
