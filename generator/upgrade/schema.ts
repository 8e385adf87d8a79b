// Schema upgrades: exclusive bounds (3.0), and for Swagger 2.0 refs, `x-nullable`, `type: file` and discriminators.
import type { Json, JsonObject } from '../document.js';
import { isJsonObject, setProperty } from '../document.js';
import { SCHEMA_KEYWORDS, SCHEMA_LIST_KEYWORDS, SCHEMA_MAP_KEYWORDS } from '../walk.js';
import { mapArray, mapObject } from './copy.js';

const SUBSCHEMA_KEYS: ReadonlySet<string> = new Set(SCHEMA_KEYWORDS);
const SUBSCHEMA_LISTS: ReadonlySet<string> = new Set(SCHEMA_LIST_KEYWORDS);
// Swagger 2.0 documents have no `definitions` inside schemas; `properties` is walked here like the other maps.
const SUBSCHEMA_MAPS: ReadonlySet<string> = new Set([
  'properties',
  ...SCHEMA_MAP_KEYWORDS.filter((key) => key !== 'definitions'),
]);

/**
 * Upgrades one schema and everything nested in it; returns the input object itself when nothing changed. Swagger 2.0
 * schemas (`v2`) also get refs, `x-nullable`, `type: file` and string discriminators converted.
 */
export function convertSchema(schema: Json, v2: boolean): Json {
  if (!isJsonObject(schema)) return schema;
  let out: JsonObject | undefined;
  const set = (key: string, value: Json): void => {
    out ??= { ...schema };
    setProperty(out, key, value);
  };
  const remove = (key: string): void => {
    out ??= { ...schema };
    delete out[key];
  };
  for (const key of Object.keys(schema)) {
    const value = schema[key] as Json;
    let next = value;
    if (SUBSCHEMA_KEYS.has(key)) {
      next = Array.isArray(value) ? mapArray(value, (item) => convertSchema(item, v2)) : convertSchema(value, v2);
    } else if (SUBSCHEMA_LISTS.has(key)) {
      next = mapArray(value, (item) => convertSchema(item, v2));
    } else if (SUBSCHEMA_MAPS.has(key)) {
      next = mapObject(value, (item) => convertSchema(item, v2));
    } else if (key === 'exclusiveMinimum' || key === 'exclusiveMaximum') {
      // 3.0's boolean form qualifies minimum/maximum; 3.1's numeric form is the bound itself.
      if (typeof value === 'boolean') {
        const bound = key === 'exclusiveMinimum' ? 'minimum' : 'maximum';
        const limit = schema[bound];
        if (value && typeof limit === 'number') {
          set(key, limit);
          remove(bound);
        } else {
          remove(key);
        }
      }
      continue;
    } else if (v2 && key === '$ref' && typeof value === 'string') {
      next = rewriteRef(value);
    } else if (v2 && key === 'x-nullable') {
      remove(key);
      if (value === true && schema.nullable === undefined) set('nullable', true);
      continue;
    } else if (v2 && key === 'type' && value === 'file') {
      set('type', 'string');
      set('format', 'binary');
      continue;
    } else if (v2 && key === 'discriminator' && typeof value === 'string') {
      next = { propertyName: value };
    }
    if (next !== value) set(key, next);
  }
  return out ?? schema;
}

/** Points Swagger 2.0 internal refs at their OpenAPI 3 homes. */
export function rewriteRef(ref: string): string {
  if (ref.startsWith('#/definitions/')) return '#/components/schemas/' + ref.slice('#/definitions/'.length);
  if (ref.startsWith('#/parameters/')) return '#/components/parameters/' + ref.slice('#/parameters/'.length);
  if (ref.startsWith('#/responses/')) return '#/components/responses/' + ref.slice('#/responses/'.length);
  return ref;
}
