// Agreement between the published API reference pages and specs/imagetag.openapi.yaml, property by property.
// Both pages go through `specgen import-docs` (importDocs) and the result is compared with the spec: every
// documented schema, property (type and description), required field, endpoint, method, parameter and response
// must exist in the spec and say the same, and every property and parameter of the spec must be documented. A
// documented required field must be required by the spec, or be relaxed by the overlay with a reason.
// What still differs is listed in EXPECTED below, each with why; the test fails on any disagreement not listed and
// on any listed one that no longer occurs, so the table stays true.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isJsonObject, type Json, type JsonObject } from '../generator/document.js';
import { importDocs } from '../generator/import-docs/index.js';
import { repoPath } from './support/pipeline.js';

const DOCS = 'test/fixtures/imagetag-reference/docs';
const ADOC = `${DOCS}/imagetag-image-openshift-io-v1.adoc`;
const TEXT = `${DOCS}/imagetag-docs-rendered.txt`;
const PREFIX = 'com.github.openshift.api.image.v1.';
const COLLECTION = '/apis/image.openshift.io/v1/namespaces/{namespace}/imagetags';
const ITEM = `${COLLECTION}/{name}`;

/**
 * Differences in wording that are not disagreements about the API, each with why; they are applied to both sides
 * before descriptions are compared.
 */
const NORMALIZATIONS: readonly { readonly why: string; readonly apply: (text: string) => string }[] = [
  {
    why: 'the HTML rendering collapses runs of spaces and joins lines (the plain-text page)',
    apply: (text) => text.replace(/\s+/g, ' ').trim(),
  },
  {
    why: 'the HTML rendering typesets apostrophes as ’ (the plain-text page: signature’s)',
    apply: (text) => text.replace(/’/g, "'"),
  },
  {
    why:
      'the docs were generated from an older openshift/api whose field comments start with the Go field name ' +
      '(DockerImageConfig is ...); upstream now starts them with the JSON name (dockerImageConfig is ...)',
    apply: (text) => text.replace(/^\S+/, (word) => word.toLowerCase()),
  },
];

/**
 * Every disagreement between a page and the spec, by `page: place: what`, with the reason it is expected.
 * `adoc` is the AsciiDoc source, `text` the plain-text rendering (an older version, cut off mid-sentence).
 */
const EXPECTED: Readonly<Record<string, string>> = {
  // --- The AsciiDoc page: generated from an older Kubernetes and openshift/api than the spec ---
  'adoc: ImageTag: description differs':
    'upstream later added a comma: "If no tag exists in either form, a not found error" (docs: "either form a not found")',
  'adoc: Image: description differs':
    'upstream later reworded it: "a container image and its metadata", "end users, instead, access" ' +
    '(docs: "and metadata", "end users instead access")',
  // sendInitialEvents and ignoreStoreReadErrorWithClusterBreakingPotential are newer than the docs, but the importer
  // declares every query parameter a served operation takes (served.ts), so they are no longer missing.
  'adoc: ImageTagList: description differs':
    'no page documents ImageTagList; the importer builds it by the Kubernetes list convention ("ImageTagList is a ' +
    'list of ImageTag objects."), without the type-specific sentences upstream adds',
  'adoc: ImageTagList.items: description differs':
    'the same derived list: its generic "items is the list of ImageTag objects" for upstream\'s "items is the list of image stream tags"',
  ...each(
    [`POST ${COLLECTION}`, `PUT ${ITEM}`, `PATCH ${ITEM}`],
    'parameter query fieldValidation description differs',
    'the docs still describe the ServerSideFieldValidation feature gate, which upstream dropped from the text when it went GA',
  ),
  ...each(
    [
      'GET /apis/image.openshift.io/v1/imagetags',
      `GET ${COLLECTION}`,
      `POST ${COLLECTION}`,
      `DELETE ${ITEM}`,
      `GET ${ITEM}`,
      `PATCH ${ITEM}`,
      `PUT ${ITEM}`,
    ],
    'parameter query pretty description differs',
    'a newer apiserver adds "Defaults to \'false\' unless the user-agent indicates a browser or command-line HTTP tool"',
  ),

  // --- The plain-text page: an older version still, and cut off mid-sentence ---
  'text: ImageTag: description differs': 'the same missing comma as the AsciiDoc page ("either form a not found")',
  'text: Image: description differs':
    'the same older wording as the AsciiDoc page ("and metadata", "end users instead")',
  'text: Image.dockerImageConfig: description differs':
    'older than manifest-list support: it lacks "Will not be set when the image represents a manifest list."',
  'text: Image.dockerImageLayers: description differs':
    'older than manifest-list support: it lacks "or if the image represents a manifest list"',
  'text: Image.dockerImageLayers: required only in the docs':
    'the older API required dockerImageLayers; upstream made it optional because a manifest list has no layers',
  'text: Image.dockerImageManifests: not documented':
    'dockerImageManifests came with manifest-list support, after this version',
  'text: TagImportPolicy.importMode: not documented':
    'the rendered page is an older version without importMode (added with manifest-list import)',
  'text: TagReferencePolicy.type: description differs':
    'the copy is cut off mid-sentence in this description ("... is used in deploym"), as the importer warns',
  'text: ImageTag.status: type object, spec ref com.github.openshift.api.image.v1.NamedTagEventList':
    'the copy is cut off before the .status section, so status is a bare object: its NamedTagEventList is not documented',
  'text: ImageTag.status: description differs':
    'with no .status section the row keeps the type\'s description ("NamedTagEventList relates ..."), not the field\'s',
};

