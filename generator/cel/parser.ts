/**
 * CEL tokens → AST, by precedence climbing. Precedence, lowest first: `?:`, `||`, `&&`, relations
 * (`== != < <= > >= in`), `+ -`, `* / %`, unary `! -`, then member, index and call.
 */
import { CEL_RESERVED, CelSyntaxError, type Token, tokenize } from './lexer.js';

export { CEL_RESERVED };

/** A CEL expression; `offset` is where it starts in the rule, for error messages. */
export type CelNode =
  | {
      readonly kind: 'literal';
      readonly type: 'int' | 'uint' | 'double' | 'string' | 'bool' | 'null';
      readonly value: number | string | boolean | null;
      readonly offset: number;
    }
  | { readonly kind: 'ident'; readonly name: string; readonly offset: number }
  | {
      readonly kind: 'list';
      readonly items: readonly CelNode[];
      /** Which items are optional (`[?x]`: left out when `x` is `optional.none()`); absent when none is. */
      readonly optional?: readonly boolean[];
      readonly offset: number;
    }
  | {
      readonly kind: 'map';
      readonly entries: readonly { readonly key: CelNode; readonly value: CelNode; readonly optional?: boolean }[];
      readonly offset: number;
    }
  | {
      readonly kind: 'select';
      readonly target: CelNode;
      readonly field: string;
      /** Written in backquotes: the property name as it is, never a Kubernetes-escaped name. */
      readonly quoted?: boolean;
      /** `x.?field`: an optional. */
      readonly optional?: boolean;
      readonly offset: number;
    }
  | {
      readonly kind: 'index';
      readonly target: CelNode;
      readonly index: CelNode;
      /** `x[?index]`: an optional. */
      readonly optional?: boolean;
      readonly offset: number;
    }
  | {
      readonly kind: 'call';
      readonly target: CelNode | undefined;
      readonly name: string;
      readonly args: readonly CelNode[];
      readonly offset: number;
    }
  | { readonly kind: 'unary'; readonly op: '!' | '-'; readonly operand: CelNode; readonly offset: number }
  | {
      readonly kind: 'binary';
      readonly op: BinaryOperator;
      readonly left: CelNode;
      readonly right: CelNode;
      readonly offset: number;
    }
  | {
      readonly kind: 'conditional';
      readonly test: CelNode;
      readonly then: CelNode;
      readonly otherwise: CelNode;
      readonly offset: number;
    };

/** The binary operators, `&&` and `||` included. */
export type BinaryOperator = '||' | '&&' | '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | '+' | '-' | '*' | '/' | '%';

/** Deeper expressions are rejected: a hostile rule of 10,000 parentheses must not overflow the stack. */
export const MAX_CEL_NESTING = 200;

/** Binding power of each binary operator; higher binds tighter. */
const PRECEDENCE: Readonly<Record<BinaryOperator, number>> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 3,
  '<=': 3,
  '>': 3,
  '>=': 3,
  in: 3,
  '+': 4,
  '-': 4,
  '*': 5,
  '/': 5,
  '%': 5,
};

/** Parses a CEL rule; throws `CelSyntaxError` with the offset of the problem. */
export function parseCel(text: string): CelNode {
  const parser = new Parser(tokenize(text));
  const node = parser.expression();
  parser.expectEnd();
  checkDepth(node);
  return node;
}

/**
 * Rejects a tree deeper than the limit, walking it without recursion: the parser bounds its own recursion, but a flat
 * chain (`a + a + a …`, `a.b.c.d …`) still builds a deep left spine that the compiler would recurse into.
 */
function checkDepth(root: CelNode): void {
  const stack: [CelNode, number][] = [[root, 1]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, depth] = item;
    if (depth > MAX_CEL_NESTING) {
      throw new CelSyntaxError(`expression nested too deeply (more than ${MAX_CEL_NESTING} levels)`, node.offset);
    }
    for (const child of children(node)) stack.push([child, depth + 1]);
  }
}

