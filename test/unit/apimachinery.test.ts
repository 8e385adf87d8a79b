// The built-in apimachinery library against the upstream definitions it cites (vendored extracts of
// ../shared/reference/specs-at-scale/*.swagger.json under test/fixtures/reference/specs-at-scale/).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  apimachinerySchema,
  apimachinerySchemas,
  linkApimachinery,
  schemaReferences,
} from '../../generator/apimachinery/index.js';
import { isJsonObject, type Json, type JsonObject } from '../../generator/document.js';
import { bundle } from '../../generator/bundle.js';
import { generate } from '../../generator/index.js';
import { parseSource } from '../../generator/load.js';
import { loadTemplates } from '../../generator/templates.js';
import { compileDiagnostics } from '../support/compile.js';
import { repoPath } from '../support/pipeline.js';

const FIXTURES = 'test/fixtures/reference/specs-at-scale';
const META = 'io.k8s.apimachinery.pkg.apis.meta.v1.';

/** The vendored upstream definitions, by the file name the library's citations use. */
const upstream: Record<string, JsonObject> = Object.fromEntries(
  ['openshift-api.swagger.json', 'kubernetes.swagger.json'].map((name) => [
    name,
    (JSON.parse(readFileSync(repoPath(`${FIXTURES}/${name}`), 'utf8')) as { definitions: JsonObject }).definitions,
  ]),
);

/** Swagger 2.0 → OpenAPI 3 reference targets, written independently of the library's own script. */
function asOpenApi3(value: Json): Json {
  if (Array.isArray(value)) return value.map(asOpenApi3);
  if (!isJsonObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, member]) => [
      key,
      key === '$ref' && typeof member === 'string'
        ? member.replace(/^#\/definitions\//, '#/components/schemas/')
        : asOpenApi3(member),
    ]),
  );
}

/** The upstream definition a citation names: `<...>/<file> #/definitions/<key>`. */
function cited(source: string): Json | undefined {
  const match = /\/([\w.-]+\.swagger\.json) #\/definitions\/(\S+)$/.exec(source);
  if (!match) return undefined;
  return upstream[match[1]!]?.[match[2]!];
}

