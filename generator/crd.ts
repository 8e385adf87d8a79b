/**
 * CustomResourceDefinitions as input: a CRD file (YAML or JSON, one or many documents) or a folder of them becomes one
 * OpenAPI document. Every served version of every CRD is a model named by its kind: the storage version plain
 * (`HTTPRoute`), the others suffixed by their version (`HTTPRouteV1beta1`), each with a list model (`HTTPRouteList`,
 * `HTTPRouteV1beta1List`). `metadata` links meta/v1 ObjectMeta (ListMeta for lists) from the built-in apimachinery
 * library; the schema is otherwise the CRD's own, extensions included, so normalize and parse treat it as any other
 * Kubernetes schema.
 */
import { readFile, stat } from 'node:fs/promises';
import { linkApimachinery } from './apimachinery/index.js';
import { isJsonObject, type Json, type JsonObject, type SourceDocument, type Spec } from './document.js';
import { SpecgenError, escapePointerSegment, fromPointer, toPointer, type SourceLocation } from './errors.js';
import { CUSTOM_RESOURCES } from './go-decoding.js';
import { parseSource } from './load.js';
import { specFolderFiles } from './spec-folder.js';

/** meta/v1 ObjectMeta and ListMeta, from the built-in apimachinery library (generator/apimachinery/). */
const OBJECT_META_REF = '#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';
const LIST_META_REF = '#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta';

/** Key of the loaded CRD list in the combined input document. */
export const CRD_LIST = 'x-specgen-crds';

const CRD_TEXT = /\bCustomResourceDefinition\b/;

/** True for a parsed CustomResourceDefinition object. */
export function isCrd(value: Json | undefined): value is JsonObject {
  return (
    isJsonObject(value) &&
    value['kind'] === 'CustomResourceDefinition' &&
    typeof value['apiVersion'] === 'string' &&
    value['apiVersion'].startsWith('apiextensions.k8s.io/')
  );
}

/**
 * Loads `path` as CRD input when it is one: a folder (every YAML/JSON file in it, sorted), or a file whose documents
 * are CRDs. Undefined for anything else (an OpenAPI document), so the caller loads it as usual.
 */
export async function loadCrdInput(path: string): Promise<SourceDocument | undefined> {
  return (await loadCrdOrParsed(path)).crds;
}

/**
 * `loadCrdInput`'s answer (`crds`), and, for a file that names CustomResourceDefinition without being CRD input (a
 * Kubernetes API's own spec defines that kind), the document as parsed to find out (`parsed`): the caller need not
 * read and parse the file again.
 */
export async function loadCrdOrParsed(
  path: string,
): Promise<{ readonly crds?: SourceDocument; readonly parsed?: SourceDocument }> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) return {};
  const files = (await specFolderFiles(path)) ?? [path];
  const texts = await Promise.all(files.map(async (file) => ({ file, text: await readFile(file, 'utf8') })));
  if (!info.isDirectory() && !CRD_TEXT.test(texts[0]!.text)) return {};
  const parts = texts.flatMap(({ file, text }) => splitDocuments(file, text));
  if (!info.isDirectory() && !parts.some((part) => isCrd(part.value)))
    // One document without `---` lines was parsed from the file's text as it is, as loading it would parse it.
    return parts.length === 1 && !/^---\s*$/m.test(texts[0]!.text) ? { parsed: parts[0]! } : {};
  if (parts.length === 0)
    throw new SpecgenError({
      message: 'no CustomResourceDefinition in this folder',
      location: { file: path, pointer: '' },
    });
  for (const part of parts) {
    if (!isCrd(part.value))
      throw new SpecgenError({
        message: 'not a CustomResourceDefinition (apiextensions.k8s.io/v1): CRD input takes CRDs only',
        location: { file: part.file, pointer: '', ...(part.locate('') ?? {}) },
      });
  }
  const value: JsonObject = { [CRD_LIST]: parts.map((part) => ({ file: part.file, crd: part.value })) };
  return {
    crds: {
      file: path,
      value,
      locate: (pointer) => {
        const [, index, , ...rest] = fromPointer(pointer);
        return parts[Number(index)]?.locate(toPointer(rest));
      },
    },
  };
}

/** The YAML documents of a text, each parsed on its own with line numbers as in the whole text. */
function splitDocuments(file: string, text: string): SourceDocument[] {
  const lines = text.split('\n');
  const starts = [0, ...lines.flatMap((line, index) => (/^---\s*$/.test(line) ? [index + 1] : []))];
  return starts.flatMap((start, index) => {
    const end = index + 1 < starts.length ? starts[index + 1]! - 1 : lines.length;
    const body = lines.slice(start, end);
    if (body.every((line) => line.trim() === '' || line.trimStart().startsWith('#'))) return [];
    // Earlier lines blanked, so every line:column the parser reports is the one in the file.
    const padded = `${'\n'.repeat(start)}${body.join('\n')}`;
    return [parseSource(file, padded)];
  });
}

/** Where each output schema came from: the CRD's file and the pointer of its schema in the combined input. */
interface Origin {
  readonly file: string;
  readonly itemPointer: string;
  readonly schemaPointer: string;
}

/** PascalCase of a version: `v1beta1` → `V1beta1`. */
function versionSuffix(version: string): string {
  return version.charAt(0).toUpperCase() + version.slice(1);
}

