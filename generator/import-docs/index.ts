/**
 * `specgen import-docs`: OpenShift API reference pages (AsciiDoc source or plain-text rendering) → one OpenAPI 3.0
 * document that the pipeline ingests like any other spec. Pure: the command reads the pages and writes the result.
 *
 * Shared objects a page links to but does not define (`ObjectMeta`, `Time`, `Status`, ...) stay `$ref`s to their
 * upstream keys: they are listed in the document's `x-specgen-external` and reported as warnings. Such a document
 * generates standalone with `--allow-dangling-refs` (each external typed `unknown`), or completely once combined
 * with the upstream definitions. We chose this over stub schemas: a stub would be a guess presented as a type.
 */
import { isDeepStrictEqual } from 'node:util';
import type { JsonObject } from '../document.js';
import { SpecgenError, type Diagnostic } from '../errors.js';
import { parseAsciidocPage } from './adoc.js';
import { warningAt, type DocPage, type Place } from './model.js';
import { buildPaths } from './paths.js';
import { buildSchemas, nameSections, sectionTypeName } from './schemas.js';
import { groupKeyPrefix } from './shared.js';
import { parseTextPage } from './text.js';

/** One page to import: its file name (for diagnostics) and text. */
export interface PageInput {
  readonly file: string;
  readonly text: string;
}

/** Options of the importer. */
export interface ImportOptions {
  /** `group/version` (`image.openshift.io/v1`, or `v1` for core) of pages whose title does not say. */
  readonly apiVersion?: string;
}

/** The imported document, the upstream keys it refers to but does not define, and warnings worth showing. */
export interface ImportResult {
  readonly document: JsonObject;
  readonly externals: readonly string[];
  readonly warnings: readonly Diagnostic[];
}

/** The extension listing the upstream schema keys the document refers to without defining them. */
export const EXTERNAL_EXTENSION = 'x-specgen-external';

/** Reads one page in whichever form it is: AsciiDoc (`|===` tables, `Description::`) or plain text. */
export function parsePage(input: PageInput): DocPage {
  const asciidoc = /^(\|===|Description::|=+ \S)/m.test(input.text);
  const page = asciidoc ? parseAsciidocPage(input.file, input.text) : parseTextPage(input.file, input.text);
  if (page.objects.length === 0 && page.endpoints.length === 0)
    throw new SpecgenError({
      message: 'not an OpenShift API reference page: it documents no object and no API endpoint',
      location: { file: input.file, pointer: '', line: 1, column: 1 },
    });
  return page;
}

/** Imports reference pages into one OpenAPI 3.0 document; the first definition of a schema or operation wins. */
export function importDocs(inputs: readonly PageInput[], options: ImportOptions = {}): ImportResult {
  const warnings: Diagnostic[] = [];
  const schemas = new Map<string, { schema: JsonObject; file: string }>();
  const paths = new Map<string, JsonObject>();
  const references = new Map<string, Diagnostic['location']>();
  const titles: string[] = [];
  const versions = new Set<string>();
  for (const input of inputs) {
    const page = parsePage(input);
    warnings.push(...page.warnings);
    const built = buildPage(page, options, warnings, references);
    titles.push(built.title);
    if (built.version !== undefined) versions.add(built.version);
    for (const [key, schema] of built.schemas) {
      const first = schemas.get(key);
      if (!first) schemas.set(key, { schema, file: page.file });
      else if (!isDeepStrictEqual(first.schema, schema))
        warnings.push(
          warningAt(
            page.file,
            built.placeOf(key),
            `${key} is also defined, differently, by ${first.file}; keeping that one`,
          ),
        );
    }
    for (const [path, item] of built.paths)
      paths.set(path, mergePathItem(path, paths.get(path), item, page.file, warnings));
  }
  const externals = [...references.keys()].filter((key) => !schemas.has(key)).sort();
  for (const key of externals)
    warnings.push({
      message: `external: ${key} is not defined by the imported pages; its $ref is left to the upstream key`,
      location: references.get(key)!,
    });
  const document: JsonObject = {
    openapi: '3.0.3',
    info: {
      title: titles.join(', '),
      version: [...versions].join(', ') || 'unknown',
      description: `Imported by specgen import-docs from ${inputs.map((input) => basename(input.file)).join(', ')}.`,
    },
    paths: Object.fromEntries(paths),
    components: { schemas: Object.fromEntries([...schemas].map(([key, { schema }]) => [key, schema])) },
    ...(externals.length > 0 ? { [EXTERNAL_EXTENSION]: externals } : {}),
  };
  return { document, externals, warnings };
}

