/**
 * `specgen import-docs`: OpenShift API reference pages (AsciiDoc source or plain-text rendering) → one OpenAPI 3.0
 * document that the pipeline ingests like any other spec. Pure: the command reads the pages and writes the result.
 *
 * Pages of one API merge into one document (merge.ts: the newest complete source wins, differences are reported).
 * What the pages link to but do not define is supplied (complete.ts): list kinds by the Kubernetes list convention,
 * shared objects (`ObjectMeta`, `Time`, `Status`, ...) from the built-in apimachinery library, each upstream
 * definition verbatim. So the document generates on its own; a key found nowhere stays an external `$ref`, listed in
 * `x-specgen-external` and warned about. We never write stub schemas: a stub would be a guess presented as a type.
 */
import { apimachinerySchema } from '../apimachinery/index.js';
import type { JsonObject } from '../document.js';
import { SpecgenError, type Diagnostic } from '../errors.js';
import { compareStrings } from '../names.js';
import { parseAsciidocPage } from './adoc.js';
import { completeDocument } from './complete.js';
import { conflictWarning, mergeCandidates, type Candidate, type PageRank } from './merge.js';
import { warningAt, type DocPage, type Place } from './model.js';
import { buildPaths, hoistCommonParameters } from './paths.js';
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

/**
 * The imported document, the upstream keys it refers to but defines nowhere (neither the pages nor the apimachinery
 * library), warnings worth showing, and the report: every difference between pages that define the same thing
 * (which one was kept and why), and every schema derived or linked rather than read from a page.
 */
export interface ImportResult {
  readonly document: JsonObject;
  readonly externals: readonly string[];
  readonly warnings: readonly Diagnostic[];
  readonly report: readonly string[];
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

/** Imports reference pages into one OpenAPI 3.0 document that stands on its own (see the module comment). */
export function importDocs(inputs: readonly PageInput[], options: ImportOptions = {}): ImportResult {
  const warnings: Diagnostic[] = [];
  const report: string[] = [];
  const references = new Map<string, Diagnostic['location']>();
  const pages = inputs.map(parsePage);
  const versions = groupVersions(pages, options, warnings);
  const schemaCandidates = new Map<string, Candidate[]>();
  const pathCandidates = new Map<string, Map<string, Candidate[]>>();
  const titles: string[] = [];
  pages.forEach((page, order) => {
    warnings.push(...page.warnings);
    const rank: PageRank = {
      file: page.file,
      complete: !page.warnings.some((warning) => /is cut off here/.test(warning.message)),
      layout: page.form === 'text' ? 0 : isCurrentLayout(inputs[order]!.text) ? 2 : 1,
      order,
    };
    const built = buildPage(page, versions[order], warnings, references);
    if (!titles.includes(built.title)) titles.push(built.title);
    for (const [key, schema] of built.schemas)
      push(schemaCandidates, key, { value: schema, page: rank, place: built.placeOf(key) });
    for (const [path, item] of built.paths) {
      const members = pathCandidates.get(path) ?? new Map<string, Candidate[]>();
      pathCandidates.set(path, members);
      const place = page.endpoints.find((endpoint) => endpoint.path === path)?.place ?? { line: 1, column: 1 };
      for (const [member, value] of Object.entries(item))
        push(members, member, {
          value: member === 'parameters' ? { parameters: value } : (value as JsonObject),
          page: rank,
          place,
        });
    }
  });
  const schemas: JsonObject = {};
  for (const [key, candidates] of [...schemaCandidates].sort(([a], [b]) => compareStrings(a, b))) {
    // A kind's own page marks it with its group/version/kind; a page that documents it nested does not. That is
    // not a difference: the mark is kept whichever definition wins.
    const gvk = candidates.map((candidate) => candidate.value[GVK]).find((value) => value !== undefined);
    const unmarked = candidates.map((candidate) => ({ ...candidate, value: withoutKey(candidate.value, GVK) }));
    const merged = mergeCandidates(key, unmarked);
    schemas[key] = gvk === undefined ? merged.value : { ...merged.value, [GVK]: gvk };
    report.push(...merged.differences);
    warnings.push(...conflictWarning(`schema ${key}`, merged, unmarked));
  }
  const paths: JsonObject = {};
  for (const [path, members] of pathCandidates) {
    const item: JsonObject = {};
    for (const [member, candidates] of members) {
      const what = member === 'parameters' ? path : `${member.toUpperCase()} ${path}`;
      const merged = mergeCandidates(what, candidates);
      item[member] = member === 'parameters' ? merged.value['parameters']! : merged.value;
      report.push(...merged.differences);
      warnings.push(...conflictWarning(what, merged, candidates));
    }
    paths[path] = hoistCommonParameters(item);
  }
  const gvs = [...new Set(versions.flatMap((gv) => (gv ? [gv.version] : [])))];
  const imported: JsonObject = {
    openapi: '3.0.3',
    info: {
      title: titles.join(', '),
      version: gvs.join(', ') || 'unknown',
      description: `Imported by specgen import-docs from ${inputs.map((input) => basename(input.file)).join(', ')}.`,
    },
    paths,
    components: { schemas },
  };
  const completion = completeDocument(imported);
  for (const key of completion.derived)
    report.push(`${key}: derived by the Kubernetes list convention (no page documents it)`);
  for (const key of completion.linked)
    report.push(`${key}: linked from the apimachinery library (${apimachinerySchema(key)!.source})`);
  const externals = completion.missing;
  for (const key of externals)
    warnings.push({
      message: `external: ${key} is neither defined by the imported pages nor in the apimachinery library; its $ref is left to the upstream key`,
      location: references.get(key) ?? { file: inputs[0]?.file ?? '', pointer: '' },
    });
  const document: JsonObject = {
    ...completion.document,
    ...(externals.length > 0 ? { [EXTERNAL_EXTENSION]: [...externals] } : {}),
  };
  return { document, externals, warnings, report };
}

/** The extension naming a schema's group/version/kind. */
const GVK = 'x-kubernetes-group-version-kind';

/** A copy of an object without one key. */
function withoutKey(object: JsonObject, key: string): JsonObject {
  const { [key]: _dropped, ...rest } = object;
  return rest;
}

/** Adds a candidate to the list kept under `key`. */
function push(map: Map<string, Candidate[]>, key: string, candidate: Candidate): void {
  const list = map.get(key);
  if (list) list.push(candidate);
  else map.set(key, [candidate]);
}

/** True for the current docs layout: its cross-references spell schema keys with dashes (`io-k8s-...`). */
function isCurrentLayout(text: string): boolean {
  return /xref:[^[\]\s]*#(io|com)-[a-z0-9]+-/.test(text);
}

/** The kind a page documents: its title's, else the one its description starts with. */
function pageKind(page: DocPage): string | undefined {
  const root = page.objects.find((object) => object.path === '');
  return page.title?.kind ?? sectionTypeName('', root?.description);
}

/** Each page's schemas and paths. */
function buildPage(
  page: DocPage,
  gvk: GroupVersion | undefined,
  warnings: Diagnostic[],
  references: Map<string, Diagnostic['location']>,
): {
  title: string;
  schemas: Map<string, JsonObject>;
  paths: Map<string, JsonObject>;
  placeOf: (key: string) => Place;
} {
  const warn = (place: Place, message: string): void => void warnings.push(warningAt(page.file, place, message));
  const kind = pageKind(page);
  if (kind === undefined)
    throw new SpecgenError({
      message:
        'cannot tell which kind the page documents: it has no title and its description does not start with the kind',
      location: { file: page.file, pointer: '', line: 1, column: 1 },
    });
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
    schemas: buildSchemas(page.objects, context, gvk),
    paths: buildPaths(page.endpoints, context),
    placeOf: (schemaKey) =>
      page.objects.find((object) => context.keyOfPath.get(object.path) === schemaKey)?.place ?? { line: 1, column: 1 },
  };
}

