import { SpecgenError } from '../errors.js';

/** Runs a recursive walk over a document, turning a stack overflow (hostile nesting depth) into a diagnostic. */
export function withinDepth<T>(file: string, walk: () => T): T {
  try {
    return walk();
  } catch (error) {
    if (error instanceof RangeError)
      throw new SpecgenError({ message: 'the document is nested too deeply', location: { file, pointer: '' } });
    throw error;
  }
}
