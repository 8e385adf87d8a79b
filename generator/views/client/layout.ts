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

/**
 * The parameters type of an operation whose only parameter is a body offered in several media types: the union of
 * its one-line variants as Prettier prints it after `export type Name =` (on that line when it fits, else on the next
 * line, else one member a line; `broken` says it starts on the next line). Undefined when a member is too long.
 */
export function choiceLayout(
  name: string,
  variants: readonly string[],
): { readonly text: string; readonly broken: boolean } | undefined {
  const union = variants.join(' | ');
  if (`export type ${name} = ${union};`.length <= PRINT_WIDTH) return { text: union, broken: false };
  if (`  ${union};`.length <= PRINT_WIDTH) return { text: union, broken: true };
  const lines = variants.map((variant) => `  | ${variant};`);
  return lines.every((line) => line.length <= PRINT_WIDTH)
    ? { text: variants.map((variant) => `| ${variant}`).join('\n  '), broken: true }
    : undefined;
}

/** One variant of a Kubernetes PATCH's parameters: its own members, an optional `{ force?: never }`, the body. */
export interface PatchVariant {
  readonly properties: readonly Property[];
  /** Between the members' object and the body's: ` & { force?: never }` or ''. */
  readonly between: string;
  /** The body union's members: `JsonPatch`, `MergePatch<Pod>`, `StrategicMergePatch<Pod>`. */
  readonly patch: readonly string[];
}

/**
 * `base & ((variant) | (variant))`, the parameters of a Kubernetes PATCH, as Prettier prints it: the union on lines
 * of its own, each variant's members object broken, `{ patch: ... }` on the closing brace's line when it fits, else
 * broken with the body union on the member's line, the next, or one member a line. Undefined for any other shape
 * (fewer than two variants, an empty object, a union member too long for a line): left to the format stage.
 */
export function patchParamsLayout(base: readonly Property[], variants: readonly PatchVariant[]): string | undefined {
  if (base.length === 0 || variants.length < 2 || variants.some((variant) => variant.properties.length === 0))
    return undefined;
  const printed = variants.map((variant) => {
    // Members at column 6: `  | ({` opens the object, its closing brace sits at column 4.
    const object = printType({ kind: 'object', properties: variant.properties }, 4).replace(/\n/g, '\n    ');
    const union = variant.patch.join(' | ');
    const close = `    }${variant.between} & { patch: ${union} })`;
    if (close.length <= PRINT_WIDTH) return `  | (${object.replace(/\n {4}\}$/, '')}\n${close}`;
    const member = `      patch: ${union};`;
    const next = `        ${union};`;
    const each = variant.patch.map(
      (type, index) => `        | ${type}${index === variant.patch.length - 1 ? ';' : ''}`,
    );
    const body =
      member.length <= PRINT_WIDTH
        ? member
        : next.length <= PRINT_WIDTH
          ? `      patch:\n${next}`
          : variant.patch.length > 1 && each.every((line) => line.length <= PRINT_WIDTH)
            ? `      patch:\n${each.join('\n')}`
            : '';
    if (body === '') return undefined;
    return `  | (${object.replace(/\n {4}\}$/, '')}\n    }${variant.between} & {\n${body}\n    })`;
  });
  if (printed.some((variant) => variant === undefined)) return undefined;
  return `${objectLiteral(base)} & (\n${printed.join('\n')}\n)`;
}
