/**
 * What an OpenShift API reference page says, whichever form it was read from (AsciiDoc source or plain-text
 * rendering): the neutral model between the page parsers and the OpenAPI builders.
 */
import type { Diagnostic } from '../errors.js';

/** A 1-based line and column in a page. */
export interface Place {
  readonly line: number;
  readonly column: number;
}

/**
 * A documented type, as written in a "Type" cell: a plain name (`string`, `object`, `array`, `Time`,
 * `ObjectMeta_v3`, `integer-or-string`), `array (X)`, `object (X)` (a map), or a cross-reference to an object.
 */
export type DocType =
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'array'; readonly items: DocType }
  | { readonly kind: 'map'; readonly values: DocType }
  | { readonly kind: 'xref'; readonly anchor: string; readonly label: string };

/** One row of a property table; `name` ends in `[]` for the row that documents an array's items. */
export interface DocProperty {
  readonly name: string;
  readonly type: DocType;
  readonly description: string;
  readonly place: Place;
}

/** One documented object: the page's own (`path` `''`) or a nested `.path` section (`.spec`, `.status.items[]`). */
export interface DocObject {
  readonly path: string;
  readonly description?: string;
  readonly type?: DocType;
  readonly required: readonly string[];
  readonly properties: readonly DocProperty[];
  readonly place: Place;
}

/** One documented parameter of an endpoint or an operation. */
export interface DocParameter {
  readonly name: string;
  readonly in: 'path' | 'query';
  readonly type: DocType;
  readonly description: string;
  readonly place: Place;
}

/** One documented response: `200 - OK` and its body type (none for `Empty`). */
export interface DocResponse {
  readonly code: string;
  readonly reason: string;
  readonly type?: DocType;
  readonly place: Place;
}

/** One documented HTTP method of an endpoint. */
export interface DocOperation {
  readonly method: string;
  readonly description: string;
  readonly parameters: readonly DocParameter[];
  readonly body?: { readonly type: DocType; readonly description: string; readonly place: Place };
  readonly responses: readonly DocResponse[];
  readonly place: Place;
}

/** One documented path with its global parameters and methods. */
export interface DocEndpoint {
  readonly path: string;
  readonly parameters: readonly DocParameter[];
  readonly operations: readonly DocOperation[];
  readonly place: Place;
}

/** The kind and API group/version a page documents (`ImageTag [image.openshift.io/v1]`; group `''` is core). */
export interface DocTitle {
  readonly kind: string;
  readonly group?: string;
  readonly version?: string;
}

/** One parsed reference page, with the problems found while reading it (never fatal). */
export interface DocPage {
  readonly file: string;
  readonly form: 'asciidoc' | 'text';
  /** The page's `[id="..."]` anchor, which cross-references to the page's own object use. */
  readonly id?: string;
  readonly title?: DocTitle;
  readonly objects: readonly DocObject[];
  readonly endpoints: readonly DocEndpoint[];
  readonly warnings: readonly Diagnostic[];
}

/** A warning at a place in a page. */
export function warningAt(file: string, place: Place, message: string): Diagnostic {
  return { message, location: { file, pointer: '', line: place.line, column: place.column } };
}
