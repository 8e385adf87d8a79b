/**
 * Ajv as the oracle of the generated validators. The ImageTag spec is loaded and normalized in-process exactly as the
 * generator sees it (load → upgrade → overlay → normalize); its components.schemas are then rewritten, once per
 * mode, into a draft 2020-12 document that states specgen's mode semantics in plain JSON Schema:
 *
 * - every definition exists twice, `Req_<key>` and `Res_<key>`, and references stay within their mode;
 * - a request copy drops from `required` the readOnly properties, and checks their values with the decode copies
 *   (`Dec_<key>`: what Go's JSON decoder refuses: JSON types, integer ranges and the date-time/byte formats, null
 *   everywhere, no required, enum, pattern, bound or CEL rule; generator/print/guard/decode.ts);
 * - a response copy drops from `required` the properties marked `x-specgen-optional-in-response`;
 * - `x-specgen-non-null-in-request` properties of a request copy do not accept null;
 * - union members (`anyOf`/`oneOf`) marked `x-specgen-only-in` are kept only in that mode;
 * - `unknownFields: 'reject'` has its own copies (`ReqS_`/`ResS_`, and `ReqSL_`/`ResSL_` for the members of an
 *   `allOf`, strict below their top level only) that close every object with listed properties through
 *   `unevaluatedProperties: false`, so the keys of all `allOf` members are known together, as Kubernetes strict field
 *   validation sees one Go struct.
 *
 * Every other `x-*` keyword is dropped except `x-kubernetes-validations`, which Ajv ignores (`strict: false`) and
 * `celFailures` evaluates with hand translations of the CEL rules (Ajv does not understand CEL).
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { isJsonObject, type Json, type JsonObject } from '../../generator/document.js';
import { parseSource } from '../../generator/load.js';
import { assignModelNames } from '../../generator/names.js';
import { NAME_REQUIRED, NULL_IS_UNSET } from '../../generator/go-decoding.js';
import { NON_NULL_IN_REQUEST, normalize, ONLY_IN, OPTIONAL_IN_RESPONSE } from '../../generator/normalize.js';
import { applyOverlay } from '../../generator/overlay.js';
import { upgrade } from '../../generator/upgrade.js';
import { repoPath } from './pipeline.js';

/** The validation mode of the contract. */
export type Mode = 'request' | 'response';

/** One configuration the validators are run in: a mode, and whether unknown fields are rejected. */
export interface Config {
  readonly mode: Mode;
  readonly unknownFields: 'ignore' | 'reject';
}

/** Every configuration: both modes, with unknown fields ignored (the default) and rejected. */
export const CONFIGS: readonly Config[] = [
  { mode: 'request', unknownFields: 'ignore' },
  { mode: 'response', unknownFields: 'ignore' },
  { mode: 'request', unknownFields: 'reject' },
  { mode: 'response', unknownFields: 'reject' },
];

const SCHEMA_REF = '#/components/schemas/';
const DOCUMENT_ID = 'https://specgen.test/imagetag-oracle';

type Variant = '' | 'S' | 'SL';

/** A mode of the oracle's copies: the two validation modes, and what the decoder reads (read-only members of requests). */
type CopyMode = Mode | 'decode';

/** The `$defs` name of a definition in a mode: `Req_<key>`, `Res_<key>`, `Dec_<key>`, or a strict variant. */
export function defName(key: string, mode: CopyMode, variant: Variant = ''): string {
  return `${mode === 'request' ? 'Req' : mode === 'response' ? 'Res' : 'Dec'}${variant}_${key}`;
}

/** The `$defs` name the validators of a model are compared with in a configuration. */
export function configDefName(key: string, config: Config): string {
  return defName(key, config.mode, config.unknownFields === 'reject' ? 'S' : '');
}

/** The overlaid, normalized ImageTag document, built in-process from specs/. */
export function loadNormalizedImageTag(): JsonObject {
  const specFile = repoPath('specs/imagetag.openapi.yaml');
  const overlayFile = repoPath('specs/imagetag.overlay.yaml');
  const spec = upgrade(parseSource(specFile, readFileSync(specFile, 'utf8')));
  const overlay = parseSource(overlayFile, readFileSync(overlayFile, 'utf8'));
  return normalize(applyOverlay(spec, overlay)).document;
}

/** components.schemas of a document. */
export function schemasOf(document: JsonObject): JsonObject {
  const components = document['components'];
  const schemas = isJsonObject(components) ? components['schemas'] : undefined;
  if (!isJsonObject(schemas)) throw new Error('the document has no components.schemas');
  return schemas;
}