/** An API group (`''` for core) and version. */
interface GroupVersion {
  readonly group: string;
  readonly version: string;
}

/**
 * Each page's group/version: its title's; else `--api-version`; else that of another page documenting the same
 * kind, or the one group/version all the other pages share (so a plain-text copy joins the API it belongs to
 * instead of duplicating its names); else undefined, reported.
 */
function groupVersions(
  pages: readonly DocPage[],
  options: ImportOptions,
  warnings: Diagnostic[],
): (GroupVersion | undefined)[] {
  const titled = (page: DocPage): GroupVersion | undefined =>
    page.title?.version !== undefined ? { group: page.title.group ?? '', version: page.title.version } : undefined;
  const known = pages.flatMap((page) => {
    const gv = titled(page);
    return gv ? [{ gv, kind: pageKind(page) }] : [];
  });
  const distinct = [...new Map(known.map(({ gv }) => [`${gv.group}/${gv.version}`, gv])).values()];
  return pages.map((page) => {
    const own = titled(page);
    if (own) return own;
    if (options.apiVersion !== undefined) {
      const slash = options.apiVersion.lastIndexOf('/');
      return {
        group: slash < 0 ? '' : options.apiVersion.slice(0, slash),
        version: options.apiVersion.slice(slash + 1),
      };
    }
    const kind = pageKind(page);
    const same = known.find((other) => other.kind === kind)?.gv ?? (distinct.length === 1 ? distinct[0] : undefined);
    if (same) return same;
    warnings.push(
      warningAt(
        page.file,
        { line: 1, column: 1 },
        'the page names no API group/version, so schema keys are bare names (pass --api-version GROUP/VERSION)',
      ),
    );
    return undefined;
  });
}

/** The last segment of a path, for the document's description (so the output does not depend on where pages live). */
function basename(file: string): string {
  return file.split(/[\\/]/).at(-1) ?? file;
}
