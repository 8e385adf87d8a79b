// Parameters in the client view: as properties of a parameters type, and as the path and query parts of a recipe.
import type { Operation, Parameter, Property } from '../../ir.js';
import { printList } from '../../print/literal.js';

/** A parameter as a property of its operation's parameters type. */
export function parameterProperty(parameter: Parameter): Property {
  return {
    name: parameter.key,
    type: parameter.type,
    required: { request: parameter.required, response: parameter.required },
    readOnly: false,
    nonNullInRequest: false,
    doc: parameter.doc,
  };
}

/**
 * The literal text of a path as it goes into a URL: what a path segment may hold stays (RFC 3986 `pchar` and `/`,
 * `%XX` escapes included), anything else is percent-encoded, so that no `?`, `#` or space in the spec's path can
 * end the path early.
 */
function encodePathLiteral(text: string): string {
  return text.replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/%]+/g, (match) => encodeURIComponent(match));
}

/** The path as literal parts (URL-encoded) and parameter keys, alternating, starting with a literal part. */
export function pathParts(operation: Operation): string[] {
  const parts: string[] = [''];
  for (const piece of operation.path.split(/(\{[^}]+\})/).filter((part) => part.length > 0)) {
    const match = /^\{(.+)\}$/.exec(piece);
    if (match) parts.push(match[1]!, '');
    else parts[parts.length - 1] += encodePathLiteral(piece);
  }
  return parts;
}

/**
 * The query recipe as an array literal laid out as Prettier prints it: one entry inline, several one per line (an
 * array of arrays always breaks).
 */
export function queryRecipe(operation: Operation, kubernetes: boolean): string {
  // Kubernetes query parameters are primitives: their recipes keep the short form (no style), unless one keeps its
  // reserved characters, which only the styled serializer does (`styles` is then named: queryNeedsStyles).
  const entries = operation.parameters.query.map((parameter) =>
    printList([
      parameter.name,
      parameter.key,
      parameter.explode,
      ...(kubernetes && !parameter.allowReserved ? [] : [parameter.style ?? 'form']),
      ...(parameter.allowReserved ? [true] : []),
    ]),
  );
  return entries.length <= 1 ? `[${entries.join('')}]` : `[\n${entries.map((entry) => `  ${entry},`).join('\n')}\n]`;
}

/** Whether an operation's query recipe has a styled entry (queryRecipe), so its recipe must name `$styles`. */
export function queryNeedsStyles(operation: Operation, kubernetes: boolean): boolean {
  return operation.parameters.query.some((parameter) => !kubernetes || parameter.allowReserved === true);
}