interface Context {
  readonly mode: CopyMode;
  readonly strict: boolean;
  readonly schemas: JsonObject;
}

/** The definition key a `$ref` names, or undefined for references elsewhere. */
export function refKey(ref: Json | undefined): string | undefined {
  if (typeof ref !== 'string' || !ref.startsWith(SCHEMA_REF)) return undefined;
  return decodeURIComponent(ref.slice(SCHEMA_REF.length)).replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * The property names of a schema when it is a closed object in strict mode (an object with listed properties and
 * nothing said about other keys, or an `allOf` of closed objects), or undefined when extra keys are data.
 */
function closedKeys(schema: Json, schemas: JsonObject, seen: ReadonlySet<string> = new Set()): string[] | undefined {
  if (!isJsonObject(schema)) return undefined;
  const key = refKey(schema['$ref']);
  if (key !== undefined) {
    if (seen.has(key)) return undefined;
    return closedKeys(schemas[key] ?? true, schemas, new Set([...seen, key]));
  }
  if (schema['additionalProperties'] !== undefined && schema['additionalProperties'] !== false) return undefined;
  const properties = isJsonObject(schema['properties']) ? Object.keys(schema['properties']) : [];
  const allOf = schema['allOf'];
  if (Array.isArray(allOf)) {
    const lists = allOf.map((member) => closedKeys(member, schemas, seen));
    if (lists.some((list) => list === undefined)) return undefined;
    return [...properties, ...lists.flatMap((list) => list!)];
  }
  return properties.length > 0 ? properties : undefined;
}

/** A schema that does not accept null: null dropped from type lists, enums and unions, and `not: {type: null}`. */
function withoutNull(schema: Json): Json {
  if (!isJsonObject(schema)) return schema;
  const result: JsonObject = { ...schema };
  const type = result['type'];
  if (Array.isArray(type)) result['type'] = type.filter((entry) => entry !== 'null');
  if (Array.isArray(result['enum'])) result['enum'] = result['enum'].filter((entry) => entry !== null);
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const members = result[keyword];
    if (Array.isArray(members)) {
      result[keyword] = members.filter(
        (member) => !(isJsonObject(member) && (member['type'] === 'null' || isNullEnum(member['enum']))),
      );
    }
  }
  result['not'] = { type: 'null' };
  return result;
}

function isNullEnum(values: Json | undefined): boolean {
  return Array.isArray(values) && values.length > 0 && values.every((value) => value === null);
}

/** Rewrites one schema for a mode; `lenientTop` leaves the top-level object open (a member of an `allOf`). */
function rewrite(schema: Json, context: Context, lenientTop = false): Json {
  if (!isJsonObject(schema)) return schema;
  if (context.mode === 'decode') return decodeRewrite(schema, context, lenientTop);
  const { mode, strict, schemas } = context;
  if ('nullable' in schema) throw new Error('normalize should have turned nullable into a null union');
  const result: JsonObject = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === 'x-kubernetes-validations') {
      const rules = Array.isArray(value)
        ? value.filter((rule) => !(isJsonObject(rule) && rule[ONLY_IN] !== undefined && rule[ONLY_IN] !== mode))
        : [];
      if (rules.length > 0) result[keyword] = rules;
    } else if (keyword.startsWith('x-')) {
      continue;
    } else if (keyword === '$ref') {
      const key = refKey(value);
      if (key === undefined) throw new Error(`unexpected $ref ${JSON.stringify(value)}`);
      result[keyword] = `#/$defs/${defName(key, mode, strict ? (lenientTop ? 'SL' : 'S') : '')}`;
    } else if ((keyword === 'anyOf' || keyword === 'oneOf') && Array.isArray(value)) {
      const members = value.filter(
        (member) => !(isJsonObject(member) && member[ONLY_IN] !== undefined && member[ONLY_IN] !== mode),
      );
      result[keyword] = members.length === 0 ? [false] : members.map((member) => rewrite(member, context, lenientTop));
    } else if (keyword === 'allOf' && Array.isArray(value)) {
      result[keyword] = value.map((member) => rewrite(member, context, true));
    } else if (keyword === 'properties' && isJsonObject(value)) {
      const properties: JsonObject = {};
      const required = new Set(Array.isArray(schema['required']) ? schema['required'] : []);
      for (const [name, property] of Object.entries(value)) {
        const flags = isJsonObject(property) ? property : {};
        const readOnly = flags['readOnly'] === true;
        // A read-only property is dropped by the server from requests once decoded: only the decoder reads it.
        const childContext = mode === 'request' && readOnly ? { ...context, mode: 'decode' as const } : context;
        // A required property's null that means "not set" leaves it missing: the property itself refuses null.
        const requiredHere =
          required.has(name) && (mode === 'request' ? !readOnly : flags[OPTIONAL_IN_RESPONSE] !== true);
        const child = rewrite(
          requiredHere && flags[NULL_IS_UNSET] === true ? { ...flags, [NULL_IS_UNSET]: false } : property,
          childContext,
        );
        properties[name] =
          mode === 'request' && !readOnly && flags[NON_NULL_IN_REQUEST] === true ? withoutNull(child) : child;
      }
      result[keyword] = properties;
    } else if (keyword === 'required' && Array.isArray(value)) {
      const properties = isJsonObject(schema['properties']) ? schema['properties'] : {};
      result[keyword] = value.filter((name) => {
        if (typeof name !== 'string') return true;
        const property = properties[name];
        if (!isJsonObject(property)) return true;
        return mode === 'request' ? property['readOnly'] !== true : property[OPTIONAL_IN_RESPONSE] !== true;
      });
    } else if (keyword === 'items' || keyword === 'additionalProperties' || keyword === 'not') {
      result[keyword] = rewrite(value, context);
    } else {
      result[keyword] = value;
    }
  }
  if (strict && !lenientTop && result['unevaluatedProperties'] === undefined && closedKeys(schema, schemas)) {
    result['unevaluatedProperties'] = false;
  }
  // A stored kind's requests need metadata.name or metadata.generateName (objectmeta.go).
  if (mode === 'request' && schema[NAME_REQUIRED] === true) {
    const given = (name: string): JsonObject => ({
      required: [name],
      properties: { [name]: { type: 'string', minLength: 1 } },
    });
    const named: JsonObject = {
      required: ['metadata'],
      properties: {
        metadata: { type: 'object', anyOf: [given('name'), given('generateName')] },
      },
    };
    result['allOf'] = [...(Array.isArray(result['allOf']) ? result['allOf'] : []), named];
  }
  // Go decodes null here to the zero value: "not set" (generator/go-decoding.ts).
  return schema[NULL_IS_UNSET] === true ? { anyOf: [{ type: 'null' }, result] } : result;
}

