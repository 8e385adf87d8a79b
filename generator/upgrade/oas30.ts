// OpenAPI 3.0 → the canonical shape: the document keeps its structure; only its schemas change, wherever they occur.
import type { Json, JsonObject } from '../document.js';
import { isJsonObject } from '../document.js';
import { assign, mapArray, mapObject } from './copy.js';
import { convertSchema } from './schema.js';
import { SWAGGER_METHODS } from './swagger2.js';

/** HTTP methods of an OpenAPI 3 path item. */
const OPENAPI_METHODS = new Set([...SWAGGER_METHODS, 'trace']);

/** OpenAPI 3.0 keeps its shape; only schemas change (exclusive bounds), wherever they occur. */
export function fromOpenApi30(root: JsonObject): JsonObject {
  const out: JsonObject = { ...root, openapi: '3.1.0' };
  assign(out, 'paths', mapObject(root.paths, pathItem30));
  if (isJsonObject(root.components)) {
    const components = root.components;
    out.components = {
      ...components,
      ...defined({
        schemas: mapObject(components.schemas, (schema) => convertSchema(schema, false)),
        parameters: mapObject(components.parameters, parameter30),
        headers: mapObject(components.headers, parameter30),
        responses: mapObject(components.responses, response30),
        requestBodies: mapObject(components.requestBodies, requestBody30),
        callbacks: mapObject(components.callbacks, callback30),
      }),
    };
  }
  return out;
}

/** Drops undefined entries. */
function defined(entries: Record<string, Json | undefined>): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(entries)) assign(out, key, value);
  return out;
}

/** Upgrades the schemas of a 3.0 path item (its parameters and operations). */
function pathItem30(item: Json): Json {
  return mapObject(item, (value, key) => {
    if (key === 'parameters') return mapArray(value, parameter30);
    if (!OPENAPI_METHODS.has(key) || !isJsonObject(value)) return value;
    return mapObject(value, (part, field) => {
      if (field === 'parameters') return mapArray(part, parameter30);
      if (field === 'requestBody') return requestBody30(part);
      if (field === 'responses') return mapObject(part, response30);
      if (field === 'callbacks') return mapObject(part, callback30);
      return part;
    });
  });
}

/** A 3.0 parameter or header: `schema` and `content`. */
function parameter30(parameter: Json): Json {
  return mapObject(parameter, (value, key) =>
    key === 'schema' ? convertSchema(value, false) : key === 'content' ? content30(value) : value,
  );
}

/** A 3.0 request body: its `content`. */
function requestBody30(body: Json): Json {
  return mapObject(body, (value, key) => (key === 'content' ? content30(value) : value));
}

/** A 3.0 response: `headers` and `content`. */
function response30(response: Json): Json {
  return mapObject(response, (value, key) => {
    if (key === 'headers') return mapObject(value, parameter30);
    return key === 'content' ? content30(value) : value;
  });
}

/** A 3.0 callback: a map of path items. */
function callback30(callback: Json): Json {
  return mapObject(callback, pathItem30);
}

/** A 3.0 content map: each media type's `schema` and its encodings' headers. */
function content30(content: Json): Json {
  return mapObject(content, (media) =>
    mapObject(media, (value, key) => {
      if (key === 'schema') return convertSchema(value, false);
      if (key === 'encoding')
        return mapObject(value, (encoding) =>
          mapObject(encoding, (part, field) => (field === 'headers' ? mapObject(part, parameter30) : part)),
        );
      return value;
    }),
  );
}
