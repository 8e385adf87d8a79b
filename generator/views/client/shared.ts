import { derivedName } from '../../names.js';
import type { SharedView } from '../client.js';
import { laidOut } from './layout.js';

/**
 * Declarations shared between operations: Kubernetes has hundreds of operations with the same parameters (every
 * namespaced list takes the same eleven query parameters, with long docs); declaring each once keeps client.ts small.
 */
export class SharedDeclarations {
  /** Object literal parts with a member type spanning lines: their layout is left to the format stage. */
  readonly nonFlat = new Set<string>();
  private readonly paramsByText = new Map<string, { name?: string; count: number }>();
  private readonly queriesByText = new Map<string, string>();

  constructor(private readonly taken: Set<string>) {}

  /** Counts a parameters type; `resolve` later names it if more than one operation uses it. */
  params(declaration: string): string {
    const entry = this.paramsByText.get(declaration) ?? { count: 0 };
    entry.count++;
    this.paramsByText.set(declaration, entry);
    return declaration;
  }

  /** The constant holding a query recipe, created on first use. */
  query(recipe: string): string {
    let name = this.queriesByText.get(recipe);
    if (name === undefined) {
      name = `$query${this.queriesByText.size + 1}`;
      this.queriesByText.set(recipe, name);
    }
    return name;
  }

  /** Names every parameters type used more than once, in order of first use. */
  sharedParams(): SharedView[] {
    const views: SharedView[] = [];
    for (const [value, entry] of this.paramsByText) {
      if (entry.count < 2) continue;
      entry.name = derivedName(`SharedParams${views.length + 1}`, this.taken);
      this.taken.add(entry.name);
      views.push({
        name: entry.name,
        value,
        canonical: laidOut(`export type ${entry.name} = ${value};`, this.nonFlat),
      });
    }
    return views;
  }

  /** A declaration with every shared part replaced by its name (parts are whole types, or `own & shared`). */
  declarationOf(declaration: string): string {
    const whole = this.paramsByText.get(declaration)?.name;
    if (whole !== undefined) return whole;
    // `endsWith(text)` then the ` & ` before it: no string built per operation and shared part (Kubernetes: a
    // thousand operations, hundreds of parts).
    for (const [text, entry] of this.paramsByText) {
      const at = declaration.length - text.length;
      if (entry.name !== undefined && at >= 3 && declaration.endsWith(text) && declaration.startsWith(' & ', at - 3))
        return `${declaration.slice(0, at)}${entry.name}`;
    }
    return declaration;
  }

  queries(): SharedView[] {
    return [...this.queriesByText].map(([value, name]) => ({
      name,
      value,
      canonical: laidOut(`const ${name} = ${value} as const;`, this.nonFlat),
    }));
  }
}
