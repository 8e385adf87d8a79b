/**
 * Lays out the statements the guard printer writes (one line per statement, blocks on one line) the way Prettier
 * would print them, so that validator code, the bulk of a large spec's output, needs no formatting pass. It knows
 * only the printer's own small statement language: `if`/`else`, `for`, `switch`/`case`, `try`/`catch`, blocks, and
 * statements ending in `;`, with expressions already printed in Prettier's style. Whatever it cannot vouch for (a
 * line over the print width, a string literal Prettier would requote, a number it would rewrite) is reported, and
 * the caller lets Prettier format that code instead. Tests compare its output with Prettier's.
 */
import { closingBracket, enclosed, splitTopLevel } from '../code-scan.js';

/** Prettier's print width, as the format stage sets it. */
export const PRINT_WIDTH = 120;

/** Laid-out code, and whether it is exactly what Prettier prints. */
export interface Layout {
  readonly text: string;
  readonly canonical: boolean;
}

/**
 * Splits code into statement-level tokens: `{`, `}`, `case …:` labels and statements, outside strings and parens.
 * Tokens are slices of the code (whitespace runs collapsed), not built a character at a time: the validators of a
 * large spec pass through here whole (11 MB for the Stripe-sized one), and a string grown by `+=` per character was
 * an allocation per character.
 */
function tokens(code: string): string[] {
  const out: string[] = [];
  let start = 0;
  let depth = 0;
  const push = (text: string): void => {
    const token = text.trim();
    // Most tokens are one line with single spaces: only the others pay for the replace.
    if (token !== '') out.push(/[^\S ]| {2}/.test(token) ? token.replace(/\s+/g, ' ') : token);
  };
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === '"' || c === "'" || c === '`') {
      // Skip the string: its quote, escapes and all (a quote always closes it; template literals nest nothing here).
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '(' || c === '[') {
      depth++;
    } else if (c === ')' || c === ']') {
      depth--;
    } else if (depth === 0 && c === '{' && /(^|[^=!<>])=\s*$/.test(code.slice(start, i))) {
      // An object literal assigned (`o = { ...v }`), not a block: part of the statement.
      depth++;
    } else if (depth > 0 && c === '{') {
      // An object literal inside a call (`$decoded(x, { a: $dd1 }, ...)`): its closing brace must not close the call.
      depth++;
    } else if (depth > 0 && c === '}') {
      depth--;
    } else if (depth === 0 && c === '{') {
      push(`${code.slice(start, i)} {`);
      start = i + 1;
    } else if (depth === 0 && c === '}') {
      push(code.slice(start, i));
      out.push('}');
      start = i + 1;
    } else if (depth === 0 && (c === ';' || (c === ':' && /^\s*case\b/.test(code.slice(start, i))))) {
      push(code.slice(start, i + 1));
      start = i + 1;
    }
  }
  push(code.slice(start));
  return out;
}

