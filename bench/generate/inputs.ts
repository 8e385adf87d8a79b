// The inputs of the generation benchmark, prepared once before any timing (not timed):
// - the specs themselves (ImageTag from specs/, Kubernetes from the shared folder);
// - their schemas as one JSON Schema document (`{ definitions }`, refs `#/definitions/<key>`) for the peers that
//   read JSON Schema (json-schema-to-typescript, Ajv);
// - "Kubernetes + OpenShift": kubernetes.swagger.json with all of openshift/api's definitions merged in (Kubernetes'
//   own definition wins where both have one), the doubled input of the growth target.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Paths of every prepared input. */
export interface Inputs {
  readonly imagetag: { readonly spec: string; readonly overlay: string; readonly definitions: string };
  /** Undefined when the shared folder is absent: then only ImageTag is measured. */
  readonly kubernetes?: {
    readonly swagger: string;
    readonly openapi3: string;
    readonly definitions: string;
    readonly merged: string;
    readonly stats: { readonly kubernetes: Stats; readonly merged: Stats };
  };
}

/** Size of a Swagger input: bytes, definitions, paths. */
export interface Stats {
  readonly bytes: number;
  readonly definitions: number;
  readonly paths: number;
}

/** Rewrites every string `$ref` (never a property that is merely named `$ref`) with `rewrite`. */
function rewriteRefs(value: Json, rewrite: (ref: string) => string, parentKey = ''): Json {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, rewrite));
  if (value === null || typeof value !== 'object') return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    // Under `properties` (or similar maps), keys are field names: a field called `$ref` is not a reference.
    const isMap = parentKey === 'properties' || parentKey === 'patternProperties' || parentKey === 'definitions';
    out[key] =
      key === '$ref' && !isMap && typeof child === 'string' ? rewrite(child) : rewriteRefs(child, rewrite, key);
  }
  return out;
}

function readJson(path: string): JsonObject {
  return JSON.parse(readFileSync(path, 'utf8')) as JsonObject;
}

function objectAt(value: Json | undefined, what: string): JsonObject {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new Error(`bench: ${what} is not an object`);
  return value;
}

/** Prepares every input under `dir`; `shared` is the specs-at-scale folder, or undefined when it is absent. */
export function prepareInputs(root: string, dir: string, shared: string | undefined): Inputs {
  mkdirSync(dir, { recursive: true });
  const imagetagSpec = join(root, 'specs', 'imagetag.openapi.yaml');
  const imagetag = parse(readFileSync(imagetagSpec, 'utf8')) as JsonObject;
  const imagetagSchemas = objectAt(objectAt(imagetag['components'], 'components')['schemas'], 'components.schemas');
  const imagetagDefinitions = join(dir, 'imagetag.definitions.json');
  writeFileSync(
    imagetagDefinitions,
    JSON.stringify({
      title: 'ImageTag definitions',
      definitions: rewriteRefs(imagetagSchemas, (ref) => ref.replace('#/components/schemas/', '#/definitions/')),
    }),
  );
  const inputs: Inputs = {
    imagetag: {
      spec: imagetagSpec,
      overlay: join(root, 'specs', 'imagetag.overlay.yaml'),
      definitions: imagetagDefinitions,
    },
  };
  if (shared === undefined) return inputs;

  const swagger = join(shared, 'kubernetes.swagger.json');
  const kubernetes = readJson(swagger);
  const kubernetesDefinitions = objectAt(kubernetes['definitions'], 'kubernetes definitions');
  const definitions = join(dir, 'kubernetes.definitions.json');
  writeFileSync(definitions, JSON.stringify({ title: 'Kubernetes definitions', definitions: kubernetesDefinitions }));

  const openshift = readJson(join(shared, 'openshift-api.swagger.json'));
  const openshiftDefinitions = objectAt(openshift['definitions'], 'openshift definitions');
  const mergedDefinitions = { ...openshiftDefinitions, ...kubernetesDefinitions };
  const merged = join(dir, 'kubernetes+openshift.swagger.json');
  const mergedText = JSON.stringify(
    {
      ...kubernetes,
      info: { title: 'Kubernetes + OpenShift', version: 'bench' },
      definitions: Object.fromEntries(
        Object.keys(mergedDefinitions)
          .sort()
          .map((key) => [key, mergedDefinitions[key]!]),
      ),
    },
    null,
    2,
  );
  writeFileSync(merged, mergedText);
  const paths = Object.keys(objectAt(kubernetes['paths'], 'kubernetes paths')).length;
  return {
    ...inputs,
    kubernetes: {
      swagger,
      openapi3: join(shared, 'kubernetes.openapi3.json'),
      definitions,
      merged,
      stats: {
        kubernetes: { bytes: statSync(swagger).size, definitions: Object.keys(kubernetesDefinitions).length, paths },
        merged: { bytes: Buffer.byteLength(mergedText), definitions: Object.keys(mergedDefinitions).length, paths },
      },
    },
  };
}

/** The large real specs, vendored in the repository (test/fixtures/reference/specs-at-scale/). */
export function sharedSpecs(root: string): string | undefined {
  const folder = join(root, 'test', 'fixtures', 'reference', 'specs-at-scale');
  return existsSync(folder) ? folder : undefined;
}