/** The combined CRD input as a Spec (OpenAPI 3.1-like), or undefined when the document is not CRD input. */
export function crdToSpec(document: SourceDocument): Spec | undefined {
  const root = document.value;
  const items: { file: string; crd: JsonObject; pointer: string }[] = [];
  if (isCrd(root)) items.push({ file: document.file, crd: root, pointer: '' });
  else if (isJsonObject(root) && Array.isArray(root[CRD_LIST])) {
    root[CRD_LIST].forEach((item, index) => {
      if (isJsonObject(item) && isCrd(item['crd']) && typeof item['file'] === 'string')
        items.push({ file: item['file'], crd: item['crd'], pointer: `/${CRD_LIST}/${index}/crd` });
    });
  } else return undefined;
  const schemas: JsonObject = {};
  const origins = new Map<string, Origin>();
  const groups = new Set<string>();
  for (const { file, crd, pointer } of items) {
    const fail = (message: string, at: string): never => {
      throw new SpecgenError({ message, location: locate(document, file, `${pointer}${at}`) });
    };
    const spec = isJsonObject(crd['spec']) ? crd['spec'] : fail('a CRD needs a spec', '');
    const names = isJsonObject(spec['names']) ? spec['names'] : fail('a CRD needs spec.names', '/spec');
    const group = typeof spec['group'] === 'string' ? spec['group'] : fail('a CRD needs spec.group', '/spec');
    const kind = typeof names['kind'] === 'string' ? names['kind'] : fail('a CRD needs names.kind', '/spec/names');
    const listKind = typeof names['listKind'] === 'string' ? names['listKind'] : `${kind}List`;
    const versions = Array.isArray(spec['versions']) ? spec['versions'] : fail('a CRD needs spec.versions', '/spec');
    groups.add(group);
    versions.forEach((entry, index) => {
      const at = `/spec/versions/${index}`;
      if (!isJsonObject(entry) || entry['served'] === false) return;
      const version = typeof entry['name'] === 'string' ? entry['name'] : fail('a version needs a name', at);
      const schema = isJsonObject(entry['schema']) ? entry['schema']['openAPIV3Schema'] : undefined;
      if (!isJsonObject(schema)) fail('a served version needs schema.openAPIV3Schema', `${at}/schema`);
      const name = entry['storage'] === true ? kind : `${kind}${versionSuffix(version)}`;
      const gvk = (k: string): Json => [{ group, version, kind: k }];
      const subresources = isJsonObject(entry['subresources']) ? entry['subresources'] : {};
      schemas[name] = kindSchema(schema as JsonObject, gvk(kind), isJsonObject(subresources['status']));
      schemas[`${name}List`] = listSchema(name, gvk(listKind));
      origins.set(name, { file, itemPointer: pointer, schemaPointer: `${pointer}${at}/schema/openAPIV3Schema` });
      origins.set(`${name}List`, { file, itemPointer: pointer, schemaPointer: `${pointer}${at}` });
    });
  }
  const output: JsonObject = {
    openapi: '3.1.0',
    info: { title: [...groups].sort().join(', ') || 'custom resources', version: '0.0.0', [CUSTOM_RESOURCES]: true },
    paths: {},
    components: { schemas },
  };
  return {
    document: linkApimachinery(output).document,
    file: document.file,
    locate: (outputPointer) => {
      const [components, schemasKey, key, ...rest] = fromPointer(outputPointer);
      const origin = components === 'components' && schemasKey === 'schemas' ? origins.get(key ?? '') : undefined;
      if (origin === undefined) return { file: document.file, pointer: outputPointer };
      return locate(document, origin.file, `${origin.schemaPointer}${rest.length ? toPointer(rest) : ''}`);
    },
  };
}

/** A location in the combined input, reported in the CRD's own file. */
function locate(document: SourceDocument, file: string, pointer: string): SourceLocation {
  const place = document.locate(pointer);
  const own = pointer.replace(new RegExp(`^/${escapePointerSegment(CRD_LIST)}/\\d+/crd`), '');
  return place ? { file, pointer: own, line: place.line, column: place.column } : { file, pointer: own };
}

/**
 * A served version's schema as a model: metadata is ObjectMeta (plus the CRD's own constraints), GVK attached. Without
 * the status subresource, `status` is written with the object and validated on create (apiextensions-apiserver
 * pkg/registry/customresource/strategy.go PrepareForCreate drops it only with the subresource): not read-only.
 */
function kindSchema(schema: JsonObject, gvk: Json, statusSubresource: boolean): JsonObject {
  const given = isJsonObject(schema['properties']) ? schema['properties'] : {};
  const status = given['status'];
  const properties: JsonObject =
    !statusSubresource && isJsonObject(status) && status['readOnly'] === undefined
      ? { ...given, status: { ...status, readOnly: false } }
      : given;
  const metadata = properties['metadata'];
  const constraints =
    isJsonObject(metadata) && Object.keys(metadata).some((key) => key !== 'type' && key !== 'description')
      ? [metadata]
      : [];
  const linked: JsonObject =
    constraints.length > 0 ? { allOf: [{ $ref: OBJECT_META_REF }, ...constraints] } : { $ref: OBJECT_META_REF };
  return {
    ...schema,
    properties: {
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      ...properties,
      metadata: linked,
    },
    'x-kubernetes-group-version-kind': gvk,
  };
}

/** The list kind of a model. */
function listSchema(item: string, gvk: Json): JsonObject {
  return {
    type: 'object',
    required: ['items'],
    properties: {
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      metadata: { $ref: LIST_META_REF },
      items: { type: 'array', items: { $ref: `#/components/schemas/${item}` } },
    },
    'x-kubernetes-group-version-kind': gvk,
  };
}