/** Indents statement tokens into lines: `} else {` and `} catch {` joined, `case` labels as Prettier places them. */
export function layout(code: string, indent: number): Layout {
  const lines: string[] = [];
  // One entry per open block: whether it is a switch (its statements sit one level below the `case` labels).
  const blocks: boolean[] = [];
  let level = indent;
  // The last line is a closing brace alone (`} else {` joins it): tracked, not found by trimming every line.
  let closed = false;
  for (const token of tokens(code)) {
    if (token === '}') {
      blocks.pop();
      level -= 1;
      lines.push(`${indentation(level)}}`);
      closed = true;
      continue;
    }
    const inSwitch = blocks[blocks.length - 1] === true;
    if (closed && /^(else|catch)\b/.test(token)) {
      lines[lines.length - 1] = `${lines[lines.length - 1]!} ${token}`;
    } else {
      const depth = inSwitch && !token.startsWith('case ') ? level + 1 : level;
      lines.push(`${indentation(depth)}${token}`);
    }
    closed = false;
    if (token.endsWith('{')) {
      blocks.push(token.startsWith('switch '));
      level += 1;
    }
  }
  // Most lines fit as they are: only an overlong one is broken (into lines of its own).
  const broken: string[] = [];
  let long = false;
  for (const line of lines) {
    if (line.length <= PRINT_WIDTH) {
      broken.push(line);
      continue;
    }
    long = true;
    const laid =
      breakPush(line) ??
      breakCallCondition(line) ??
      breakNegatedChain(line) ??
      breakNegatedAnd(line) ??
      breakIfBody(line) ??
      breakForOfArray(line);
    broken.push(
      ...(laid !== undefined && laid.every((text) => text.length <= PRINT_WIDTH)
        ? laid
        : (keptWhole(line) ?? laid ?? [line])),
    );
  }
  const text = broken.join('\n');
  // Prettier requotes a string holding double quotes, and rewrites exponents (1e+21 → 1e21): line by line only when
  // the code has either, or a line too long, since a line under `// prettier-ignore` is Prettier's as it stands.
  if (!long && !/\\"|\de\+/.test(text)) return { text, canonical: true };
  let canonical = true;
  broken.forEach((line, index) => {
    if (broken[index - 1]?.trim() === PRETTIER_IGNORE) return;
    if (line.length > PRINT_WIDTH || /\\"/.test(line) || /\de\+/.test(line)) canonical = false;
  });
  return { text, canonical };
}

/** Indentation strings by level, built once: every laid-out line starts with one. */
const INDENTATION: readonly string[] = Object.freeze(Array.from({ length: 32 }, (_, level) => '  '.repeat(level)));

/** `level` levels of indentation (two spaces each). */
function indentation(level: number): string {
  return INDENTATION[level] ?? '  '.repeat(level);
}

/** Splits a call's arguments at the top-level commas. */
function splitArguments(text: string): string[] {
  return splitTopLevel(text, ',').map((part) => part.trim());
}

/**
 * An overlong `e.push(error(...));` the way Prettier breaks it: the error on its own line, then, if that is still
 * too long, the error's arguments one per line, each with a trailing comma. Undefined for any other statement.
 */
function breakPush(line: string): string[] | undefined {
  const match = /^(\s*)e\.push\((\$[A-Za-z]+)\((.*)\)\);$/.exec(line);
  if (!match) return undefined;
  const [, indent, callee, args] = match as unknown as [string, string, string, string];
  const inner = `${indent}  ${callee}(${args}),`;
  if (inner.length <= PRINT_WIDTH) return [`${indent}e.push(`, inner, `${indent});`];
  const list = splitArguments(args);
  const last = list[list.length - 1] ?? '';
  // A last argument that is an array is hugged by Prettier ("last-argument expansion"): the others stay on the
  // call's line, the array's elements one per line. An object (or a nested array) is not ours to mimic.
  if (last.startsWith('[') && last.endsWith(']')) {
    const elements = splitArguments(last.slice(1, -1));
    const head = `${indent}  ${callee}(${[...list.slice(0, -1), '['].join(', ')}`;
    if (elements.some((element) => /^[[{]/.test(element))) return undefined;
    return [
      `${indent}e.push(`,
      head,
      ...elements.map((element) => `${indent}    ${element},`),
      `${indent}  ]),`,
      `${indent});`,
    ];
  }
  if (/^[[{]/.test(last)) return undefined;
  return [
    `${indent}e.push(`,
    `${indent}  ${callee}(`,
    ...list.map((arg) => `${indent}    ${arg},`),
    `${indent}  ),`,
    `${indent});`,
  ];
}

/** An import statement as Prettier prints it: on one line when it fits, else one name per line. */
export function printImport(keyword: 'import' | 'import type', names: readonly string[], module: string): string {
  const from = `from ${JSON.stringify(module)};`;
  if (names.length === 0) return `${keyword} {} ${from}`;
  const line = `${keyword} { ${names.join(', ')} } ${from}`;
  return line.length <= PRINT_WIDTH
    ? line
    : [`${keyword} {`, ...names.map((name) => `  ${name},`), `} ${from}`].join('\n');
}

/**
 * An overlong `if (!$guard(...)) {` the way Prettier breaks it when the negated call fits on a line of its own:
 * the condition alone between `if (` and `) {`. Undefined for any other line.
 */
function breakCallCondition(line: string): string[] | undefined {
  const match = /^(\s*)((?:\} else )?if) \((!\$[A-Za-z0-9_$]+\(.*\))\) \{$/.exec(line);
  if (!match) return undefined;
  const [, indent, keyword, condition] = match as unknown as [string, string, string, string];
  const inner = `${indent}  ${condition}`;
  if (inner.length <= PRINT_WIDTH) return [`${indent}${keyword} (`, inner, `${indent}) {`];
  // Still too long: the call's arguments one per line, each with a trailing comma.
  const call = /^(![A-Za-z0-9_$]+)\((.*)\)$/.exec(condition);
  if (!call) return undefined;
  const args = splitArguments(call[2]!);
  // An object between other arguments is never hugged: it stays on its line like any other (`{ a: $dd_SimpleUser }`).
  const middleObject = (arg: string, index: number): boolean =>
    index > 0 && index < args.length - 1 && enclosed(arg, '{', '}');
  if (args.some((arg, index) => !middleObject(arg, index) && /^[[{(]|=>/.test(arg))) return undefined;
  return [
    `${indent}${keyword} (`,
    `${indent}  ${call[1]!}(`,
    ...args.map((arg) => `${indent}    ${arg},`),
    `${indent}  )`,
    `${indent}) {`,
  ];
}

/** Splits an expression at its top-level ` || ` (outside strings, parentheses and brackets). */
function splitOr(text: string): string[] {
  return splitTopLevel(text, ' || ');
}

/**
 * An overlong `if (!(a || b || c)) {` (an enum's membership test) the way Prettier breaks it: `if (!(`, one operand a
 * line ending in `||`, then `)) {`. Undefined for any other line, or an operand with a top-level `&&` or `?`.
 */
function breakNegatedChain(line: string): string[] | undefined {
  const match = /^(\s*)if \(!\((.*)\)\) \{$/.exec(line);
  if (!match) return undefined;
  const [, indent, chain] = match as unknown as [string, string, string];
  const operands = splitOr(chain);
  if (operands.length < 2 || operands.some((operand) => splitArguments(operand).length > 1)) return undefined;
  if (operands.some((operand) => /&&|\?/.test(operand.replace(/\([^()]*\)|"(?:[^"\\]|\\.)*"/g, '')))) return undefined;
  return [
    `${indent}if (!(`,
    ...operands.map((operand, index) => `${indent}  ${operand}${index < operands.length - 1 ? ' ||' : ''}`),
    `${indent})) {`,
  ];
}

/**
 * An overlong `if (test) statement;` (no block) the way Prettier breaks it when the test fits its line: the statement
 * on the next line, two spaces in. Undefined for any other line, or when either part is still too long.
 */
function breakIfBody(line: string): string[] | undefined {
  // `else if`: a key walk's chain of reads (print/guard/keyed.ts), broken the same way.
  const match = /^(\s*)(?:else )?if \(/.exec(line);
  if (!match) return undefined;
  const indent = match[1]!;
  const close = closingBracket(line, match[0].length - 1);
  if (close < 0) return undefined;
  const head = line.slice(0, close + 1);
  const body = line.slice(close + 1).trim();
  if (body.startsWith('{') || !body.endsWith(';')) return undefined;
  const statement = `${indent}  ${body}`;
  if (statement.length > PRINT_WIDTH) return undefined;
  if (head.length <= PRINT_WIDTH) return [head, statement];
  if (line.trimStart().startsWith('else')) return undefined;
  // The test too: one `&&` operand a line, then `)` and the statement.
  const operands = splitTopLevel(head.slice(match[0].length, -1), ' && ');
  if (operands.length < 2 || operands.some((operand) => splitTopLevel(operand, ' || ').length > 1)) return undefined;
  const lines = [
    `${indent}if (`,
    ...operands.map((operand, index) => `${indent}  ${operand}${index < operands.length - 1 ? ' &&' : ''}`),
    `${indent})`,
    statement,
  ];
  return lines.every((text) => text.length <= PRINT_WIDTH) ? lines : undefined;
}

/**
 * An overlong `for (const x of [a, b, c]) {` (a union's alternatives, one guard each) as Prettier prints it: the
 * array hugged, one element a line. Undefined for any other line, or elements that are not plain names (numbers
 * Prettier would fill several to a line).
 */
function breakForOfArray(line: string): string[] | undefined {
  const match = /^(\s*)(for \(const [\w$]+ of )\[(.*)\]\) \{$/.exec(line);
  if (!match) return undefined;
  const [, indent, head, list] = match as unknown as [string, string, string, string];
  const elements = splitArguments(list);
  if (elements.length === 0 || elements.some((element) => !/^[A-Za-z_$][\w$]*$/.test(element))) return undefined;
  return [`${indent}${head}[`, ...elements.map((element) => `${indent}  ${element},`), `${indent}]) {`];
}

const PRETTIER_IGNORE = '// prettier-ignore';

/**
 * An overlong simple statement no rule above breaks (a compiled CEL expression: nested conditionals and calls that
 * only Prettier's full expression printer would lay out) kept whole on its line under `// prettier-ignore`, which
 * Prettier honours by printing the statement as it is: the output stays what Prettier prints without handing it the
 * chunk. Undefined for block openers and closers, `if`/`for`/`case` lines and anything not ending its statement.
 */
function keptWhole(line: string): string[] | undefined {
  const indent = /^\s*/.exec(line)![0];
  const statement = line.slice(indent.length);
  if (!statement.endsWith(';') || /^(?:[}]|if\b|else\b|for\b|while\b|case\b|switch\b|\/\/)/.test(statement))
    return undefined;
  return [`${indent}${PRETTIER_IGNORE}`, line];
}

/**
 * An overlong `if (!(a && (b || c))) {` (the ObjectMeta name-or-generateName rule) the way Prettier breaks it:
 * `if (!(`, one `&&` operand a line, a parenthesised `||` chain that does not fit its line broken after each `||`
 * with the rest four spaces in, then `)) {`. Undefined for any other line, or an operand with a top-level `?`.
 */
function breakNegatedAnd(line: string): string[] | undefined {
  const match = /^(\s*)if \(!\((.*)\)\) \{$/.exec(line);
  if (!match) return undefined;
  const [, indent, chain] = match as unknown as [string, string, string];
  const operands = splitTopLevel(chain, ' && ');
  if (operands.length < 2 || operands.some((operand) => splitTopLevel(operand, ' || ').length > 1)) return undefined;
  if (operands.some((operand) => splitTopLevel(operand, ' ? ').length > 1)) return undefined;
  const lines = [`${indent}if (!(`];
  for (const [index, operand] of operands.entries()) {
    const end = index < operands.length - 1 ? ' &&' : '';
    const whole = `${indent}  ${operand}${end}`;
    if (whole.length <= PRINT_WIDTH) {
      lines.push(whole);
      continue;
    }
    const parts = enclosed(operand, '(', ')') ? splitTopLevel(operand.slice(1, -1), ' || ') : [];
    if (parts.length < 2) return undefined;
    parts.forEach((part, at) => {
      const first = at === 0;
      const last = at === parts.length - 1;
      lines.push(`${indent}${first ? '  (' : '    '}${part}${last ? `)${end}` : ' ||'}`);
    });
  }
  lines.push(`${indent})) {`);
  return lines.every((text) => text.length <= PRINT_WIDTH) ? lines : undefined;
}

/** A regular expression literal's `.test(x)`: a call Prettier never breaks before its parentheses. */
const REGEX_TEST = /^\/(?:[^/\\[\n]|\\.|\[(?:[^\]\\\n]|\\.)*\])+\/[a-z]*\.test\((\w+)\)$/;

/**
 * An arrow function too long for its line (a format check, `(s: string): boolean => body`): Prettier moves a `&&`
 * chain or a regular expression's `.test(s)` to the next line, and breaks the test's parentheses when the literal,
 * which cannot break, is still too long there. Undefined for any other body.
 */
function layArrowBody(indent: string, head: string, body: string, tail: string): string | undefined {
  const regexTest = REGEX_TEST.exec(body);
  if (regexTest === null) {
    // Operands without a regular expression (whose text the scanner cannot read), `?` or a top-level `||`.
    const plain = (operand: string): boolean =>
      REGEX_TEST.test(operand) ||
      (!/[/`?]|^[[{]|=>/.test(operand) && !operand.replace(/\([^()]*\)|"(?:[^"\\]|\\.)*"/g, '').includes('||'));
    const chain = splitTopLevel(body, ' && ');
    if (chain.length < 2 || !chain.every(plain)) return undefined;
  }
  const next = `${indent}  ${body}${tail}`;
  if (next.length <= PRINT_WIDTH) return `${indent}${head}\n${next}`;
  if (regexTest === null) return undefined;
  const open = body.slice(0, -regexTest[1]!.length - 1);
  return `${indent}${head}\n${indent}  ${open}\n${indent}    ${regexTest[1]!},\n${indent}  )${tail}`;
}

/**
 * `indent + head + call + tail` (a call statement such as `return $is(guard, value, options);`) as Prettier prints
 * it: on one line when it fits, else the call's arguments one a line with trailing commas. Undefined when an argument
 * does not fit its line or is one Prettier hugs (an object, array, function or parenthesised expression).
 */
export function layCall(indent: string, head: string, call: string, tail: string): string | undefined {
  const line = `${indent}${head}${call}${tail}`;
  if (line.length <= PRINT_WIDTH) return line;
  const arrow = /^\(\w+: \w+\): \w+ =>/.exec(call);
  if (arrow !== null) return layArrowBody(indent, `${head}${arrow[0]}`, call.slice(arrow[0].length + 1), tail);
  const match = /^([^(]+)\((.*)\)$/s.exec(call);
  if (!match) return undefined;
  const args = splitArguments(match[2]!);
  const [only] = args;
  if (args.length === 1 && enclosed(only!, '[', ']')) {
    // A sole array argument is hugged (`new Set([`), its elements one a line; numbers Prettier would fill instead.
    const elements = splitArguments(only!.slice(1, -1));
    if (elements.some((element) => element === '' || /^[[{(-]|^\d|=>|\n/.test(element))) return undefined;
    const lines = [
      `${indent}${head}${match[1]!}([`,
      ...elements.map((element) => `${indent}  ${element},`),
      `${indent}])${tail}`,
    ];
    return lines.every((text) => text.length <= PRINT_WIDTH) ? lines.join('\n') : undefined;
  }
  if (args.some((arg) => arg === '' || /^[[{(]|=>|\n/.test(arg))) return undefined;
  const lines = [`${indent}${head}${match[1]!}(`, ...args.map((arg) => `${indent}  ${arg},`), `${indent})${tail}`];
  // A string literal cannot be broken: on its own line it may pass the width, as Prettier leaves it.
  const fits = (text: string): boolean => text.length <= PRINT_WIDTH || /^\s*"(?:[^"\\]|\\.)*",$/.test(text);
  return lines.every(fits) ? lines.join('\n') : undefined;
}
