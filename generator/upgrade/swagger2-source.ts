// Where a place in an upgraded Swagger 2.0 document came from: error locations point at the input the user wrote.
import type { JsonObject } from '../document.js';
import { isJsonObject } from '../document.js';
import { fromPointer } from '../errors.js';
import { child } from './copy.js';
import { SWAGGER_METHODS, requestParameters, splitParameters, type SplitParameters } from './swagger2.js';

/** Where a piece of the upgraded Swagger 2.0 document came from, as input pointer segments (derived on demand). */
export function swagger2Source(root: JsonObject, segments: readonly string[]): readonly string[] {
  const [head, section, name, ...tail] = segments;
  if (head === 'openapi') return ['swagger'];
  if (head === 'servers') return [typeof root.host === 'string' ? 'host' : 'basePath'];
  if (head === 'components') {
    if (section === 'schemas') return ['definitions', ...segments.slice(2)];
    if (section === 'securitySchemes') return ['securityDefinitions', ...segments.slice(2)];
    if (section === 'parameters') return name === undefined ? ['parameters'] : ['parameters', name, ...valueTail(tail)];
    if (section === 'responses') return name === undefined ? ['responses'] : responseSource(['responses', name], tail);
    return segments;
  }
  if (head !== 'paths' || section === undefined || name === undefined) return segments;
  const item = isJsonObject(root.paths) ? root.paths[section] : undefined;
  if (!isJsonObject(item)) return segments;
  const pointer = child('/paths', section);
  const shared = splitParameters(item.parameters, child(pointer, 'parameters'), root);
  if (name === 'parameters') return listedSource(shared, tail) ?? segments;
  const op = item[name];
  if (!SWAGGER_METHODS.has(name) || !isJsonObject(op)) return segments;
  const [field, ...more] = tail;
  const own = splitParameters(op.parameters, `${child(pointer, name)}/parameters`, root);
  if (field === 'parameters') return listedSource(own, more) ?? segments;
  if (field === 'responses' && more[0] !== undefined)
    return responseSource(['paths', section, name, 'responses', more[0]], more.slice(1));
  if (field !== 'requestBody') return segments;
  const { body, form } = requestParameters(own, shared);
  // requestBody/content/{type}/schema/... came from the body parameter's schema, or from one form parameter.
  const [content, , schema, properties, property, ...rest] = more;
  const inSchema = content === 'content' && schema === 'schema';
  if (body) return [...fromPointer(body.pointer), ...(inSchema ? ['schema', ...more.slice(3)] : [])];
  const named =
    inSchema && properties === 'properties' ? form.find(({ parameter }) => parameter.name === property) : undefined;
  if (named) return [...fromPointer(named.pointer), ...valueTail(rest)];
  return form[0] ? fromPointer(form[0].pointer) : segments;
}

/** The source of `parameters/{index}/...` in an upgraded parameter list (indices shift once body parameters leave). */
function listedSource(split: SplitParameters, tail: readonly string[]): readonly string[] | undefined {
  const [index, ...rest] = tail;
  const listed = index === undefined ? undefined : split.other[Number(index)];
  return listed ? [...fromPointer(listed.pointer), ...valueTail(rest)] : undefined;
}

/** A parameter's or header's `schema/...` came from fields on the parameter itself. */
function valueTail(tail: readonly string[]): readonly string[] {
  if (tail[0] === 'schema') return tail.slice(1);
  if (tail[0] === 'style' || tail[0] === 'explode') return ['collectionFormat'];
  return tail;
}

/** The source of a place inside an upgraded response (`content/{type}/schema` came from `schema`). */
function responseSource(base: readonly string[], tail: readonly string[]): readonly string[] {
  const [field, name, part, ...rest] = tail;
  if (field === 'content') {
    if (part === 'schema') return [...base, 'schema', ...rest];
    if (part === 'example' && name !== undefined) return [...base, 'examples', name, ...rest];
    return [...base, 'schema'];
  }
  if (field === 'headers' && name !== undefined) return [...base, 'headers', name, ...valueTail(tail.slice(2))];
  return [...base, ...tail];
}
