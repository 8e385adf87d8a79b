// Rebuilds generator/apimachinery/schemas.json (the built-in apimachinery library) from the upstream specs, vendored
// whole in test/fixtures/reference/specs-at-scale/.
// The library is data: each upstream definition verbatim, only its $ref targets rewritten from Swagger 2.0's
// #/definitions/ to OpenAPI 3's #/components/schemas/. Run: node scripts/apimachinery-library.mjs [SPECS_DIR]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';

const root = new URL('..', import.meta.url).pathname;
const specs = process.argv[2] ?? join(root, 'test/fixtures/reference/specs-at-scale');
const read = (name) => JSON.parse(readFileSync(join(specs, name), 'utf8'));
const openshift = read('openshift-api.swagger.json').definitions;
const kubernetes = read('kubernetes.swagger.json').definitions;

/** Where each source file comes from (cited in the library and in the fixtures' README). */
const SOURCES = {
  openshift:
    'openshift/api openapi/openapi.json (Swagger 2.0), as ../shared/reference/specs-at-scale/openshift-api.swagger.json',
  kubernetes:
    'Kubernetes 1.36 api/openapi-spec/swagger.json as kubernetes-client/python ships it (kubernetes/swagger.json.unprocessed), as ../shared/reference/specs-at-scale/kubernetes.swagger.json',
};

/** core/v1 reference types that API reference pages of other groups link to. */
const CORE_REFERENCES = ['ObjectReference', 'LocalObjectReference', 'SecretReference', 'TypedLocalObjectReference'].map(
  (name) => `io.k8s.api.core.v1.${name}`,
);

const isLibraryKey = (key) => key.startsWith('io.k8s.apimachinery.') || CORE_REFERENCES.includes(key);
const rewrite = (schema) => JSON.parse(JSON.stringify(schema).replaceAll('"#/definitions/', '"#/components/schemas/'));

const schemas = {};
// OpenShift's definitions first: they are what an OpenShift API server serves beside its own groups (and what the
// reference pages were generated from); Kubernetes' for the few OpenShift's file lacks.
for (const key of [...new Set([...Object.keys(openshift), ...Object.keys(kubernetes)])].filter(isLibraryKey).sort()) {
  const source = Object.hasOwn(openshift, key) ? 'openshift' : 'kubernetes';
  schemas[key] = { source, schema: rewrite((source === 'openshift' ? openshift : kubernetes)[key]) };
}
for (const [key, { schema }] of Object.entries(schemas))
  for (const [, target] of JSON.stringify(schema).matchAll(/"#\/components\/schemas\/([^"]+)"/g))
    if (!Object.hasOwn(schemas, target)) throw new Error(`${key} refers to ${target}, which the library lacks`);
const library = join(root, 'generator/apimachinery/schemas.json');
// Formatted as `npm run format` would, so `format:check` stays clean after a rebuild.
const text = JSON.stringify({ sources: SOURCES, schemas });
writeFileSync(library, await format(text, { ...(await resolveConfig(library)), filepath: library }));

console.log(`${Object.keys(schemas).length} library schemas`);
