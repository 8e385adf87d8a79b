// The JSON Schema Ajv compiles: specgen's own normalized spec (load → upgrade → overlay → normalize, in process),
// projected onto one mode the way the generated validators read it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isJsonObject, type Json, type JsonObject } from '../../generator/document.js';
import { parseSource } from '../../generator/load.js';
import { NON_NULL_IN_REQUEST, ONLY_IN, OPTIONAL_IN_RESPONSE, normalize } from '../../generator/normalize.js';
import { applyOverlay } from '../../generator/overlay.js';
import { upgrade } from '../../generator/upgrade.js';
import { repoRoot } from './corpus.js';

/** Which side of the wire a value is checked for. */
export type Mode = 'request' | 'response';

const SPEC = 'specs/imagetag.openapi.yaml';
const OVERLAY = 'specs/imagetag.overlay.yaml';
const COMPONENTS = '#/components/schemas/';

/** components.schemas of the normalized ImageTag spec, with the overlay applied. */
export function normalizedSchemas(): JsonObject {
  const root = repoRoot();
  const read = (file: string) => parseSource(file, readFileSync(join(root, file), 'utf8'));
  const spec = normalize(applyOverlay(upgrade(read(SPEC)), read(OVERLAY)));
  const components = spec.document['components'];
  const schemas = isJsonObject(components) ? components['schemas'] : undefined;
  if (!isJsonObject(schemas)) throw new Error('bench: the normalized spec has no components.schemas');
  return schemas;
}

const definitionName = (key: string, mode: Mode): string => `${key}~${mode}`;

/** Schemas (as opposed to maps of schemas) a keyword holds. */
const SUBSCHEMA = new Set(['items', 'additionalProperties', 'not', 'contains', 'propertyNames']);
const SUBSCHEMA_LISTS = new Set(['anyOf', 'allOf', 'oneOf', 'prefixItems']);

/** Strips `null` from what a property schema accepts (request mode of `x-specgen-non-null-in-request`). */
function withoutNull(schema: JsonObject): JsonObject {
  const result: JsonObject = { ...schema };
  const type = result['type'];
  if (Array.isArray(type)) result['type'] = type.filter((t) => t !== 'null');
  const anyOf = result['anyOf'];
  if (Array.isArray(anyOf)) result['anyOf'] = anyOf.filter((m) => !(isJsonObject(m) && m['type'] === 'null'));
  return result;
}

/**
 * One schema in one mode, as the generated guards read it:
 * - `$ref`s point at `#/definitions/<key>~<mode>`;
 * - `anyOf` members marked `x-specgen-only-in` the other mode are dropped (the legacy `apiVersion: v1`);
 * - request: `readOnly` properties are not required and are checked in response mode (the guards pass
 *   `response = true` into them), `x-specgen-non-null-in-request` drops `null`;
 * - response: properties marked `x-specgen-optional-in-response` are not required;
 * - every `x-*` key is dropped, so Ajv runs in strict mode. `x-kubernetes-validations` (CEL) are not translated:
 *   Ajv cannot express them, and the corpus shows the difference.
 */
function project(schema: JsonObject, mode: Mode): JsonObject {
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith('x-')) continue;
    if (key === '$ref' && typeof value === 'string' && value.startsWith(COMPONENTS)) {
      result[key] = `#/definitions/${definitionName(value.slice(COMPONENTS.length), mode)}`;
    } else if (key === 'properties' && isJsonObject(value)) {
      const properties: JsonObject = {};
      for (const [name, property] of Object.entries(value)) {
        if (!isJsonObject(property)) continue;
        const readOnlyInRequest = mode === 'request' && property['readOnly'] === true;
        const nonNull = mode === 'request' && property[NON_NULL_IN_REQUEST] === true;
        const projected = project(property, readOnlyInRequest ? 'response' : mode);
        properties[name] = nonNull ? withoutNull(projected) : projected;
      }
      result[key] = properties;
    } else if (key === 'required' && Array.isArray(value)) {
      const properties = isJsonObject(schema['properties']) ? schema['properties'] : {};
      result[key] = value.filter((name) => {
        const property = typeof name === 'string' ? properties[name] : undefined;
        if (!isJsonObject(property)) return true;
        return mode === 'request' ? property['readOnly'] !== true : property[OPTIONAL_IN_RESPONSE] !== true;
      });
    } else if (SUBSCHEMA_LISTS.has(key) && Array.isArray(value)) {
      result[key] = value
        .filter((member) => !(isJsonObject(member) && member[ONLY_IN] !== undefined && member[ONLY_IN] !== mode))
        .map((member): Json => (isJsonObject(member) ? project(member, mode) : member));
    } else if (SUBSCHEMA.has(key) && isJsonObject(value)) {
      result[key] = project(value, mode);
    } else {
      result[key] = value;
    }
  }
  return result;
}

/** A self-contained draft-07 schema for `root` in `mode`: every component in both modes under `definitions`. */
export function modeSchema(schemas: JsonObject, root: string, mode: Mode): JsonObject {
  const key = Object.keys(schemas).find((name) => name === root || name.endsWith(`.${root}`));
  if (key === undefined) throw new Error(`bench: no schema named ${root}`);
  const definitions: JsonObject = {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (!isJsonObject(schema)) continue;
    for (const each of ['request', 'response'] as const)
      definitions[definitionName(name, each)] = project(schema, each);
  }
  return { $id: `specgen-bench/${root}-${mode}`, $ref: `#/definitions/${definitionName(key, mode)}`, definitions };
}
