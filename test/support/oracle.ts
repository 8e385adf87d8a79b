/**
 * Oracles for the generated types: openapi-typescript and json-schema-to-typescript read the same overlaid ImageTag
 * schema as we do, and one in-memory ts-morph project compares their types with ours, model by model and field by
 * field, in both directions. The test (test/oracle.test.ts) holds the list of deliberate differences.
 */
import { compile, type Options as JstsOptions } from 'json-schema-to-typescript';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { Project, ts } from 'ts-morph';
import { bundle, resolvePointer } from '../../generator/bundle.js';
import { isJsonObject, type Json, type JsonObject } from '../../generator/document.js';
import { toPointer } from '../../generator/errors.js';
import { loadFile, loadSpecFiles, mapRefs } from '../../generator/load.js';
import { assignModelNames } from '../../generator/names.js';
import { applyOverlay } from '../../generator/overlay.js';
import { upgrade } from '../../generator/upgrade.js';
import { generateImageTag, repoPath } from './pipeline.js';

export const ORACLES = ['openapi-typescript', 'json-schema-to-typescript'] as const;
export type Oracle = (typeof ORACLES)[number];

/** `ours-to-theirs`: a value of our type is not a value of theirs (ours is wider there); the reverse likewise. */
export const DIRECTIONS = ['ours-to-theirs', 'theirs-to-ours'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/**
 * What a local check compares: `presence` the optional/required modifier of one property, `value` the property's
 * type without `undefined`, `shape` the whole model (only reported when no property check of the model explains it,
 * e.g. for models without properties such as FieldsV1).
 */
export type Aspect = 'presence' | 'value' | 'shape';

const SCHEMA_REF = '#/components/schemas/';

/** One schema of components.schemas. */
export interface OracleModel {
  readonly key: string;
  /** Our TypeScript name for the key (generator/names.ts). */
  readonly name: string;
  readonly properties: readonly string[];
  /** Names of the models this one refers to directly. */
  readonly refs: readonly string[];
}

/**
 * A local disagreement: one model (or one of its properties) compared with the oracle's type in which every
 * reference to another model is replaced by OUR type for it, so a difference is reported where it is declared and
 * not again in every model that reaches it.
 */
export interface Disagreement {
  readonly oracle: Oracle;
  readonly direction: Direction;
  readonly aspect: Aspect;
  /** `Model.field`, or `Model` for a shape disagreement. */
  readonly at: string;
  readonly message: string;
}

/** A whole-model check that failed: ours and theirs as emitted, references included. */
export interface ModelFailure {
  readonly oracle: Oracle;
  readonly direction: Direction;
  readonly model: string;
  readonly message: string;
}

/** An object literal to type-check as one model (by our name) of ours or of an oracle. */
export interface Probe {
  readonly id: string;
  readonly model: string;
  readonly as: 'ours' | Oracle;
  readonly value: Json;
}

/** A diagnostic on a probe, at the JSON path of the line it was reported on (`''` is the root). */
export interface ProbeFailure {
  readonly at: string;
  readonly message: string;
}

export interface OracleRun {
  readonly models: readonly OracleModel[];
  /** Diagnostics in the emitted modules themselves (ours, theirs): must be none. */
  readonly moduleDiagnostics: readonly string[];
  readonly disagreements: readonly Disagreement[];
  readonly modelFailures: readonly ModelFailure[];
  readonly probes: ReadonlyMap<string, readonly ProbeFailure[]>;
}

/** The ImageTag spec as the pipeline has it right before normalize: bundled, upgraded, overlaid. */
export async function overlaidImageTagSpec(): Promise<JsonObject> {
  const specFile = repoPath('specs/imagetag.openapi.yaml');
  const spec = bundle(await loadSpecFiles(specFile), specFile);
  const overlay = await loadFile(repoPath('specs/imagetag.overlay.yaml'));
  return applyOverlay(upgrade(spec), overlay).document;
}

/** The schema map of a document. */
function schemasOf(document: JsonObject): JsonObject {
  const components = document.components;
  const schemas = isJsonObject(components) ? components.schemas : undefined;
  if (!isJsonObject(schemas)) throw new Error('the overlaid spec has no components.schemas');
  return schemas;
}

/** Every model of the document with our name for it. */
export function oracleModels(document: JsonObject): OracleModel[] {
  const schemas = schemasOf(document);
  const names = assignModelNames(Object.keys(schemas));
  return Object.entries(schemas).map(([key, schema]) => {
    const refs = new Set<string>();
    mapRefs(schema, (ref) => {
      if (ref.startsWith(SCHEMA_REF)) refs.add(names.get(ref.slice(SCHEMA_REF.length)) ?? ref);
      return undefined;
    });
    const properties = isJsonObject(schema) && isJsonObject(schema.properties) ? Object.keys(schema.properties) : [];
    return { key, name: names.get(key)!, properties, refs: [...refs].sort() };
  });
}

/** openapi-typescript's module for the document, with default options (it reads our canonical 3.1 form as is). */
export async function openapiTypescriptSource(document: JsonObject): Promise<string> {
  return astToString(await openapiTS(structuredClone(document) as unknown as OpenAPI3));
}

/**
 * The only conversion json-schema-to-typescript needs: OpenAPI's `nullable: true` (which our canonical form keeps for
 * normalize, and which the overlay uses) is not JSON Schema, so it becomes a `null` type (or `anyOf` with `null`).
 */
function nullableToJsonSchema(value: Json, names = false): Json {
  if (Array.isArray(value)) return value.map((item) => nullableToJsonSchema(item));
  if (!isJsonObject(value)) return value;
  const copy: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (names) copy[key] = nullableToJsonSchema(child);
    else if (DATA_KEYWORDS.has(key)) copy[key] = child;
    else if (key !== 'nullable' || child !== true) copy[key] = nullableToJsonSchema(child, NAME_MAPS.has(key));
  }
  if (names || value.nullable !== true) return copy;
  if (typeof copy.type === 'string') return { ...copy, type: [copy.type, 'null'] };
  return { anyOf: [copy, { type: 'null' }] };
}