/** The direct subexpressions of a node. */
export function children(node: CelNode): readonly CelNode[] {
  switch (node.kind) {
    case 'literal':
    case 'ident':
      return [];
    case 'list':
      return node.items;
    case 'map':
      return node.entries.flatMap((entry) => [entry.key, entry.value]);
    case 'select':
      return [node.target];
    case 'index':
      return [node.target, node.index];
    case 'call':
      return node.target === undefined ? node.args : [node.target, ...node.args];
    case 'unary':
      return [node.operand];
    case 'binary':
      return [node.left, node.right];
    case 'conditional':
      return [node.test, node.then, node.otherwise];
  }
}

/** One parse of one token list; the cursor and nesting depth are its only state. */
class Parser {
  private at = 0;
  private depth = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  private peek(): Token {
    return this.tokens[this.at]!;
  }

  private next(): Token {
    const token = this.tokens[this.at]!;
    if (token.kind !== 'eof') this.at++;
    return token;
  }

  private isPunct(value: string): boolean {
    const token = this.peek();
    return token.kind === 'punct' && token.value === value;
  }

  private expect(value: string): Token {
    const token = this.next();
    if (token.kind !== 'punct' || token.value !== value) throw unexpected(token, `"${value}"`);
    return token;
  }

  expectEnd(): void {
    const token = this.peek();
    if (token.kind !== 'eof') throw unexpected(token, 'end of expression');
  }

