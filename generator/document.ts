import type { SourceLocation } from './errors.js';

/** A plain JSON value as parsed from YAML or JSON. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A JSON object (plain, string keys). */
export type JsonObject = { [key: string]: Json };

/** Finds the line and column of a JSON pointer in the text a document was loaded from. */
export type Locator = (pointer: string) => { line: number; column: number } | undefined;

/** One loaded input file: its parsed value and how to map pointers back to places in its text. */
export interface SourceDocument {
  readonly file: string;
  readonly value: Json;
  readonly locate: Locator;
}

/** Builds a full location for a pointer inside a loaded document. */
export function locationOf(document: SourceDocument, pointer: string): SourceLocation {
  const place = document.locate(pointer);
  return place
    ? { file: document.file, pointer, line: place.line, column: place.column }
    : { file: document.file, pointer };
}

/** True for a non-null, non-array object. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An API description in specgen's canonical shape (OpenAPI 3.1-like, whatever the input version was), with a way
 * back from any pointer in it to the place in the input file that produced it.
 */
export interface Spec {
  readonly document: JsonObject;
  /** The input file this spec came from. */
  readonly file: string;
  /** Maps a pointer in `document` to the best-known place in the input (file, original pointer, line:column). */
  readonly locate: (pointer: string) => SourceLocation;
}

/** Sets an own property, also for the key `__proto__` (plain assignment would replace the prototype instead). */
export function setProperty(target: JsonObject, key: string, value: Json): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    target[key] = value;
  }
}