describe('the apimachinery library', () => {
  it('has the shared objects that reference pages and CRDs link to', () => {
    const names = [
      'ObjectMeta',
      'ListMeta',
      'Status',
      'StatusDetails',
      'StatusCause',
      'DeleteOptions',
      'Preconditions',
      'Patch',
      'ManagedFieldsEntry',
      'OwnerReference',
      'Time',
      'MicroTime',
      'FieldsV1',
      'Condition',
      'LabelSelector',
      'LabelSelectorRequirement',
      'WatchEvent',
      'CreateOptions',
      'GetOptions',
      'ListOptions',
      'PatchOptions',
      'UpdateOptions',
      'APIResource',
      'APIResourceList',
      'APIGroup',
      'APIGroupList',
      'APIVersions',
    ];
    for (const name of names) expect(apimachinerySchema(`${META}${name}`), name).toBeDefined();
    for (const key of [
      'io.k8s.apimachinery.pkg.runtime.RawExtension',
      'io.k8s.apimachinery.pkg.util.intstr.IntOrString',
      'io.k8s.apimachinery.pkg.api.resource.Quantity',
      'io.k8s.api.core.v1.ObjectReference',
    ])
      expect(apimachinerySchema(key), key).toBeDefined();
  });

  it('is every upstream definition it cites, verbatim but for the reference targets', () => {
    expect(apimachinerySchemas().size).toBeGreaterThanOrEqual(60);
    for (const [key, entry] of apimachinerySchemas()) {
      const original = cited(entry.source);
      expect(original, `${key}: ${entry.source}`).toBeDefined();
      expect(entry.schema, key).toEqual(asOpenApi3(original!));
    }
  });

  it("prefers OpenShift's copy (what an OpenShift server serves) and takes Kubernetes' only for what it lacks", () => {
    for (const [key, entry] of apimachinerySchemas()) {
      const inOpenShift = Object.hasOwn(upstream['openshift-api.swagger.json']!, key);
      expect(entry.source, key).toMatch(inOpenShift ? /openshift-api\.swagger\.json/ : /kubernetes\.swagger\.json/);
    }
    expect(apimachinerySchema('io.k8s.apimachinery.pkg.version.Info')?.source).toMatch(/kubernetes\.swagger\.json/);
  });

  it("differs from Kubernetes' own copies only by openapi-gen's defaults and the served group-version-kinds", () => {
    // OpenShift's openapi-gen writes `default` for non-pointer fields; Kubernetes' swagger.json lists the
    // group/version/kinds of every group that serves DeleteOptions, Status, WatchEvent, discovery objects.
    const strip = (value: Json): Json => {
      if (Array.isArray(value)) return value.map(strip);
      if (!isJsonObject(value)) return value;
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => key !== 'default' && key !== 'x-kubernetes-group-version-kind')
          .map(([key, member]) => [key, strip(member)]),
      );
    };
    let compared = 0;
    for (const [key, entry] of apimachinerySchemas()) {
      const kubernetes = upstream['kubernetes.swagger.json']![key];
      if (kubernetes === undefined) continue;
      compared++;
      expect(strip(entry.schema), key).toEqual(strip(asOpenApi3(kubernetes)));
    }
    expect(compared).toBeGreaterThanOrEqual(30);
  });

  it('is closed: every reference in it names a library schema', () => {
    for (const [key, entry] of apimachinerySchemas())
      for (const target of schemaReferences(entry.schema))
        expect(apimachinerySchema(target), `${key} → ${target}`).toBeDefined();
  });

  it('links what a document reaches, transitively, and never replaces its own definitions', () => {
    const own: JsonObject = { type: 'object', description: 'a local Time' };
    const document: JsonObject = {
      openapi: '3.0.3',
      components: {
        schemas: {
          Widget: {
            type: 'object',
            properties: {
              metadata: { $ref: `#/components/schemas/${META}ObjectMeta` },
              // A property literally named `$ref` (as in JSONSchemaProps) is not a reference.
              odd: { type: 'object', properties: { $ref: { type: 'string' } } },
            },
          },
          [`${META}Time`]: own,
        },
      },
    };
    const before = structuredClone(document);
    const { document: linked, linked: keys } = linkApimachinery(document);
    expect(keys).toEqual([
      `${META}FieldsV1`,
      `${META}ManagedFieldsEntry`,
      `${META}ObjectMeta`,
      `${META}OwnerReference`,
    ]);
    const schemas = (linked['components'] as { schemas: JsonObject }).schemas;
    expect(schemas[`${META}Time`]).toBe(own);
    expect(schemas[`${META}ObjectMeta`]).toEqual(apimachinerySchema(`${META}ObjectMeta`)!.schema);
    expect(document).toEqual(before);
    // The linked copies are the caller's: changing one leaves the library as it was.
    (schemas[`${META}ObjectMeta`] as JsonObject)['description'] = 'changed';
    expect(apimachinerySchema(`${META}ObjectMeta`)!.schema['description']).not.toBe('changed');
  });

  it('leaves a document that needs nothing from it as it is', () => {
    const document: JsonObject = { openapi: '3.0.3', paths: {}, components: { schemas: { A: { type: 'string' } } } };
    expect(linkApimachinery(document)).toEqual({ document, linked: [] });
  });

  it('generates, as a whole, types and validators that compile under strict', async () => {
    const schemas = Object.fromEntries([...apimachinerySchemas()].map(([key, entry]) => [key, entry.schema]));
    const document: JsonObject = { openapi: '3.0.3', info: { title: 'apimachinery', version: 'v1' }, paths: {} };
    document['components'] = structuredClone({ schemas }) as JsonObject;
    const file = 'apimachinery.json';
    const result = await generate(
      { spec: bundle(new Map([[file, parseSource(file, JSON.stringify(document))]]), file) },
      { templates: await loadTemplates(), packageName: '@specgen/apimachinery' },
    );
    const files = Object.fromEntries(
      result.files
        .filter((file) => /^src\/.*\.ts$/.test(file.path) && file.path !== 'src/node.ts')
        .map((file) => [file.path, file.contents]),
    );
    expect(files['src/types.ts']).toContain('export interface ObjectMeta');
    expect(compileDiagnostics(files)).toEqual([]);
  });
});