/** The same disagreement at several operations of the AsciiDoc page, with one reason. */
function each(operations: readonly string[], what: string, why: string): Record<string, string> {
  return Object.fromEntries(operations.map((operation) => [`adoc: ${operation}: ${what}`, why]));
}

/** The spec and overlay as plain values. */
const spec = parseYaml(readFileSync(repoPath('specs/imagetag.openapi.yaml'), 'utf8')) as JsonObject;
const overlay = parseYaml(readFileSync(repoPath('specs/imagetag.overlay.yaml'), 'utf8')) as JsonObject;

/** `key.field` → the overlay's reason, for each overlay action that removes a field from a `required` list. */
function overlayRelaxations(): Map<string, string> {
  const relaxed = new Map<string, string>();
  for (const action of overlay['actions'] as JsonObject[]) {
    const match = /^\$\.components\.schemas\['([^']+)'\]\.required\[\?@ == '([^']+)'\]$/.exec(String(action['target']));
    if (match && action['remove'] === true) relaxed.set(`${match[1]}.${match[2]}`, String(action['description']));
  }
  return relaxed;
}

/** A schema's type in the docs' terms: formats are not documented, so they are not compared. */
function typeOf(schema: Json | undefined): string {
  if (!isJsonObject(schema)) return 'none';
  if (typeof schema['$ref'] === 'string') return `ref ${schema['$ref'].replace('#/components/schemas/', '')}`;
  if (schema['x-kubernetes-int-or-string'] === true) return 'int-or-string';
  if (schema['type'] === 'array') return `array of ${typeOf(schema['items'])}`;
  if (schema['type'] === 'object' && isJsonObject(schema['additionalProperties']))
    return `map of ${typeOf(schema['additionalProperties'])}`;
  return typeof schema['type'] === 'string' ? schema['type'] : 'any';
}

/** A description with every normalization applied. */
function normalized(text: Json | undefined): string {
  return NORMALIZATIONS.reduce((value, { apply }) => apply(value), typeof text === 'string' ? text : '');
}

/** A short name for a schema key (the page's own group loses its prefix). */
function short(key: string): string {
  return key.startsWith(PREFIX) ? key.slice(PREFIX.length) : key;
}

/** Object members as a map, tolerating absence. */
function members(value: Json | undefined): JsonObject {
  return isJsonObject(value) ? value : {};
}

