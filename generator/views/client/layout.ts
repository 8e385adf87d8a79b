// Layout of client declarations as Prettier prints them, and whether a declaration is already laid out.
import type { Property } from '../../ir.js';
import { PRINT_WIDTH } from '../../print/layout.js';
import { printType } from '../../print/type.js';

/** A block of lines moved one level in. */
export function indentBlock(text: string): string {
  return text === ''
    ? ''
    : text
        .split('\n')
        .map((line) => `  ${line}`)
        .join('\n');
}

/** An object type literal of properties; `{}` when there are none (never `Record<string, never>`, which rejects keys). */
export function objectLiteral(properties: readonly Property[]): string {
  if (properties.length === 0) return '{}';
  // Members one level in and nested literals relative to their line, as Prettier prints them (printType).
  return printType({ kind: 'object', properties });
}

/**
 * Whether declaration code is already as Prettier prints it: members on one line each within the width, and no
 * literal Prettier would rewrite. A member type spanning lines (an inline object) leaves it to the format stage.
 */
export function laidOut(code: string, nonFlat: ReadonlySet<string>): boolean {
  for (const text of nonFlat) if (code.includes(text)) return false;
  // Prettier never reflows comments: only code lines must fit.
  const codeLines = code.split('\n').filter((line) => !/^\s*(\/\*\*|\*|\/\/)/.test(line));
  return codeLines.every((line) => line.length <= PRINT_WIDTH) && !/\\"|\de\+/.test(code);
}