/** Keywords whose value is data, and keywords whose value maps names to schemas. */
const DATA_KEYWORDS = new Set(['enum', 'default', 'example', 'examples', 'const']);
const NAME_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);

/**
 * Options chosen on purpose. `additionalProperties: false` reads an object without `additionalProperties` as closed,
 * as OpenAPI tools (openapi-typescript) and we do; JSON Schema's open default would add `[k: string]: unknown` to
 * every model and hide the real differences. `strictIndexSignatures: false`: maps keep `[k: string]: string` as ours
 * do (readers get `| undefined` from `noUncheckedIndexedAccess`, and JSON has no undefined values). References are
 * printed by name (see below), so there is nothing to declare beyond the root (`declareExternallyReferenced`).
 */
const JSTS_OPTIONS: Partial<JstsOptions> = {
  bannerComment: '',
  additionalProperties: false,
  strictIndexSignatures: false,
  declareExternallyReferenced: false,
  unreachableDefinitions: false,
  format: false,
};

/**
 * json-schema-to-typescript's module: one compile per schema, titled with our name, so every model is addressable by
 * the name we give it. A `$ref` to another schema becomes `tsType: <prefix><our name>` (its siblings stay): given
 * the other schemas under `definitions`, json-schema-to-typescript dereferences each `$ref` into a copy and numbers
 * same-titled copies in visiting order (`ObjectMeta1`, `Time1` ... `Time8` in one compile of all definitions), so
 * its names could not be mapped back to keys. With `refPrefix: 'Ours.'` every reference is our type instead.
 */
