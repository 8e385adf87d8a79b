/**
 * The parameters a Kubernetes-style API server serves for an operation, for what a reference page leaves out (the
 * current docs layout drops path parameters of collection paths and most query parameters). The server
 * (k8s.io/apiserver pkg/endpoints/installer.go) declares path parameters from the path template, `pretty` on every
 * path, and each action's query parameters from the fields of its options object (ListOptions for list and watch,
 * CreateOptions for create, ...); their types and descriptions come from those objects in the apimachinery library.
 */
import type { JsonObject } from '../document.js';
import { apimachinerySchema } from '../apimachinery/index.js';

/** The installer's descriptions of the parameters it declares itself (not fields of an options object). */
const NAMESPACE_DESCRIPTION = 'object name and auth scope, such as for teams and projects';
const PRETTY_DESCRIPTION =
  "If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or " +
  'command-line HTTP tool (curl and wget).';

/** The list parameters (ListOptions' query fields) a served list, watch or deletecollection declares. */
const LIST = [
  'allowWatchBookmarks',
  'continue',
  'fieldSelector',
  'labelSelector',
  'limit',
  'resourceVersion',
  'resourceVersionMatch',
  'sendInitialEvents',
  'timeoutSeconds',
  'watch',
];
const WRITE = ['dryRun', 'fieldManager', 'fieldValidation'];
const DELETE = ['dryRun', 'gracePeriodSeconds', 'ignoreStoreReadErrorWithClusterBreakingPotential'].concat([
  'orphanDependents',
  'propagationPolicy',
]);

/**
 * Each action's query parameters and the options object that defines them, as a served Kubernetes 1.3x document
 * lists them (alpha fields such as ListOptions.shardSelector are not served; get takes none).
 */
const ACTION_PARAMETERS: Readonly<Record<string, readonly (readonly [string, readonly string[]])[]>> = Object.freeze({
  list: [['ListOptions', LIST]],
  watch: [['ListOptions', LIST]],
  watchlist: [['ListOptions', LIST]],
  post: [['CreateOptions', WRITE]],
  put: [['UpdateOptions', WRITE]],
  patch: [['PatchOptions', [...WRITE, 'force']]],
  delete: [['DeleteOptions', DELETE]],
  deletecollection: [
    ['DeleteOptions', DELETE],
    ['ListOptions', LIST.filter((name) => name !== 'watch' && name !== 'allowWatchBookmarks')],
  ],
});

/** The path parameters a served path item declares, from its template: `{name}` and `{namespace}`. */
export function servedPathParameters(path: string, kind: string): JsonObject[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => ({
    name: name!,
    in: 'path',
    description:
      name === 'namespace' ? NAMESPACE_DESCRIPTION : name === 'name' ? `name of the ${kind}` : `${name} of the ${kind}`,
    required: true,
    schema: { type: 'string' },
  }));
}

/** The `pretty` query parameter every served path declares. */
export function prettyParameter(): JsonObject {
  return { name: 'pretty', in: 'query', description: PRETTY_DESCRIPTION, schema: { type: 'string' } };
}

/** The query parameters a served operation of this action declares, typed and described by its options object. */
export function servedQueryParameters(action: string): JsonObject[] {
  const parameters = new Map<string, JsonObject>();
  for (const [options, names] of ACTION_PARAMETERS[action] ?? []) {
    const properties = apimachinerySchema(`io.k8s.apimachinery.pkg.apis.meta.v1.${options}`)?.schema['properties'];
    for (const name of names) {
      const field = (properties as Record<string, JsonObject> | undefined)?.[name];
      if (!field || parameters.has(name)) continue;
      // A repeated query parameter ([]string, dryRun) is served as its element type.
      const type = field['type'] === 'array' ? (field['items'] as JsonObject)['type'] : field['type'];
      parameters.set(name, {
        name,
        in: 'query',
        ...(typeof field['description'] === 'string' ? { description: field['description'] } : {}),
        schema: { type: type ?? 'string' },
      });
    }
  }
  return [...parameters.values()].sort((a, b) => (String(a['name']) < String(b['name']) ? -1 : 1));
}
