/**
 * Several pages of one API → one set of schemas and paths. The same schema key or operation from several pages is
 * one definition: when they differ, the newest complete source wins and every difference is reported with both
 * locations. "Newest complete": a page that is cut off loses to one that is not; then the definition with more
 * properties wins (an API only grows within a version: the page without `importMode` is the older one); then the
 * current docs layout over the older one over a plain-text rendering; then the page given first.
 */
import { isDeepStrictEqual } from 'node:util';
import { isJsonObject, type Json, type JsonObject } from '../document.js';
import type { Diagnostic } from '../errors.js';
import type { Place } from './model.js';

/** How recent and complete a page is, for choosing between pages that define the same thing. */
export interface PageRank {
  readonly file: string;
  /** False when the page is cut off. */
  readonly complete: boolean;
  /** 2 for the current AsciiDoc layout, 1 for the older one, 0 for a plain-text rendering. */
  readonly layout: number;
  /** Position in the command line (earlier wins ties). */
  readonly order: number;
}

/** One page's definition of a schema or operation, and where the page gives it. */
export interface Candidate {
  readonly value: JsonObject;
  readonly page: PageRank;
  readonly place: Place;
}

/** A chosen definition and the differences found between it and the others. */
export interface Merged {
  readonly value: JsonObject;
  readonly chosen: Candidate;
  readonly differences: readonly string[];
}

/** The number of properties a schema (or parameters an operation) defines: the "more complete" measure. */
function size(value: JsonObject): number {
  const properties = value['properties'];
  const parameters = value['parameters'];
  return isJsonObject(properties)
    ? Object.keys(properties).length
    : Array.isArray(parameters)
      ? parameters.length
      : Object.keys(value).length;
}

/** Orders candidates best first (see the module comment). */
function better(a: Candidate, b: Candidate): number {
  return (
    Number(b.page.complete) - Number(a.page.complete) ||
    size(b.value) - size(a.value) ||
    b.page.layout - a.page.layout ||
    a.page.order - b.page.order
  );
}

/** `file:line:column` of a candidate, for reports. */
export function where(candidate: Candidate): string {
  return `${candidate.page.file}:${candidate.place.line}:${candidate.place.column}`;
}

/** Picks the best candidate and lists how each other one differs from it. */
export function mergeCandidates(what: string, candidates: readonly Candidate[]): Merged {
  const ordered = [...candidates].sort(better);
  const chosen = ordered[0]!;
  const differences: string[] = [];
  for (const other of ordered.slice(1)) {
    if (isDeepStrictEqual(other.value, chosen.value)) continue;
    for (const difference of describeDifferences(chosen.value, other.value))
      differences.push(`${what}${difference}: kept ${where(chosen)}, not ${where(other)}`);
  }
  return { value: chosen.value, chosen, differences };
}

/** The differences between two definitions, as short phrases (`.importMode only in the kept one`). */
export function describeDifferences(kept: JsonObject, other: JsonObject): string[] {
  const found: string[] = [];
  const keptProperties = isJsonObject(kept['properties']) ? kept['properties'] : undefined;
  const otherProperties = isJsonObject(other['properties']) ? other['properties'] : undefined;
  if (keptProperties && otherProperties) {
    for (const name of Object.keys(keptProperties))
      if (!Object.hasOwn(otherProperties, name)) found.push(`.${name} only in the kept one`);
    for (const name of Object.keys(otherProperties))
      if (!Object.hasOwn(keptProperties, name)) found.push(`.${name} only in the dropped one`);
    for (const name of Object.keys(keptProperties))
      if (Object.hasOwn(otherProperties, name))
        found.push(...fieldDifferences(`.${name}`, keptProperties[name]!, otherProperties[name]!));
  }
  const keptParameters = parametersById(kept['parameters']);
  const otherParameters = parametersById(other['parameters']);
  if (keptParameters && otherParameters) {
    for (const [id, parameter] of keptParameters)
      found.push(
        ...(otherParameters.has(id)
          ? fieldDifferences(` parameter ${id}`, parameter, otherParameters.get(id)!)
          : [` parameter ${id} only in the kept one`]),
      );
    for (const id of otherParameters.keys())
      if (!keptParameters.has(id)) found.push(` parameter ${id} only in the dropped one`);
  }
  for (const key of new Set([...Object.keys(kept), ...Object.keys(other)]))
    if (key === 'parameters' && keptParameters && otherParameters) continue;
    else if (key !== 'properties' || !keptProperties || !otherProperties)
      found.push(...fieldDifferences(key === 'properties' ? '' : ` ${key}`, kept[key], other[key], true));
  return found;
}

/** Parameters by `in name`, or undefined when the value is not a list of parameters. */
function parametersById(value: Json | undefined): Map<string, JsonObject> | undefined {
  if (!Array.isArray(value)) return undefined;
  return new Map(
    value
      .filter(isJsonObject)
      .map((parameter) => [`${String(parameter['in'])} ${String(parameter['name'])}`, parameter]),
  );
}

/** How one member differs: absent on one side, or a different description, type or value. */
function fieldDifferences(label: string, kept: Json | undefined, other: Json | undefined, keyword = false): string[] {
  if (isDeepStrictEqual(kept, other)) return [];
  if (keyword) {
    if (kept === undefined) return [`${label} only in the dropped one`];
    if (other === undefined) return [`${label} only in the kept one`];
    return [`${label} differs`];
  }
  if (!isJsonObject(kept) || !isJsonObject(other)) return [`${label} differs`];
  const keys = new Set([...Object.keys(kept), ...Object.keys(other)]);
  return [...keys]
    .filter((key) => !isDeepStrictEqual(kept[key], other[key]))
    .map((key) => `${label} ${key === 'description' ? 'description' : key} differs`);
}

/** The warning for a definition that pages give differently: both locations, and how many differences. */
export function conflictWarning(what: string, merged: Merged, others: readonly Candidate[]): Diagnostic[] {
  return others
    .filter((other) => other !== merged.chosen && !isDeepStrictEqual(other.value, merged.value))
    .map((other) => ({
      message:
        `${what} is defined differently by ${where(merged.chosen)} and ${where(other)}; kept the one from ` +
        `${merged.chosen.page.file} (newer or more complete; --report lists each difference)`,
      location: { file: other.page.file, pointer: '', line: other.place.line, column: other.place.column },
    }));
}
