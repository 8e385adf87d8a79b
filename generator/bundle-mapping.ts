/**
 * Discriminator mappings in a multi-file spec: a `mapping` value may be a reference to a schema in another file
 * (`models/actions.yml#/assign`, DigitalOcean's shape), which `bundle` must register and point at its component like
 * any `$ref`. `liftMappings` turns each such value into a `{ $ref }` for the bundle, and `lowerMappings` turns the
 * bundled refs back into strings. Bare schema names, and references to files that were not loaded, stay as they are.
 */
import type { Json, JsonObject, SourceDocument } from './document.js';
import { isJsonObject, setProperty } from './document.js';
import { resolveRefFile, splitRef } from './load.js';

/** Whether a mapping value reads as a reference rather than a schema name. */
function isReference(value: string): boolean {
  return value.includes('#') || value.includes('/') || /\.(ya?ml|json)$/i.test(value);
}

/** Applies `edit` to every `discriminator.mapping` object in a value, copying only what changes. */
function mapMappings(value: Json, edit: (mapping: JsonObject) => JsonObject): Json {
  if (Array.isArray(value)) {
    const items = value.map((item) => mapMappings(item, edit));
    return items.some((item, index) => item !== value[index]) ? items : value;
  }
  if (!isJsonObject(value)) return value;
  let copy: JsonObject | undefined;
  for (const [key, child] of Object.entries(value)) {
    let next = mapMappings(child, edit);
    if (key === 'discriminator' && isJsonObject(next) && isJsonObject(next['mapping'])) {
      const mapping = edit(next['mapping']);
      if (mapping !== next['mapping']) next = { ...next, mapping };
    }
    if (next !== child) {
      copy ??= { ...value };
      setProperty(copy, key, next);
    }
  }
  return copy ?? value;
}

/** The files with each mapping reference to a loaded file written as a `{ $ref }`. */
export function liftMappings(files: ReadonlyMap<string, SourceDocument>): ReadonlyMap<string, SourceDocument> {
  // One file: every mapping names a schema of that file, which needs no bundling (and big specs skip the walk).
  if (files.size <= 1) return files;
  const lifted = new Map<string, SourceDocument>();
  for (const [path, document] of files) {
    const value = mapMappings(document.value, (mapping) => {
      let copy: JsonObject | undefined;
      for (const [name, target] of Object.entries(mapping)) {
        if (typeof target !== 'string' || !isReference(target)) continue;
        const { file } = splitRef(target);
        if (file !== '' && !files.has(resolveRefFile(document.file, file))) continue;
        copy ??= { ...mapping };
        setProperty(copy, name, { $ref: target });
      }
      return copy ?? mapping;
    });
    lifted.set(path, value === document.value ? document : { ...document, value });
  }
  return lifted;
}

/** The bundled value with every lifted mapping entry (`{ $ref }`) a string again. */
export function lowerMappings(value: Json): Json {
  return mapMappings(value, (mapping) => {
    const entries = Object.entries(mapping);
    if (!entries.some(([, target]) => isJsonObject(target) && typeof target['$ref'] === 'string')) return mapping;
    const copy: JsonObject = {};
    for (const [name, target] of entries) {
      const lowered = isJsonObject(target) && typeof target['$ref'] === 'string' ? target['$ref'] : target;
      setProperty(copy, name, lowered);
    }
    return copy;
  });
}