export async function jsonSchemaToTypescriptSource(
  document: JsonObject,
  models: readonly OracleModel[],
  refPrefix = '',
): Promise<string> {
  const schemas = schemasOf(document);
  const nameOf = new Map(models.map((model) => [model.key, model.name]));
  const parts: string[] = [];
  for (const model of models) {
    const schema = nullableToJsonSchema(schemas[model.key]!);
    const named = mapRefs(schema, (ref, segments) => {
      const name = ref.startsWith(SCHEMA_REF) ? nameOf.get(ref.slice(SCHEMA_REF.length)) : undefined;
      if (name === undefined) throw new Error(`${model.key}: unexpected $ref ${ref}`);
      const siblings = { ...(resolvePointer(schema, toPointer(segments)) as JsonObject) };
      delete siblings.$ref;
      return { inline: { ...siblings, tsType: `${refPrefix}${name}` } };
    });
    const root = { ...(named as JsonObject), title: model.name };
    const source = await compile(structuredClone(root) as never, model.name, JSTS_OPTIONS);
    if (!new RegExp(`^export (interface|type) ${model.name}\\b`, 'm').test(source))
      throw new Error(`json-schema-to-typescript did not declare ${model.name}:\n${source}`);
    parts.push(source);
  }
  return parts.join('\n');
}

/** Prints a JSON value as a TypeScript literal, one property or item per line, noting each line's JSON path. */
function printLiteral(value: Json, prefix: string): { lines: string[]; paths: string[] } {
  const lines: string[] = [];
  const paths: string[] = [];
  const join = (path: string, key: string | number): string => (path === '' ? String(key) : `${path}.${key}`);
  const walk = (node: Json, path: string, indent: string, head: string, tail: string): void => {
    const entries: [string | number, Json][] = Array.isArray(node)
      ? node.map((item, index) => [index, item])
      : isJsonObject(node)
        ? Object.entries(node)
        : [];
    if ((!Array.isArray(node) && !isJsonObject(node)) || entries.length === 0) {
      lines.push(`${head}${JSON.stringify(node)}${tail}`);
      paths.push(path);
      return;
    }
    const [open, close] = Array.isArray(node) ? ['[', ']'] : ['{', '}'];
    lines.push(`${head}${open}`);
    paths.push(path);
    for (const [key, child] of entries) {
      const label = typeof key === 'number' ? '' : `${JSON.stringify(key)}: `;
      walk(child, join(path, key), `${indent}  `, `${indent}  ${label}`, ',');
    }
    lines.push(`${indent}${close}${tail}`);
    paths.push(path);
  };
  walk(value, '', '', prefix, ';');
  return { lines, paths };
}

/** One generated check (one line of checks.ts): which oracle, direction, model and field it compares. */
interface Check {
  readonly scope: 'local' | 'whole';
  readonly oracle: Oracle;
  readonly direction: Direction;
  readonly aspect: Aspect;
  readonly model: string;
  readonly field?: string;
}

const PRELUDE = [
  "import type * as Ours from './ours.js';",
  "import type { components as OatsComponents } from './oats.js';",
  "import type { components as OatsLocalComponents } from './oats-local.js';",
  "import type * as Jsts from './jsts.js';",
  "import type * as JstsLocal from './jsts-local.js';",
  "export type Oats = OatsComponents['schemas'];",
  "export type OatsLocal = OatsLocalComponents['schemas'];",
  // Two aliases of each kind: two instantiations of one generic alias are compared by its measured variance, which
  // cannot see optionality (`Presence<{ a?: 1 }, 'a'>` would pass for `Presence<{ a: 1 }, 'a'>`).
  '/** Only the optional/required modifier of one property. */',
  'type OursPresence<T, K extends keyof T> = { [P in keyof T as P extends K ? P : never]: 0 };',
  'type TheirPresence<T, K extends keyof T> = { [P in keyof T as P extends K ? P : never]: 0 };',
  '/** A property type without the `undefined` that optionality adds. */',
  'type OursValue<T, K extends keyof T> = Exclude<T[K], undefined>;',
  'type TheirValue<T, K extends keyof T> = Exclude<T[K], undefined>;',
];

