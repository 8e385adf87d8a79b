// Agreement between every imported reference page and the upstream definitions of the same types
// (openshift/api openapi/openapi.json; vendored extract in test/fixtures/reference/specs-at-scale/): every schema the
// pages define, property by property (type and description), with its required fields and description. The
// schemas a page does not define (linked from the apimachinery library, derived lists) are compared too.
// What still differs is listed in EXPECTED below, each with why; the test fails on any disagreement not listed and on
// any listed one that no longer occurs, so the list stays true.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isJsonObject, type Json, type JsonObject } from '../generator/document.js';
import { importDocs } from '../generator/import-docs/index.js';
import { repoPath } from './support/pipeline.js';

const DOCS = 'test/fixtures/reference/openshift-docs';
const PAGES: Readonly<Record<string, string>> = {
  image: `${DOCS}/image-image-openshift-io-v1.adoc`,
  imagestream: `${DOCS}/imagestream-image-openshift-io-v1.adoc`,
  imagestreamtag: `${DOCS}/imagestreamtag-image-openshift-io-v1.adoc`,
  'imagetag (current layout)': `${DOCS}/imagetag-image-openshift-io-v1.current-layout.adoc`,
  'imagetag (older layout)': 'test/fixtures/imagetag-reference/docs/imagetag-image-openshift-io-v1.adoc',
  route: `${DOCS}/route-route-openshift-io-v1.adoc`,
};

const upstream = (
  JSON.parse(readFileSync(repoPath('test/fixtures/reference/specs-at-scale/openshift-api.swagger.json'), 'utf8')) as {
    definitions: JsonObject;
  }
).definitions;

/** Wording differences that are not disagreements about the API, each with why; applied to both sides. */
const NORMALIZATIONS: readonly { readonly why: string; readonly apply: (text: string) => string }[] = [
  {
    why: 'AsciiDoc joins the lines of a paragraph; upstream keeps Go comment line breaks and double spaces',
    apply: (text) => text.replace(/\s+/g, ' ').trim(),
  },
  {
    why:
      'the docs were generated from an older openshift/api whose field comments start with the Go field name ' +
      '(DockerImageConfig is ...); upstream now starts them with the JSON name (dockerImageConfig is ...)',
    apply: (text) => text.replace(/^\S+/, (word) => word.toLowerCase()),
  },
];

/** A schema's type in the docs' terms (formats and defaults are not documented, so they are not compared). */
function typeOf(schema: Json | undefined): string {
  if (!isJsonObject(schema)) return 'none';
  if (typeof schema['$ref'] === 'string')
    return `ref ${schema['$ref'].replace(/^#\/(components\/schemas|definitions)\//, '')}`;
  if (schema['x-kubernetes-int-or-string'] === true || schema['format'] === 'int-or-string') return 'int-or-string';
  if (schema['type'] === 'array') return `array of ${typeOf(schema['items'])}`;
  if (schema['type'] === 'object' && isJsonObject(schema['additionalProperties']))
    return `map of ${typeOf(schema['additionalProperties'])}`;
  return typeof schema['type'] === 'string' ? schema['type'] : 'any';
}

/** A description with every normalization applied. */
function normalized(text: Json | undefined): string {
  return NORMALIZATIONS.reduce((value, { apply }) => apply(value), typeof text === 'string' ? text : '');
}

/** Object members as a map, tolerating absence. */
function members(value: Json | undefined): JsonObject {
  return isJsonObject(value) ? value : {};
}

/** The short name of a key: the type name after the last dot. */
function short(key: string): string {
  return key.slice(key.lastIndexOf('.') + 1);
}

