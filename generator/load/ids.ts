// `$ref`s that JSON Schema resolves inside the document itself: against the base URI an `$id` sets, or to an
// `$anchor` (OpenAPI 3.1's Petstore: `$ref: /api/v31/components/schemas/petdetails#pet_details_id`, where a schema
// declares `$id: /api/v31/components/schemas/petdetails`). They look like file paths but name no file, so neither
// `loadSpecFiles` nor `bundle` reads them as files; parse resolves them (generator/parse/refs.ts).
import type { Json } from '../document.js';
import { isJsonObject } from '../document.js';
import { toPointer } from '../errors.js';
import { indexRefs, resolveRef, type RefIndex } from '../parse/refs.js';

/** A test for the refs of `value` (found at `segments`) that name a schema of the same document by `$id`/`$anchor`. */
export function inDocumentRefs(value: Json): (ref: string, segments: readonly string[]) => boolean {
  if (!isJsonObject(value)) return () => false;
  // OpenAPI 3.0 and Swagger 2.0 schemas are draft 4, whose identifier is `id`.
  const version = typeof value['openapi'] === 'string' ? value['openapi'] : '';
  const draft4 = 'swagger' in value || version.startsWith('3.0');
  let index: RefIndex | undefined;
  return (ref, segments) => {
    // A plain relative file (`models/pet.yaml#/Pet`) can only match an `$id` when the document has any.
    index ??= indexRefs(value, draft4);
    if (index.resources.size <= 1 && index.anchors.size === 0) return false;
    return resolveRef(index, ref, toPointer([...segments]), value) !== undefined;
  };
}