/** The JSON types of enum or const values (a decoder reads an enum as its Go type). */
function jsonTypes(values: readonly Json[]): string[] {
  return [
    ...new Set(
      values.map((value) =>
        value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'object' ? 'object' : typeof value,
      ),
    ),
  ];
}

/** Keywords the decoder checks: types and structure, and the formats Go's types parse; unknown fields (strict). */
const DECODED = new Set(['type', 'properties', 'items', 'additionalProperties', 'allOf', 'anyOf', 'oneOf', '$ref']);
const DECODED_FORMATS = new Set(['date-time', 'byte', 'int32', 'int64']);

/** A schema as Go's JSON decoder reads it (see the module comment); null is always accepted. */
function decodeRewrite(schema: JsonObject, context: Context, lenientTop: boolean): Json {
  const { strict, schemas } = context;
  // A free-form object is a Go type that keeps its raw JSON (RawExtension, FieldsV1): any value decodes.
  const additional = schema['additionalProperties'];
  if (
    schema['type'] === 'object' &&
    schema['properties'] === undefined &&
    schema['patternProperties'] === undefined &&
    (additional === undefined ||
      additional === true ||
      (isJsonObject(additional) && Object.keys(additional).length === 0))
  )
    return true;
  const result: JsonObject = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === 'format' && typeof value === 'string' && DECODED_FORMATS.has(value)) result[keyword] = value;
    else if ((keyword === 'enum' || keyword === 'const') && schema['type'] === undefined)
      result['type'] = jsonTypes(keyword === 'enum' && Array.isArray(value) ? value : [value]);
    else if (!DECODED.has(keyword)) continue;
    else if (keyword === '$ref') {
      const key = refKey(value);
      if (key === undefined) throw new Error(`unexpected $ref ${JSON.stringify(value)}`);
      result[keyword] = `#/$defs/${defName(key, 'decode', strict ? (lenientTop ? 'SL' : 'S') : '')}`;
    } else if ((keyword === 'anyOf' || keyword === 'oneOf') && Array.isArray(value)) {
      // Members the decoder cannot tell apart may all match: any of them.
      result['anyOf'] = value.map((member) => rewrite(member, context, lenientTop));
    } else if (keyword === 'allOf' && Array.isArray(value)) {
      result[keyword] = value.map((member) => rewrite(member, context, true));
    } else if (keyword === 'properties' && isJsonObject(value)) {
      result[keyword] = Object.fromEntries(
        Object.entries(value).map(([name, property]) => [name, rewrite(property, context)]),
      );
    } else if (keyword === 'items' || keyword === 'additionalProperties') {
      result[keyword] = value === false ? true : rewrite(value, context);
    } else result[keyword] = value;
  }
  if (strict && !lenientTop && closedKeys(schema, schemas)) result['unevaluatedProperties'] = false;
  return acceptingNull(result);
}