/** The schemas and paths of one page. */
function buildPage(
  page: DocPage,
  options: ImportOptions,
  warnings: Diagnostic[],
  references: Map<string, Diagnostic['location']>,
): {
  title: string;
  version?: string;
  schemas: Map<string, JsonObject>;
  paths: Map<string, JsonObject>;
  placeOf: (key: string) => Place;
} {
  const warn = (place: Place, message: string): void => void warnings.push(warningAt(page.file, place, message));
  const root = page.objects.find((object) => object.path === '');
  const kind = page.title?.kind ?? sectionTypeName('', root?.description);
  if (kind === undefined)
    throw new SpecgenError({
      message:
        'cannot tell which kind the page documents: it has no title and its description does not start with the kind',
      location: { file: page.file, pointer: '', line: 1, column: 1 },
    });
  const gvk = groupVersion(page, options, warn);
  const key = (name: string): string => (gvk ? `${groupKeyPrefix(gvk.group, gvk.version)}.${name}` : name);
  const context = {
    ...(page.id !== undefined ? { pageId: page.id } : {}),
    kind,
    rootKey: key(kind),
    keyOfPath: nameSections(page.objects, kind, key, warn),
    reference: (target: string, place: Place): void => {
      if (!references.has(target)) references.set(target, { file: page.file, pointer: '', ...place });
    },
    warn,
  };
  const title = gvk ? `${kind} [${gvk.group === '' ? '' : `${gvk.group}/`}${gvk.version}]` : kind;
  return {
    title,
    ...(gvk ? { version: gvk.version } : {}),
    schemas: buildSchemas(page.objects, context, gvk),
    paths: buildPaths(page.endpoints, context),
    placeOf: (schemaKey) =>
      page.objects.find((object) => context.keyOfPath.get(object.path) === schemaKey)?.place ?? { line: 1, column: 1 },
  };
}

/** The page's group/version: from its title, else from the options; undefined (reported) when neither says. */
function groupVersion(
  page: DocPage,
  options: ImportOptions,
  warn: (place: Place, message: string) => void,
): { group: string; version: string } | undefined {
  if (page.title?.version !== undefined) return { group: page.title.group ?? '', version: page.title.version };
  if (options.apiVersion !== undefined) {
    const slash = options.apiVersion.lastIndexOf('/');
    return { group: slash < 0 ? '' : options.apiVersion.slice(0, slash), version: options.apiVersion.slice(slash + 1) };
  }
  warn(
    { line: 1, column: 1 },
    'the page names no API group/version, so schema keys are bare names (pass --api-version GROUP/VERSION)',
  );
  return undefined;
}

/** Adds a page's path item to the one already imported for the same path; the first operation wins. */
function mergePathItem(
  path: string,
  existing: JsonObject | undefined,
  item: JsonObject,
  file: string,
  warnings: Diagnostic[],
): JsonObject {
  if (!existing) return item;
  const merged: JsonObject = { ...existing };
  for (const [key, value] of Object.entries(item)) {
    if (!Object.hasOwn(merged, key)) merged[key] = value;
    else if (!isDeepStrictEqual(merged[key], value))
      warnings.push({
        message: `${key} of ${path} is also documented, differently, by an earlier page; keeping that one`,
        location: { file, pointer: '' },
      });
  }
  return merged;
}

/** The last segment of a path, for the document's description (so the output does not depend on where pages live). */
function basename(file: string): string {
  return file.split(/[\\/]/).at(-1) ?? file;
}