  /** Runs `parse` one level deeper, failing cleanly past the nesting limit. */
  private nested<T>(offset: number, parse: () => T): T {
    if (++this.depth > MAX_CEL_NESTING) {
      throw new CelSyntaxError(`expression nested too deeply (more than ${MAX_CEL_NESTING} levels)`, offset);
    }
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  /**
   * `test ? then : otherwise`; as in CEL's grammar, only `otherwise` may itself be a conditional. Every nested
   * expression passes here, so this is where depth is counted.
   */
  expression(): CelNode {
    return this.nested(this.peek().offset, () => {
      const test = this.binary(1);
      if (!this.isPunct('?')) return test;
      this.next();
      const then = this.binary(1);
      this.expect(':');
      const otherwise = this.expression();
      return { kind: 'conditional', test, then, otherwise, offset: test.offset };
    });
  }

  /** Binary operators binding at least as tightly as `min`, left-associative. */
  private binary(min: number): CelNode {
    let left = this.unary();
    for (;;) {
      const token = this.peek();
      const op = binaryOperator(token);
      if (op === undefined || PRECEDENCE[op] < min) return left;
      this.next();
      const right = this.binary(PRECEDENCE[op] + 1);
      left = { kind: 'binary', op, left, right, offset: token.offset };
    }
  }

  /**
   * `!x`, `-x`. As cel-go's parser does (VisitLogicalNot, VisitNegate), a run of the same operator counts by parity:
   * `!!x` is `x` itself, `!!!x` is `!x`.
   */
  private unary(): CelNode {
    const token = this.peek();
    if (token.kind === 'punct' && (token.value === '!' || token.value === '-')) {
      let count = 0;
      while (this.isPunct(token.value)) {
        this.next();
        count++;
      }
      const operand = this.nested(token.offset, () => this.unary());
      return count % 2 === 0 ? operand : { kind: 'unary', op: token.value, operand, offset: token.offset };
    }
    return this.member();
  }

  /** A primary followed by `.field`, `.method(args)`, `[index]`. */
  private member(): CelNode {
    let node = this.primary();
    for (;;) {
      const token = this.peek();
      if (token.kind !== 'punct' || (token.value !== '.' && token.value !== '[')) return node;
      this.next();
      if (token.value === '[') {
        const optional = this.optionalMark();
        const index = this.expression();
        this.expect(']');
        node = { kind: 'index', target: node, index, offset: token.offset, ...(optional ? { optional } : {}) };
        continue;
      }
      const optional = this.optionalMark();
      const name = this.fieldName();
      const flags = { ...(optional ? { optional } : {}), ...(name.kind === 'quoted' ? { quoted: true } : {}) };
      if (!optional && name.kind === 'ident' && this.isPunct('(')) {
        node = { kind: 'call', target: node, name: name.value, args: this.arguments(')'), offset: name.offset };
      } else {
        node = { kind: 'select', target: node, field: name.value, offset: name.offset, ...flags };
      }
    }
  }

  private primary(): CelNode {
    const token = this.next();
    switch (token.kind) {
      case 'int':
      case 'uint':
      case 'double':
      case 'string':
        return { kind: 'literal', type: token.kind, value: token.value, offset: token.offset };
      case 'bytes':
        throw new CelSyntaxError('bytes literals are not supported', token.offset);
      case 'ident': {
        if (token.value === 'true' || token.value === 'false') {
          return { kind: 'literal', type: 'bool', value: token.value === 'true', offset: token.offset };
        }
        if (token.value === 'null') return { kind: 'literal', type: 'null', value: null, offset: token.offset };
        checkIdentifier(token);
        if (this.isPunct('(')) {
          return {
            kind: 'call',
            target: undefined,
            name: token.value,
            args: this.arguments(')'),
            offset: token.offset,
          };
        }
        return { kind: 'ident', name: token.value, offset: token.offset };
      }
      case 'punct':
        if (token.value === '(') {
          const inner = this.expression();
          this.expect(')');
          return inner;
        }
        if (token.value === '[') return this.list(token.offset);
        if (token.value === '{') return this.map(token.offset);
        if (token.value === '.')
          throw new CelSyntaxError('qualified identifiers (leading ".") are not supported', token.offset);
        throw unexpected(token, 'an expression');
      case 'quoted':
      case 'eof':
        throw unexpected(token, 'an expression');
    }
  }

  /**
   * A field or method name after `.`, or a backquoted field name. cel-go's parser takes reserved words here, but
   * Kubernetes declares such properties as `__namespace__`, so the API server's checker refuses `self.namespace`.
   */
  private fieldName(): { readonly kind: 'ident' | 'quoted'; readonly value: string; readonly offset: number } {
    const token = this.next();
    if (token.kind !== 'ident' && token.kind !== 'quoted') throw unexpected(token, 'a field name');
    if (token.kind === 'ident') checkIdentifier(token);
    return { kind: token.kind, value: token.value, offset: token.offset };
  }

  /** A comma-separated list up to `close` (a trailing comma is allowed); the opening token is already read. */
  private arguments(close: ')' | ']'): CelNode[] {
    if (close === ')') this.expect('(');
    const items: CelNode[] = [];
    while (!this.isPunct(close)) {
      items.push(this.expression());
      if (!this.isPunct(',')) break;
      this.next();
    }
    this.expect(close);
    return items;
  }

  /** `?` before an optional field, index, list item or map entry: consumed, and whether it was there. */
  private optionalMark(): boolean {
    if (!this.isPunct('?')) return false;
    this.next();
    return true;
  }

  /** A list literal; the `[` is already read. */
  private list(offset: number): CelNode {
    const items: CelNode[] = [];
    const optional: boolean[] = [];
    while (!this.isPunct(']')) {
      optional.push(this.optionalMark());
      items.push(this.expression());
      if (!this.isPunct(',')) break;
      this.next();
    }
    this.expect(']');
    return { kind: 'list', items, offset, ...(optional.includes(true) ? { optional } : {}) };
  }

  private map(offset: number): CelNode {
    const entries: { key: CelNode; value: CelNode; optional?: boolean }[] = [];
    while (!this.isPunct('}')) {
      const optional = this.optionalMark();
      const key = this.expression();
      this.expect(':');
      const value = this.expression();
      entries.push(optional ? { key, value, optional } : { key, value });
      if (!this.isPunct(',')) break;
      this.next();
    }
    this.expect('}');
    return { kind: 'map', entries, offset };
  }
}

function binaryOperator(token: Token): BinaryOperator | undefined {
  if (token.kind === 'ident' && token.value === 'in') return 'in';
  if (token.kind === 'punct' && Object.prototype.hasOwnProperty.call(PRECEDENCE, token.value)) {
    return token.value as BinaryOperator;
  }
  return undefined;
}

function checkIdentifier(token: Token): void {
  if (token.kind === 'ident' && CEL_RESERVED.has(token.value)) {
    throw new CelSyntaxError(`reserved word "${token.value}" cannot be an identifier`, token.offset);
  }
}

function unexpected(token: Token, wanted: string): CelSyntaxError {
  const found =
    token.kind === 'eof' ? 'end of expression' : token.kind === 'string' ? 'a string' : `"${String(token.value)}"`;
  return new CelSyntaxError(`expected ${wanted}, found ${found}`, token.offset);
}