/** The schemas' disagreements: schema and property descriptions, property types, required fields. */
function schemaDisagreements(
  imported: JsonObject,
  relaxed: ReadonlyMap<string, string>,
  used: Map<string, string>,
): string[] {
  const found: string[] = [];
  const specSchemas = members(members(spec['components'])['schemas']);
  for (const [key, documented] of Object.entries(members(members(imported['components'])['schemas']))) {
    const upstream = specSchemas[key];
    const name = short(key);
    if (!isJsonObject(upstream) || !isJsonObject(documented)) {
      found.push(`${name}: not in the spec`);
      continue;
    }
    if (normalized(documented['description']) !== normalized(upstream['description']))
      found.push(`${name}: description differs`);
    const specProperties = members(upstream['properties']);
    const docProperties = members(documented['properties']);
    for (const [property, schema] of Object.entries(docProperties)) {
      const other = specProperties[property];
      if (other === undefined) {
        found.push(`${name}.${property}: not in the spec`);
        continue;
      }
      if (typeOf(schema) !== typeOf(other))
        found.push(`${name}.${property}: type ${typeOf(schema)}, spec ${typeOf(other)}`);
      const description = members(schema)['description'];
      if (description !== undefined && normalized(description) !== normalized(members(other)['description']))
        found.push(`${name}.${property}: description differs`);
    }
    for (const property of Object.keys(specProperties))
      if (!(property in docProperties)) found.push(`${name}.${property}: not documented`);
    const specRequired = new Set((upstream['required'] as string[] | undefined) ?? []);
    const docRequired = new Set((documented['required'] as string[] | undefined) ?? []);
    for (const field of docRequired) {
      // The overlay's relaxations are what the generated code follows, so they are checked first.
      const reason = relaxed.get(`${key}.${field}`);
      if (reason !== undefined) used.set(`${name}.${field}`, reason);
      else if (!specRequired.has(field)) found.push(`${name}.${field}: required only in the docs`);
    }
    for (const field of specRequired)
      if (!docRequired.has(field)) found.push(`${name}.${field}: required only in the spec`);
  }
  return found;
}

/** The parameters an operation takes: its path item's, overridden by its own (by name and location). */
function effectiveParameters(item: JsonObject, operation: JsonObject): Map<string, JsonObject> {
  const all = [
    ...((item['parameters'] as JsonObject[] | undefined) ?? []),
    ...((operation['parameters'] as JsonObject[] | undefined) ?? []),
  ];
  return new Map(all.map((parameter) => [`${String(parameter['in'])} ${String(parameter['name'])}`, parameter]));
}

/** The endpoints' disagreements: paths, methods, operationIds, parameters, bodies and responses. */
function endpointDisagreements(imported: JsonObject): string[] {
  const found: string[] = [];
  const specPaths = members(spec['paths']);
  for (const [path, item] of Object.entries(members(imported['paths']))) {
    const specItem = members(specPaths[path]);
    if (specPaths[path] === undefined) {
      found.push(`${path}: not in the spec`);
      continue;
    }
    for (const [method, operation] of Object.entries(members(item))) {
      if (method === 'parameters') continue;
      const where = `${method.toUpperCase()} ${path}`;
      const specOperation = members(specItem[method]);
      if (specItem[method] === undefined) {
        found.push(`${where}: not in the spec`);
        continue;
      }
      const documented = members(operation);
      if (documented['operationId'] !== specOperation['operationId']) found.push(`${where}: operationId differs`);
      if (normalized(documented['description']) !== normalized(specOperation['description']))
        found.push(`${where}: description differs`);
      const docParameters = effectiveParameters(members(item), documented);
      const specParameters = effectiveParameters(specItem, specOperation);
      for (const [id, parameter] of docParameters) {
        const other = specParameters.get(id);
        if (!other) {
          found.push(`${where}: parameter ${id} not in the spec`);
          continue;
        }
        if (typeOf(parameter['schema']) !== typeOf(other['schema']))
          found.push(`${where}: parameter ${id} type differs`);
        if (normalized(parameter['description']) !== normalized(other['description']))
          found.push(`${where}: parameter ${id} description differs`);
      }
      for (const id of specParameters.keys())
        if (!docParameters.has(id)) found.push(`${where}: parameter ${id} not documented`);
      const bodyTypes = (operation: JsonObject): string[] => [
        ...new Set(
          Object.values(members(members(operation['requestBody'])['content'])).map((media) =>
            typeOf(members(media)['schema']),
          ),
        ),
      ];
      if (JSON.stringify(bodyTypes(documented)) !== JSON.stringify(bodyTypes(specOperation)))
        found.push(`${where}: body differs`);
      const responseTypes = (operation: JsonObject): string[] =>
        Object.entries(members(operation['responses'])).map(
          ([code, response]) =>
            `${code} ${[...new Set(Object.values(members(members(response)['content'])).map((media) => typeOf(members(media)['schema'])))].join('|')}`,
        );
      if (JSON.stringify(responseTypes(documented).sort()) !== JSON.stringify(responseTypes(specOperation).sort()))
        found.push(`${where}: responses differ`);
    }
  }
  return found;
}

/** What comparing one page with the spec found. */
interface Comparison {
  readonly disagreements: string[];
  readonly relaxed: Map<string, string>;
  readonly document: JsonObject;
  readonly warnings: readonly string[];
}