/** Every disagreement between one imported page's schemas and upstream, as `Schema[.property]: what`. */
function disagreements(document: JsonObject): string[] {
  const found: string[] = [];
  for (const [key, documented] of Object.entries(members(members(document['components'])['schemas']))) {
    const name = short(key);
    const original = upstream[key];
    if (!isJsonObject(original) || !isJsonObject(documented)) {
      found.push(`${name}: not upstream`);
      continue;
    }
    if (normalized(documented['description']) !== normalized(original['description']))
      found.push(`${name}: description differs`);
    const theirs = members(original['properties']);
    const ours = members(documented['properties']);
    for (const [property, schema] of Object.entries(ours)) {
      const other = theirs[property];
      if (other === undefined) {
        found.push(`${name}.${property}: not upstream`);
        continue;
      }
      if (typeOf(schema) !== typeOf(other))
        found.push(`${name}.${property}: type ${typeOf(schema)}, upstream ${typeOf(other)}`);
      if (normalized(members(schema)['description']) !== normalized(members(other)['description']))
        found.push(`${name}.${property}: description differs`);
    }
    for (const property of Object.keys(theirs))
      if (!(property in ours)) found.push(`${name}.${property}: not documented`);
    const required = (schema: JsonObject): Set<string> => new Set((schema['required'] as string[] | undefined) ?? []);
    for (const field of required(documented))
      if (!required(original).has(field)) found.push(`${name}.${field}: required only in the docs`);
    for (const field of required(original))
      if (!required(documented).has(field)) found.push(`${name}.${field}: required only upstream`);
  }
  return found;
}

/** Every disagreement of every page, as `page: Schema[.property]: what`. */
function allDisagreements(): string[] {
  return Object.entries(PAGES).flatMap(([page, file]) => {
    const { document } = importDocs([{ file, text: readFileSync(repoPath(file), 'utf8') }]);
    return disagreements(document).map((entry) => `${page}: ${entry}`);
  });
}

/** The same reason for several disagreements. */
function each(why: string, entries: readonly string[]): Record<string, string> {
  return Object.fromEntries(entries.map((entry) => [entry, why]));
}

/**
 * Every disagreement between a page and upstream, by `page: Schema[.property]: what`, with the reason it is expected.
 * Types, property sets and required fields agree everywhere but one listed field; what remains is wording.
 */