/** A decode copy that also accepts null, without another level of `anyOf` where it can (the arbitraries count levels). */
function acceptingNull(result: JsonObject): Json {
  const type = result['type'];
  if (typeof type === 'string') return type === 'null' ? result : { ...result, type: [type, 'null'] };
  if (Array.isArray(type)) return type.includes('null') ? result : { ...result, type: [...type, 'null'] };
  // A reference's decode copy accepts null itself.
  if (result['$ref'] !== undefined && result['allOf'] === undefined) return result;
  if (Array.isArray(result['anyOf']) && result['allOf'] === undefined)
    return { ...result, anyOf: [{ type: 'null' }, ...result['anyOf']] };
  if (result['allOf'] === undefined && result['anyOf'] === undefined) return result;
  return { anyOf: [{ type: 'null' }, result] };
}

/** The oracle document: every definition in every mode and variant, under `$defs`. */
export function oracleDocument(schemas: JsonObject): JsonObject {
  const defs: JsonObject = {};
  for (const key of Object.keys(schemas)) {
    for (const mode of ['request', 'response', 'decode'] as const) {
      defs[defName(key, mode)] = rewrite(schemas[key]!, { mode, strict: false, schemas });
      defs[defName(key, mode, 'S')] = rewrite(schemas[key]!, { mode, strict: true, schemas });
      defs[defName(key, mode, 'SL')] = rewrite(schemas[key]!, { mode, strict: true, schemas }, true);
    }
  }
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: DOCUMENT_ID, $defs: defs };
}

/** One model of the spec: its key, our TypeScript name, and its property names. */
export interface OracleModel {
  readonly key: string;
  readonly name: string;
  readonly properties: readonly string[];
}

/** Ajv compiled from the normalized document, with the CEL translations beside it. */
export interface Oracle {
  readonly models: readonly OracleModel[];
  /** The rewritten definitions, by `$defs` name (what the value arbitraries are built from). */
  readonly defs: JsonObject;
  /** Ajv's verdict for a model in a configuration. */
  readonly validate: (key: string, config: Config, value: unknown) => { valid: boolean; errors: ErrorObject[] };
  /** The CEL rules (active in the configuration's mode) the value breaks, as `path: message`. */
  readonly celFailures: (key: string, config: Config, value: unknown) => string[];
  /** Every string of the spec's enums (for mutations). */
  readonly enumStrings: readonly string[];
  /** Every property name of the spec (for mutations that add fields known elsewhere). */
  readonly propertyNames: readonly string[];
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020, formats: string[]) => Ajv2020;

/** Builds the oracle for the ImageTag spec. */
export function imageTagOracle(): Oracle {
  const schemas = schemasOf(loadNormalizedImageTag());
  const document = oracleDocument(schemas);
  const defs = document['$defs'] as JsonObject;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv, ['date-time', 'byte', 'int32', 'int64']);
  ajv.addSchema(document);
  const compiled = new Map<string, ValidateFunction>();
  const validator = (name: string): ValidateFunction => {
    let validate = compiled.get(name);
    if (validate === undefined) {
      validate = ajv.compile({ $ref: `${DOCUMENT_ID}#/$defs/${name}` });
      compiled.set(name, validate);
    }
    return validate;
  };
  const names = assignModelNames(Object.keys(schemas));
  const models = Object.keys(schemas)
    .sort()
    .map((key) => {
      const schema = schemas[key]!;
      const properties =
        isJsonObject(schema) && isJsonObject(schema['properties']) ? Object.keys(schema['properties']) : [];
      return { key, name: names.get(key)!, properties };
    });
  const enumStrings = new Set<string>();
  const propertyNames = new Set<string>();
  visit(schemas, (node) => {
    if (Array.isArray(node['enum']))
      for (const value of node['enum']) if (typeof value === 'string') enumStrings.add(value);
    if (isJsonObject(node['properties'])) for (const name of Object.keys(node['properties'])) propertyNames.add(name);
    const rules = node['x-kubernetes-validations'];
    if (Array.isArray(rules)) {
      for (const rule of rules) {
        const text = isJsonObject(rule) ? rule['rule'] : undefined;
        if (typeof text !== 'string' || CEL[text] === undefined)
          throw new Error(`no JavaScript translation of the CEL rule ${JSON.stringify(text)}: add it to CEL`);
      }
    }
  });
  return {
    models,
    defs,
    validate: (key, config, value) => {
      const validate = validator(configDefName(key, config));
      const valid = validate(value) as boolean;
      return { valid, errors: valid ? [] : [...(validate.errors ?? [])] };
    },
    celFailures: (key, config, value) => {
      const failures: string[] = [];
      walkRules(defs[configDefName(key, config)]!, value, defs, '', failures, 0);
      return failures;
    },
    enumStrings: [...enumStrings].sort(),
    propertyNames: [...propertyNames].sort(),
  };
}