/** Imports one page and compares it with the spec; disagreements are prefixed with the page's name in EXPECTED. */
function compare(page: 'adoc' | 'text'): Comparison {
  const file = page === 'adoc' ? ADOC : TEXT;
  const text = readFileSync(repoPath(file), 'utf8');
  // The plain-text copy lost its title, so its group/version is given as `--api-version` would.
  const { document, warnings } = importDocs([{ file, text }], { apiVersion: 'image.openshift.io/v1' });
  const relaxed = new Map<string, string>();
  const found = [...schemaDisagreements(document, overlayRelaxations(), relaxed), ...endpointDisagreements(document)];
  return {
    disagreements: found.map((entry) => `${page}: ${entry}`),
    relaxed,
    document,
    warnings: warnings.map((warning) => warning.message),
  };
}

describe('the API reference pages agree with specs/imagetag.openapi.yaml', () => {
  const adoc = compare('adoc');
  const text = compare('text');

  it('except for the listed disagreements, each with its reason', () => {
    const found = [...adoc.disagreements, ...text.disagreements].sort();
    expect(found).toEqual(Object.keys(EXPECTED).sort());
    for (const reason of Object.values(EXPECTED)) expect(reason.length).toBeGreaterThan(20);
  });

  it("accepts a documented required field that the overlay relaxes only with the overlay's reason", () => {
    const relaxed = Object.fromEntries([...adoc.relaxed, ...text.relaxed]);
    expect(Object.keys(relaxed).sort()).toEqual([
      'ImageLayer.mediaType',
      'TagReference.name',
      'TagReferencePolicy.type',
    ]);
    for (const reason of Object.values(relaxed)) expect(reason).toMatch(/semantics\.md rule \d+/);
  });

  it('compares every schema and endpoint of the AsciiDoc page, and what the cut-off text page still has', () => {
    // The page's own schemas; the list kind it derives and the library schemas it links are checked apart.
    const all = (comparison: Comparison): string[] =>
      Object.keys(members(members(comparison.document['components'])['schemas']))
        .map(short)
        .sort();
    const schemas = (comparison: Comparison): string[] =>
      all(comparison).filter((name) => !name.startsWith('io.k8s.') && name !== 'ImageTagList');
    expect(all(adoc).filter((name) => name.startsWith('io.k8s.'))).toEqual([
      'io.k8s.api.core.v1.ObjectReference',
      'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
      'io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1',
      'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta',
      'io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry',
      'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta',
      'io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference',
      'io.k8s.apimachinery.pkg.apis.meta.v1.Patch',
      'io.k8s.apimachinery.pkg.apis.meta.v1.Preconditions',
      'io.k8s.apimachinery.pkg.apis.meta.v1.ShardInfo',
      'io.k8s.apimachinery.pkg.apis.meta.v1.Status',
      'io.k8s.apimachinery.pkg.apis.meta.v1.StatusCause',
      'io.k8s.apimachinery.pkg.apis.meta.v1.StatusDetails',
      'io.k8s.apimachinery.pkg.apis.meta.v1.Time',
      'io.k8s.apimachinery.pkg.runtime.RawExtension',
    ]);
    expect(all(adoc)).toContain('ImageTagList');
    expect(schemas(adoc)).toEqual([
      'Image',
      'ImageLayer',
      'ImageManifest',
      'ImageSignature',
      'ImageTag',
      'NamedTagEventList',
      'SignatureCondition',
      'SignatureIssuer',
      'SignatureSubject',
      'TagEvent',
      'TagEventCondition',
      'TagImportPolicy',
      'TagReference',
      'TagReferencePolicy',
    ]);
    expect(Object.keys(members(adoc.document['paths']))).toHaveLength(3);
    // The text stops inside .spec.referencePolicy: .status and its objects, and the endpoints, are missing.
    expect(schemas(text)).toEqual([
      'Image',
      'ImageLayer',
      'ImageSignature',
      'ImageTag',
      'SignatureCondition',
      'SignatureIssuer',
      'SignatureSubject',
      'TagImportPolicy',
      'TagReference',
      'TagReferencePolicy',
    ]);
    expect(members(text.document['paths'])).toEqual({});
    expect(text.warnings).toContainEqual(expect.stringMatching(/^the text is cut off here, mid-sentence/));
  });
});