const EXPECTED: Readonly<Record<string, string>> = {
  ...each(
    'openshift-apidocs-gen prints, in the row of an object-typed field, the description of the object type (the ' +
      "row repeats its section's text), never the field's own comment; the importer leaves that repeat to the named " +
      'schema, so the field\'s upstream description ("spec describes the desired state ...") is on no page',
    [
      'image: ImageSignature.issuedBy: description differs',
      'image: ImageSignature.issuedTo: description differs',
      'imagestream: ImageStream.spec: description differs',
      'imagestream: ImageStream.status: description differs',
      'imagestream: ImageStreamSpec.lookupPolicy: description differs',
      'imagestream: TagReference.importPolicy: description differs',
      'imagestream: TagReference.referencePolicy: description differs',
      'imagestreamtag: ImageSignature.issuedBy: description differs',
      'imagestreamtag: ImageSignature.issuedTo: description differs',
      'imagestreamtag: ImageStreamTag.image: description differs',
      'imagestreamtag: ImageStreamTag.lookupPolicy: description differs',
      'imagestreamtag: ImageStreamTag.tag: description differs',
      'imagestreamtag: TagReference.importPolicy: description differs',
      'imagestreamtag: TagReference.referencePolicy: description differs',
      'imagetag (current layout): ImageSignature.issuedBy: description differs',
      'imagetag (current layout): ImageSignature.issuedTo: description differs',
      'imagetag (current layout): ImageTag.image: description differs',
      'imagetag (current layout): ImageTag.spec: description differs',
      'imagetag (current layout): ImageTag.status: description differs',
      'imagetag (current layout): TagReference.importPolicy: description differs',
      'imagetag (current layout): TagReference.referencePolicy: description differs',
      'imagetag (older layout): ImageSignature.issuedBy: description differs',
      'imagetag (older layout): ImageSignature.issuedTo: description differs',
      'imagetag (older layout): ImageTag.image: description differs',
      'imagetag (older layout): ImageTag.spec: description differs',
      'imagetag (older layout): ImageTag.status: description differs',
      'imagetag (older layout): TagReference.importPolicy: description differs',
      'imagetag (older layout): TagReference.referencePolicy: description differs',
      'route: Route.spec: description differs',
      'route: Route.status: description differs',
      'route: RouteHTTPHeader.action: description differs',
      'route: RouteHTTPHeaderActionUnion.set: description differs',
      'route: RouteHTTPHeaders.actions: description differs',
      'route: RouteSpec.httpHeaders: description differs',
      'route: RouteSpec.port: description differs',
      'route: RouteSpec.tls: description differs',
      'route: RouteSpec.to: description differs',
      'route: TLSConfig.externalCertificate: description differs',
    ],
  ),
  ...each(
    'the older docs layout leaves the description cell of a cross-referenced ObjectMeta row empty; the current ' +
      'layout prints it (and agrees)',
    [
      'imagetag (older layout): Image.metadata: description differs',
      'imagetag (older layout): ImageSignature.metadata: description differs',
      'imagetag (older layout): ImageTag.metadata: description differs',
    ],
  ),
  ...each(
    'no page documents the list kinds; the importer builds them by the Kubernetes list convention ("ImageList is a ' +
      'list of Image objects.", "items is the list of Image objects"), without the sentences upstream adds',
    [
      'image: ImageList: description differs',
      'image: ImageList.items: description differs',
      'imagestream: ImageStreamList: description differs',
      'imagestream: ImageStreamList.items: description differs',
      'imagestreamtag: ImageStreamTagList: description differs',
      'imagestreamtag: ImageStreamTagList.items: description differs',
      'imagetag (current layout): ImageTagList: description differs',
      'imagetag (current layout): ImageTagList.items: description differs',
      'imagetag (older layout): ImageTagList: description differs',
      'imagetag (older layout): ImageTagList.items: description differs',
      'route: RouteList: description differs',
      'route: RouteList.items: description differs',
    ],
  ),
  ...each(
    'upstream reworded these later: Image "a container image and its metadata", "end users, instead, access"; ' +
      'ImageTag "If no tag exists in either form, a not found error" (the docs: "and metadata", "either form a")',
    [
      'image: Image: description differs',
      'imagestreamtag: Image: description differs',
      'imagetag (current layout): Image: description differs',
      'imagetag (current layout): ImageTag: description differs',
      'imagetag (older layout): Image: description differs',
      'imagetag (older layout): ImageTag: description differs',
    ],
  ),
  'imagestream: ImageStreamStatus.dockerImageRepository: required only in the docs':
    'the page lists it under Required:: (generated from an older openshift/api); the upstream definition requires ' +
    'nothing of ImageStreamStatus, and says the field "may be empty until the server determines where the ' +
    'repository is located"',
  'route: TLSConfig.termination: description differs':
    'upstream later reworded "termination indicates termination type" as "termination indicates the TLS termination type"',
};

describe('every imported reference page agrees with the upstream definitions', () => {
  const found = allDisagreements();

  it('except for the listed disagreements, each with its reason', () => {
    expect(found.sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const reason of Object.values(EXPECTED)) expect(reason.length).toBeGreaterThan(40);
  });

  it('compares the same types as upstream: every schema of every page has an upstream definition', () => {
    expect(found.filter((entry) => /not upstream|not documented|type /.test(entry))).toEqual([]);
    let compared = 0;
    for (const file of Object.values(PAGES)) {
      const { document } = importDocs([{ file, text: readFileSync(repoPath(file), 'utf8') }]);
      compared += Object.keys(members(members(document['components'])['schemas'])).length;
    }
    expect(compared).toBeGreaterThan(100);
  });
});
