// The ImageTag server rules the schema cannot say (../shared/reference/imagetag/semantics.md, the [S] rules), as
// hooks of the generated fake: an example of what a downstream team adds for its own API's server behaviour.
import type { FakeFieldError, FakeObject, ResourceHooks } from '../../generated/imagetag/src/testing.js';

/** The tag part of an ImageTag name (`<stream>:<tag>`). */
function tagOf(name: unknown): string | undefined {
  return typeof name === 'string' && name.includes(':') ? name.slice(name.indexOf(':') + 1) : undefined;
}

/** Deep equality of JSON values (enough for status comparisons). */
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The hooks of `imagetags.image.openshift.io`, keyed as `createFakeServer({ hooks })` expects. */
export const imageTagHooks: Record<string, ResourceHooks> = {
  'imagetags.image.openshift.io': {
    // Rule 29: get, list, create, update, patch and delete only; the storage is no watcher.
    verbs: ['create', 'delete', 'get', 'list', 'patch', 'update'],
    // Rule 33: DELETE answers with a Status of success.
    deleteReturns: 'status',
    prepareForCreate(object: FakeObject) {
      // Rule 17: create ignores the client's status and image.
      delete object['status'];
      delete object['image'];
      // Rule 6: an empty spec.name is filled from the tag part of the name.
      const spec = object['spec'] as Record<string, unknown> | null | undefined;
      const metadata = object['metadata'] as Record<string, unknown>;
      if (spec && (spec['name'] === undefined || spec['name'] === '')) spec['name'] = tagOf(metadata['name']);
    },
    prepareForUpdate(object, context) {
      // Rule 18: `image` is the server's, whatever the client sends.
      if (context.old?.['image'] === undefined) delete object['image'];
      else object['image'] = context.old['image'];
    },
    validateUpdate(object, context): FakeFieldError[] {
      // Rule 18: status cannot change through ImageTag.
      if (sameJson(object['status'], context.old?.['status'])) return [];
      return [
        {
          path: 'status',
          type: 'FieldValueInvalid',
          message: 'status: Invalid value: "": may not update fields other than spec',
        },
      ];
    },
  },
};