/** Builds our types and both oracles' for the ImageTag spec, and runs every check and probe in one ts-morph project. */
export async function runOracles(probes: readonly Probe[] = []): Promise<OracleRun> {
  const document = await overlaidImageTagSpec();
  const models = oracleModels(document);
  const ours = (await generateImageTag()).files.find((file) => file.path === 'src/types.ts');
  if (!ours) throw new Error('src/types.ts was not generated');
  const oats = await openapiTypescriptSource(document);
  const nameOf = new Map(models.map((model) => [model.key, model.name]));
  const oatsLocal =
    "import type * as Ours from './ours.js';\n" +
    oats.replace(/components\["schemas"\]\["([^"]+)"\]/g, (text, key: string) =>
      nameOf.has(key) ? `Ours.${nameOf.get(key)!}` : text,
    );
  const jsts = await jsonSchemaToTypescriptSource(document, models);
  const jstsLocal =
    "import type * as Ours from './ours.js';\n" + (await jsonSchemaToTypescriptSource(document, models, 'Ours.'));

  // The checks: one per line, `declare const` of one type assigned to the other, so a failure explains itself.
  const lines = [...PRELUDE];
  const checks = new Map<number, Check>();
  const theirs = (oracle: Oracle, scope: Check['scope'], model: OracleModel): string =>
    oracle === 'openapi-typescript'
      ? `${scope === 'local' ? 'OatsLocal' : 'Oats'}[${JSON.stringify(model.key)}]`
      : `${scope === 'local' ? 'JstsLocal' : 'Jsts'}.${model.name}`;
  const add = (check: Check, ours: string, them: string): void => {
    const [from, to] = check.direction === 'ours-to-theirs' ? [ours, them] : [them, ours];
    const id = `c${checks.size}`;
    checks.set(lines.length + 1, check);
    lines.push(`declare const ${id}_from: ${from}; export const ${id}: ${to} = ${id}_from;`);
  };
  for (const oracle of ORACLES) {
    for (const direction of DIRECTIONS) {
      for (const model of models) {
        const base = { oracle, direction, model: model.name };
        add({ ...base, scope: 'whole', aspect: 'shape' }, `Ours.${model.name}`, theirs(oracle, 'whole', model));
        const local = theirs(oracle, 'local', model);
        add({ ...base, scope: 'local', aspect: 'shape' }, `Ours.${model.name}`, local);
        for (const field of model.properties) {
          const key = JSON.stringify(field);
          const check = { ...base, scope: 'local', field } as const;
          const [oursArgs, theirArgs] = [`Ours.${model.name}, ${key}`, `${local}, ${key}`];
          add({ ...check, aspect: 'presence' }, `OursPresence<${oursArgs}>`, `TheirPresence<${theirArgs}>`);
          add({ ...check, aspect: 'value' }, `OursValue<${oursArgs}>`, `TheirValue<${theirArgs}>`);
        }
      }
    }
  }

  // The probes: object literals, each line mapped back to its JSON path.
  const probeLines = [...PRELUDE];
  const probeAt = new Map<number, { id: string; path: string }>();
  const keyOf = new Map(models.map((model) => [model.name, model.key]));
  probes.forEach((probe, index) => {
    const key = keyOf.get(probe.model);
    if (key === undefined) throw new Error(`probe ${probe.id}: no model ${probe.model}`);
    const type =
      probe.as === 'ours'
        ? `Ours.${probe.model}`
        : probe.as === 'openapi-typescript'
          ? `Oats[${JSON.stringify(key)}]`
          : `Jsts.${probe.model}`;
    const printed = printLiteral(probe.value, `export const probe${index}: ${type} = `);
    printed.lines.forEach((line, offset) => {
      probeAt.set(probeLines.length + 1, { id: probe.id, path: printed.paths[offset]! });
      probeLines.push(line);
    });
  });

  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: {
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: false,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts'],
      noEmit: true,
      types: [],
    },
  });
  const sources: Record<string, string> = {
    'ours.ts': ours.contents,
    'oats.ts': oats,
    'oats-local.ts': oatsLocal,
    'jsts.ts': jsts,
    'jsts-local.ts': jstsLocal,
  };
  for (const [path, text] of Object.entries(sources)) project.createSourceFile(`/${path}`, text);
  project.createSourceFile('/checks.ts', lines.join('\n'));
  project.createSourceFile('/probes.ts', probeLines.join('\n'));

  const moduleDiagnostics: string[] = [];
  const failed = new Map<number, string[]>();
  const probeFailures = new Map<string, ProbeFailure[]>(probes.map((probe) => [probe.id, []]));
  for (const diagnostic of project.getPreEmitDiagnostics()) {
    const file = diagnostic.getSourceFile()?.getBaseName() ?? '';
    const line = diagnostic.getLineNumber() ?? 0;
    const message = ts.flattenDiagnosticMessageText(diagnostic.compilerObject.messageText, '\n');
    if (file === 'checks.ts' && checks.has(line)) failed.set(line, [...(failed.get(line) ?? []), message]);
    else if (file === 'probes.ts' && probeAt.has(line)) {
      const { id, path } = probeAt.get(line)!;
      probeFailures.get(id)!.push({ at: path, message });
    } else moduleDiagnostics.push(`${file}:${line}: ${message}`);
  }

  const modelFailures: ModelFailure[] = [];
  const fieldLevel: Disagreement[] = [];
  const shapeLevel: Disagreement[] = [];
  for (const [line, messages] of failed) {
    const check = checks.get(line)!;
    const message = messages.join('\n');
    const { oracle, direction, model } = check;
    if (check.scope === 'whole') modelFailures.push({ oracle, direction, model, message });
    else if (check.field === undefined) shapeLevel.push({ oracle, direction, aspect: 'shape', at: model, message });
    else fieldLevel.push({ oracle, direction, aspect: check.aspect, at: `${model}.${check.field}`, message });
  }
  // A shape failure explained by a property of the same model (same oracle, same direction) is not reported again.
  const explained = (shape: Disagreement): boolean =>
    fieldLevel.some(
      (field) =>
        field.oracle === shape.oracle && field.direction === shape.direction && field.at.startsWith(`${shape.at}.`),
    );
  return {
    models,
    moduleDiagnostics,
    disagreements: [...fieldLevel, ...shapeLevel.filter((shape) => !explained(shape))],
    modelFailures,
    probes: probeFailures,
  };
}

