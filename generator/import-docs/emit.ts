/** The imported document as text: YAML or JSON by the output file's extension, keys sorted at every level. */
import { stringify } from 'yaml';
import { isJsonObject, setProperty, type Json, type JsonObject } from '../document.js';

/** A copy with every object's keys in sorted (code unit) order; arrays keep their order. */
export function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isJsonObject(value)) return value;
  const sorted: JsonObject = {};
  for (const key of Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    setProperty(sorted, key, sortKeys(value[key]!));
  return sorted;
}

/** True when the output file is JSON (`.json`); anything else is written as YAML. */
export function isJsonFile(file: string): boolean {
  return file.toLowerCase().endsWith('.json');
}

/** Serializes the document for `file`: sorted keys, no line folding, a trailing newline; YAML gets a header comment. */
export function serializeDocument(document: JsonObject, file: string, header: string): string {
  const sorted = sortKeys(document);
  if (isJsonFile(file)) return `${JSON.stringify(sorted, null, 2)}\n`;
  const comment = header
    .split('\n')
    .map((line) => `# ${line}`.trimEnd())
    .join('\n');
  return `${comment}\n${stringify(sorted, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false })}`;
}