function visit(node: Json, callback: (node: JsonObject) => void): void {
  if (Array.isArray(node)) for (const item of node) visit(item, callback);
  else if (isJsonObject(node)) {
    callback(node);
    for (const value of Object.values(node)) visit(value, callback);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** CEL's `has(o.k)` on JSON: an own field that is present and not null (Go's nil pointer is "not set"). */
function has(object: unknown, key: string): boolean {
  return isObject(object) && Object.prototype.hasOwnProperty.call(object, key) && object[key] !== null;
}

function field(object: unknown, key: string): unknown {
  return isObject(object) && Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/**
 * Hand translations of the spec's CEL rules: true when the rule holds, and also when it cannot be evaluated on a value
 * of the wrong shape (the schema rejects that value on its own). Keyed by the exact rule text, so a changed or new
 * rule fails the oracle until it is translated here.
 */
/** The overlay's pull-spec pattern (semantics.md rule 11), only to spell the rule texts below as the overlay has them. */
const PULL_SPEC = String.raw`^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:[.][a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[0-9A-Za-z_][0-9A-Za-z_.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`;
const DOCKER_SOURCE =
  "!has(self.from) || !has(self.from.name) || !has(self.from.kind) || self.from.kind != 'DockerImage' || self.from.name == ''";
const NAME_PART =
  "self.from.name.split('@')[0].lastIndexOf(':') > self.from.name.split('@')[0].lastIndexOf('/') ? self.from.name.split('@')[0].substring(0, self.from.name.split('@')[0].lastIndexOf(':')) : self.from.name.split('@')[0]";

/** A DockerImage source name of a TagReference, or undefined when rule 11 does not apply. */
function dockerSource(self: unknown): string | undefined {
  const from = field(self, 'from');
  if (!has(self, 'from') || !has(from, 'name') || !has(from, 'kind') || field(from, 'kind') !== 'DockerImage') return;
  const name = field(from, 'name');
  return typeof name === 'string' && name !== '' ? name : undefined;
}

/** Whether `s` is alphanumeric runs (`lower`: lower-case only) joined by `.`, `_`, `__` or a run of `-`. */
function separatedRuns(s: string, lower: boolean): boolean {
  const alnum = (c: string) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (!lower && c >= 'A' && c <= 'Z');
  let i = 0;
  while (i < s.length) {
    const start = i;
    while (i < s.length && alnum(s[i]!)) i++;
    if (i === start) return false;
    if (i === s.length) return true;
    const separatorStart = i;
    while (i < s.length && !alnum(s[i]!)) i++;
    const separator = s.slice(separatorStart, i);
    if (!(separator === '.' || separator === '_' || separator === '__' || /^-+$/.test(separator))) return false;
    if (i === s.length) return false;
  }
  return false;
}

/** library-go reference.Parse restated by hand: the repository name, or undefined when the spec does not parse. */
function pullSpecName(spec: string): string | undefined {
  let rest = spec;
  const at = rest.indexOf('@');
  if (at >= 0) {
    const [algorithm, hex, ...extra] = rest.slice(at + 1).split(':');
    if (extra.length > 0 || hex === undefined || hex.length < 32 || /[^0-9a-fA-F]/.test(hex)) return undefined;
    if (
      !/^[A-Za-z]/.test(algorithm!) ||
      !algorithm!.split(/[-_+.]/).every((part) => /^[A-Za-z][A-Za-z0-9]*$/.test(part))
    )
      return undefined;
    rest = rest.slice(0, at);
  }
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    const tag = rest.slice(colon + 1);
    if (tag.length === 0 || tag.length > 128 || /[^0-9A-Za-z_.-]/.test(tag) || /^[.-]/.test(tag)) return undefined;
    rest = rest.slice(0, colon);
  }
  const components = rest.split('/');
  const domainOk = (domain: string) => {
    const [host, port, ...extra] = domain.split(':');
    if (extra.length > 0 || (port !== undefined && !/^[0-9]+$/.test(port))) return false;
    return host!.split('.').every((label) => /^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/.test(label));
  };
  const pathOk = components.every(
    (component, i) => separatedRuns(component, true) || (i === 0 && components.length > 1 && domainOk(component)),
  );
  return pathOk ? rest : undefined;
}

/** An ImageSignature with a Trusted condition whose status is known (rule 22's trust fields may then be set). */
function trustKnown(self: unknown): boolean {
  const conditions = field(self, 'conditions');
  return (
    Array.isArray(conditions) &&
    conditions.some((condition) => field(condition, 'type') === 'Trusted' && field(condition, 'status') !== 'Unknown')
  );
}

export const CEL: Readonly<Record<string, (self: unknown) => boolean>> = {
  [`${DOCKER_SOURCE} || self.from.name.matches('${PULL_SPEC}') && (size(self.from.name) <= 255 || size(${NAME_PART}) <= 255)`]:
    (self) => {
      const name = dockerSource(self);
      const repository = name === undefined ? undefined : pullSpecName(name);
      return name === undefined || (repository !== undefined && repository.length <= 255);
    },
  "!has(self.spec) || !has(self.spec.name) || self.spec.name == '' || !has(self.metadata) || !has(self.metadata.name) || !self.metadata.name.contains(':') || self.metadata.name.substring(self.metadata.name.indexOf(':') + 1) == self.spec.name":
    (self) => {
      const spec = field(self, 'spec');
      const metadata = field(self, 'metadata');
      if (!has(self, 'spec') || !has(spec, 'name') || !has(self, 'metadata') || !has(metadata, 'name')) return true;
      const specName = field(spec, 'name');
      const name = field(metadata, 'name');
      if (typeof specName !== 'string' || typeof name !== 'string') return true;
      // CEL indexes strings by code point and JavaScript by UTF-16 unit; ':' is one unit, so both cut at the same place.
      return specName === '' || !name.includes(':') || name.substring(name.indexOf(':') + 1) === specName;
    },
  "!has(self.importPolicy) || !has(self.importPolicy.scheduled) || !self.importPolicy.scheduled || !has(self.from) || self.from.kind == 'DockerImage'":
    (self) => {
      const policy = field(self, 'importPolicy');
      if (!has(self, 'importPolicy') || !has(policy, 'scheduled') || field(policy, 'scheduled') !== true) return true;
      if (!has(self, 'from')) return true;
      const kind = field(field(self, 'from'), 'kind');
      return typeof kind !== 'string' || kind === 'DockerImage';
    },
  "!has(self.metadata) || !has(self.metadata.name) || !has(self.metadata.__namespace__) || !self.metadata.name.contains(':') || size(self.metadata.__namespace__) + 1 + self.metadata.name.indexOf(':') <= 255":
    (self) => {
      const metadata = field(self, 'metadata');
      const name = field(metadata, 'name');
      const namespace = field(metadata, 'namespace');
      if (!has(self, 'metadata') || !has(metadata, 'name') || !has(metadata, 'namespace')) return true;
      if (typeof name !== 'string' || typeof namespace !== 'string' || !name.includes(':')) return true;
      // Code points, as CEL counts them.
      return [...namespace].length + 1 + [...name.slice(0, name.indexOf(':'))].length <= 255;
    },
  "!has(self.from) || !has(self.from.name) || (self.from.kind != 'ImageStreamTag' || self.from.name.matches('^[^:]*(:[^:]*)?$')) && (self.from.kind != 'ImageStreamImage' || self.from.name.matches('^[^@]*(@[^@]*)?$'))":
    (self) => {
      const from = field(self, 'from');
      if (!has(self, 'from') || !has(from, 'name')) return true;
      const name = field(from, 'name');
      const kind = field(from, 'kind');
      if (typeof name !== 'string') return true;
      if (kind === 'ImageStreamTag') return name.split(':').length <= 2;
      if (kind === 'ImageStreamImage') return name.split('@').length <= 2;
      return true;
    },

  // semantics.md rules 21 and 22 (request mode of Image, ImageManifest, ImageSignature).
  '!has(self.dockerImageManifests) || self.dockerImageManifests == null || size(self.dockerImageManifests) == 0 || !has(self.dockerImageLayers) || self.dockerImageLayers == null || size(self.dockerImageLayers) == 0':
    (self) => {
      const manifests = field(self, 'dockerImageManifests');
      const layers = field(self, 'dockerImageLayers');
      if (!Array.isArray(manifests) || manifests.length === 0) return true;
      return !Array.isArray(layers) || layers.length === 0;
    },
  [`!has(self.dockerImageReference) || self.dockerImageReference == '' || self.dockerImageReference.matches('${PULL_SPEC}') && (size(self.dockerImageReference) <= 255 || size(${NAME_PART.replaceAll('self.from.name', 'self.dockerImageReference')}) <= 255)`]:
    (self) => {
      const reference = field(self, 'dockerImageReference');
      if (typeof reference !== 'string' || reference === '') return true;
      const repository = pullSpecName(reference);
      return repository !== undefined && repository.length <= 255;
    },
  "!has(self.digest) || self.digest.matches('[A-Za-z][0-9]*[:][[:xdigit:]]{32}')": (self) => {
    const digest = field(self, 'digest');
    return (
      typeof digest !== 'string' || /[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9A-Fa-f]{32,}/.test(digest)
    );
  },
  "!has(self.mediaType) || self.mediaType.matches('^ *([A-Za-z0-9][A-Za-z0-9!#$&^_-]{0,126})/([A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}) *$')":
    (self) => {
      const mediaType = field(self, 'mediaType');
      return (
        typeof mediaType !== 'string' ||
        /^ *([A-Za-z0-9][A-Za-z0-9!#$&^_-]{0,126})\/([A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}) *$/.test(mediaType)
      );
    },
  '!has(self.manifestSize) || self.manifestSize >= 0': (self) => {
    const size = field(self, 'manifestSize');
    return typeof size !== 'number' || size >= 0;
  },
  "has(self.metadata) && has(self.metadata.name) && self.metadata.name.matches('^[^@]+@[^@]+$')": (self) => {
    const name = field(field(self, 'metadata'), 'name');
    if (!has(self, 'metadata') || !has(field(self, 'metadata'), 'name')) return false;
    return typeof name !== 'string' || /^[^@]+@[^@]+$/.test(name);
  },
  '!has(self.metadata) || !has(self.metadata.labels) || self.metadata.labels == null || size(self.metadata.labels) == 0':
    (self) => {
      const labels = field(field(self, 'metadata'), 'labels');
      return !isObject(labels) || Object.keys(labels).length === 0;
    },
  '!has(self.metadata) || !has(self.metadata.annotations) || self.metadata.annotations == null || size(self.metadata.annotations) == 0':
    (self) => {
      const annotations = field(field(self, 'metadata'), 'annotations');
      return !isObject(annotations) || Object.keys(annotations).length === 0;
    },
  "!has(self.conditions) || self.conditions == null || self.conditions.exists(c, c.type == 'Trusted') == self.conditions.exists(c, c.type == 'ForImage')":
    (self) => {
      const conditions = field(self, 'conditions');
      if (!Array.isArray(conditions)) return true;
      const of = (type: string) => conditions.some((condition) => field(condition, 'type') === type);
      return of('Trusted') === of('ForImage');
    },
  "(has(self.conditions) && self.conditions != null && self.conditions.exists(c, c.type == 'Trusted' && c.status != 'Unknown')) || !has(self.imageIdentity) || self.imageIdentity == ''":
    (self) => trustKnown(self) || !has(self, 'imageIdentity') || field(self, 'imageIdentity') === '',
  "(has(self.conditions) && self.conditions != null && self.conditions.exists(c, c.type == 'Trusted' && c.status != 'Unknown')) || !has(self.signedClaims) || self.signedClaims == null || size(self.signedClaims) == 0":
    (self) => {
      const claims = field(self, 'signedClaims');
      return trustKnown(self) || !isObject(claims) || Object.keys(claims).length === 0;
    },
  "(has(self.conditions) && self.conditions != null && self.conditions.exists(c, c.type == 'Trusted' && c.status != 'Unknown')) || !has(self.issuedBy) || self.issuedBy == null":
    (self) => trustKnown(self) || !has(self, 'issuedBy'),
  "(has(self.conditions) && self.conditions != null && self.conditions.exists(c, c.type == 'Trusted' && c.status != 'Unknown')) || !has(self.issuedTo) || self.issuedTo == null":
    (self) => trustKnown(self) || !has(self, 'issuedTo'),
};

/** Evaluates the rules of every schema node the value reaches (all union members: the rules are shape-tolerant). */
function walkRules(
  schema: Json,
  value: unknown,
  defs: JsonObject,
  path: string,
  failures: string[],
  depth: number,
): void {
  if (!isJsonObject(schema) || depth > 64) return;
  const rules = schema['x-kubernetes-validations'];
  if (Array.isArray(rules)) {
    for (const rule of rules) {
      if (!isJsonObject(rule) || typeof rule['rule'] !== 'string') continue;
      if (!CEL[rule['rule']]!(value)) failures.push(`${path || '<root>'}: ${String(rule['message'] ?? rule['rule'])}`);
    }
  }
  const ref = schema['$ref'];
  if (typeof ref === 'string')
    walkRules(defs[ref.slice('#/$defs/'.length)] ?? true, value, defs, path, failures, depth + 1);
  for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
    const members = schema[keyword];
    if (Array.isArray(members)) for (const member of members) walkRules(member, value, defs, path, failures, depth + 1);
  }
  if (isObject(value)) {
    const properties = isJsonObject(schema['properties']) ? schema['properties'] : {};
    for (const key of Object.keys(value)) {
      const child = Object.prototype.hasOwnProperty.call(properties, key)
        ? properties[key]
        : schema['additionalProperties'];
      if (child !== undefined) walkRules(child, value[key], defs, path ? `${path}.${key}` : key, failures, depth + 1);
    }
  }
  if (Array.isArray(value) && schema['items'] !== undefined) {
    value.forEach((item, index) => walkRules(schema['items']!, item, defs, `${path}[${index}]`, failures, depth + 1));
  }
}

const ajvDateTime = (fullFormats['date-time'] as { validate: (value: string) => boolean }).validate;
const ajvByte = fullFormats.byte as (value: string) => boolean;
/** RFC 3339 as Go's time.Parse(time.RFC3339) and the generated validators both accept it (the common subset). */
const STRICT_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:(?:[0-5]\d)(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Go's base64.StdEncoding.Decode, as encoding/json decodes []byte: padded standard base64, `\r` and `\n` skipped. */
export function goBase64(text: string): boolean {
  return /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text.replace(/[\r\n]/g, ''));
}

/** The deliberate differences (ours is the Kubernetes behaviour, Ajv's is not) a value might run into. */
export type DeliberateDifference = 'date-time' | 'int64' | 'byte' | 'metadata';

/**
 * The deliberate differences a value could hit, found without the schema: a string Ajv's date-time accepts that is
 * not in Go's RFC 3339 shape, an integer beyond ±(2^53 - 1), a string Ajv's `byte` accepts only because its regular
 * expression has the `m` flag (it contains a line break) and Go's decoder rejects. Conservative: the string may not even sit in such a field.
 */
export function deliberateDifferences(value: unknown): DeliberateDifference[] {
  const found = new Set<DeliberateDifference>();
  const walk = (node: unknown, depth: number): void => {
    if (depth > 64) return;
    if (typeof node === 'string') {
      if (ajvDateTime(node) && !STRICT_DATE_TIME.test(node)) found.add('date-time');
      if (/[\r\n]/.test(node) && ajvByte(node) && !goBase64(node)) found.add('byte');
    } else if (typeof node === 'number') {
      if (Number.isInteger(node) && !Number.isSafeInteger(node)) found.add('int64');
    } else if (Array.isArray(node)) {
      for (const item of node) walk(item, depth + 1);
    } else if (isObject(node)) {
      // The metadata rules of every kind (ValidateObjectMetaAccessor), which JSON Schema cannot state in full.
      if (isObject(node['metadata']) && metadataBreaksServerRules(node['metadata'])) found.add('metadata');
      for (const key of Object.keys(node)) walk(node[key], depth + 1);
    }
  };
  walk(value, 0);
  return [...found].sort();
}

const QUALIFIED_NAME =
  /^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;

/**
 * Whether metadata breaks a rule every API server applies (restated from apimachinery's validation.go and path
 * package): a name or generateName that is no path segment, a label key or annotation key that is no qualified name
 * (annotation keys case-insensitive), a label value that is no label value.
 */
function metadataBreaksServerRules(meta: Record<string, unknown>): boolean {
  const { name, generateName, labels, annotations } = meta;
  if (typeof name === 'string' && (name === '.' || name === '..' || /[/%]/.test(name))) return true;
  if (typeof generateName === 'string' && /[/%]/.test(generateName)) return true;
  const keysBreak = (map: unknown, lower: boolean) =>
    isObject(map) && Object.keys(map).some((key) => !QUALIFIED_NAME.test(lower ? key.toLowerCase() : key));
  if (keysBreak(labels, false) || keysBreak(annotations, true)) return true;
  return (
    isObject(labels) &&
    Object.values(labels).some(
      (value) => typeof value === 'string' && !/^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/.test(value),
    )
  );
}

/** Ajv's own format checks, for the focused tests of the deliberate differences. */
export const ajvFormats = { dateTime: ajvDateTime, byte: ajvByte };