/** The names of the models a model reaches through references, itself included. */
export function reachable(models: readonly OracleModel[], from: string): Set<string> {
  const byName = new Map(models.map((model) => [model.name, model]));
  const seen = new Set<string>();
  const pending = [from];
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    pending.push(...(byName.get(name)?.refs ?? []));
  }
  return seen;
}

/**
 * A probe failure in one line: its JSON path and what went wrong there (`null`, `missing a, b`, `never` for a key
 * where Record<string, never> allows none, `not <type>` otherwise).
 */
export function describeFailure(failure: ProbeFailure): string {
  const first = failure.message.split('\n');
  const missingOne = /^Property '(.+?)' is missing in type/.exec(first[0]!);
  const missingMany = /is missing the following properties from type '.*': (.+?)\.?$/.exec(first[0]!);
  const reason = missingOne
    ? `missing ${missingOne[1]!}`
    : missingMany
      ? `missing ${missingMany[1]!}`
      : /^Type 'null' is not assignable/.test(first[0]!)
        ? 'null'
        : /is not assignable to type 'never'/.test(first[0]!)
          ? 'never'
          : `not ${/is not assignable to type '(.+?)'/.exec(first[0]!)?.[1] ?? first[0]!}`;
  return `${failure.at === '' ? '(root)' : failure.at}: ${reason}`;
}
