/**
 * Schema → IR type: the dispatcher over a schema's keywords. Type-specific keywords are read by keywords.ts, refs
 * resolved by refs.ts, `unevaluated*` plans built by evaluation.ts; what TypeScript cannot say becomes an assertion.
 */
import { isJsonObject, type Json, type JsonObject } from '../document.js';
import type { Diagnostic } from '../errors.js';
import { fromPointer } from '../errors.js';
import type { Assertion, JsonKind, LiteralType, Mode, Type, ValidationRule } from '../ir.js';
import { DOC_KEYWORDS, ONLY_IN } from '../normalize.js';
import { NULL_IS_UNSET } from '../go-decoding.js';
import { combineLiterals, disjoint, enumType, intersect, union } from './combine.js';
import { discriminatedUnion, narrowInherited } from './discriminator.js';
import { findInheritance, type Inheritance } from './inheritance.js';
import { evaluationOf } from './evaluation.js';
import { checkCelPatterns } from './re2.js';
import { createRe2, type Re2 } from '../re2.js';
import {
  arrayType,
  numberType,
  objectType,
  isImplicitFreeForm,
  stringType,
  usesKind,
  withDefined,
  type SubschemaParser,
} from './keywords.js';
import { indexRefs, resolveRef, valueAt, type RefIndex } from './refs.js';

export { docOf } from './keywords.js';
export { intersect, union } from './combine.js';

/** What schema parsing needs: the document, model names by schema key, and where to report problems. */
export interface SchemaContext {
  readonly document: JsonObject;
  readonly modelNames: ReadonlyMap<string, string>;
  readonly report: (diagnostic: { message: string; pointer: string; severity: 'error' | 'warning' }) => void;
  /** Base URIs, resources and anchors of the document's schemas. */
  readonly refs: RefIndex;
  /** `jsonSchema: 'strict'`: JSON Schema to the letter, nothing inferred from keywords. */
  readonly strict: boolean;
  /** Draft 4 (OpenAPI 3.0, Swagger 2.0): `id`, `dependencies`, `items` lists with `additionalItems`. */
  readonly draft4: boolean;
  /** Inline schemas that reference themselves, named as models: pointer → model name. */
  readonly inlineModels: ReadonlyMap<string, string>;
  /** Inline schemas found to reference themselves during this parse (filled in as they are met). */
  readonly recursive: Set<string>;
  /** Inline targets being expanded, to tell recursion from repetition. */
  readonly inlining: Set<string>;
  /** Formats already warned about (or configured by the job), so each unknown one is named once. */
  readonly formatWarnings: Set<string>;
  /** Patterns are RE2 (Kubernetes APIs: the API server runs Go's regexp), not ECMA-262. */
  readonly re2: boolean;
  /** The job's RE2 translator (CEL patterns are always RE2), built on first use. */
  readonly regex: Re2;
  /** Component schemas that declare the discriminator their `allOf` children inherit, by key. */
  readonly inheritance: ReadonlyMap<string, Inheritance>;
}

/** A context for parsing the schemas of `document` (2020-12 unless `draft4` says otherwise). */
export function createSchemaContext(
  base: Pick<SchemaContext, 'document' | 'modelNames' | 'report'> &
    Partial<
      Pick<SchemaContext, 'strict' | 'draft4' | 'inlineModels' | 'recursive' | 'formatWarnings' | 're2' | 'regex'>
    >,
): SchemaContext {
  const draft4 = base.draft4 ?? false;
  const refs = indexRefs(base.document, draft4);
  const components = base.document['components'];
  const schemas = isJsonObject(components) && isJsonObject(components['schemas']) ? components['schemas'] : {};
  return {
    strict: false,
    inlineModels: new Map(),
    recursive: new Set(),
    formatWarnings: new Set(),
    re2: false,
    ...base,
    regex: base.regex ?? createRe2(),
    draft4,
    refs,
    inlining: new Set(),
    inheritance: findInheritance(schemas, base.document, refs),
  };
}

/** A diagnostic with the pointer it concerns, before the location is resolved. */
export type PendingDiagnostic = Diagnostic & { readonly pointer: string; readonly severity: 'error' | 'warning' };

const SCHEMAS_PREFIX = '/components/schemas/';
const UNKNOWN: Type = { kind: 'unknown' };
const NEVER: Type = { kind: 'union', members: [] };
/** Inline (non-model) references are followed at most this deep. */
const MAX_INLINE_DEPTH = 64;
const KINDS: readonly JsonKind[] = ['string', 'number', 'array', 'object'];

/** Keywords beside a `$ref` that do not constrain the value: its docs, and annotations. */
const NON_CONSTRAINT = new Set([...DOC_KEYWORDS, 'xml', 'discriminator', '$schema', '$id', '$comment', 'nullable']);

/** True when a schema beside its `$ref` carries only docs and extensions (the common Kubernetes shape). */
function onlyDocsBesideRef(schema: JsonObject): boolean {
  return Object.keys(schema).every((key) => key === '$ref' || NON_CONSTRAINT.has(key) || key.startsWith('x-'));
}

/** Turns one schema into an IR type. `pointer` locates it in the document for diagnostics. */
export function schemaToType(schema: Json, pointer: string, context: SchemaContext, depth = 0): Type {
  const type = bareType(schema, pointer, context, depth);
  if (!isJsonObject(schema)) return type;
  const onlyIn = modeOf(schema[ONLY_IN]);
  const rules = validationRules(schema['x-kubernetes-validations'], `${pointer}/x-kubernetes-validations`, context);
  const nullIsUnset = schema[NULL_IS_UNSET] === true;
  if (onlyIn === undefined && rules.length === 0 && !nullIsUnset) return type;
  return {
    ...type,
    ...(onlyIn !== undefined ? { onlyIn } : {}),
    ...(rules.length > 0 ? { rules: [...(type.rules ?? []), ...rules] } : {}),
    ...(nullIsUnset ? { nullIsUnset } : {}),
  };
}

function modeOf(value: Json | undefined): Mode | undefined {
  return value === 'request' || value === 'response' ? value : undefined;
}

const RULE_REASONS = new Set(['FieldValueInvalid', 'FieldValueForbidden', 'FieldValueRequired', 'FieldValueDuplicate']);

/** specgen's rule extension: the value an Invalid failure quotes (ValidationRule.valueExpression). */
const VALUE_EXPRESSION = 'x-specgen-value-expression';

/** The `x-kubernetes-validations` entries of a schema; malformed entries are reported and skipped. */
function validationRules(value: Json | undefined, pointer: string, context: SchemaContext): ValidationRule[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    context.report({ message: 'x-kubernetes-validations must be a list', pointer, severity: 'warning' });
    return [];
  }
  return value.flatMap((entry, index): ValidationRule[] => {
    const at = `${pointer}/${index}`;
    if (!isJsonObject(entry) || typeof entry['rule'] !== 'string') {
      context.report({ message: 'a validation rule needs a string "rule"', pointer: at, severity: 'warning' });
      return [];
    }
    checkCelPatterns(entry['rule'], `${at}/rule`, context.regex, context.report);
    const { message, messageExpression, fieldPath, reason } = entry;
    const onlyIn = modeOf(entry[ONLY_IN]);
    return [
      {
        rule: entry['rule'],
        ...(typeof message === 'string' ? { message } : {}),
        ...(typeof messageExpression === 'string' ? { messageExpression } : {}),
        ...(typeof entry[VALUE_EXPRESSION] === 'string' ? { valueExpression: entry[VALUE_EXPRESSION] } : {}),
        ...(typeof fieldPath === 'string' ? { fieldPath } : {}),
        ...(typeof reason === 'string' && RULE_REASONS.has(reason)
          ? { reason: reason as ValidationRule['reason'] }
          : {}),
        ...(onlyIn !== undefined ? { onlyIn } : {}),
        ...(entry['optionalOldSelf'] === true ? { optionalOldSelf: true } : {}),
        source: at,
      },
    ];
  });
}

/** A type with assertions added (an `unknown` with assertions stays, unlike a plain one, in intersections). */
export function withAssertions(type: Type, assertions: readonly Assertion[]): Type {
  if (assertions.length === 0) return type;
  return { ...type, assertions: [...(type.assertions ?? []), ...assertions] };
}

/** The type a schema describes, before mode gates and rules are attached. */
function bareType(schema: Json, pointer: string, context: SchemaContext, depth: number): Type {
  if (schema === true) return UNKNOWN;
  if (schema === false) return NEVER;
  if (!isJsonObject(schema)) {
    context.report({ message: 'a schema must be an object', pointer, severity: 'error' });
    return UNKNOWN;
  }
  const parse: SubschemaParser = (child, at) => schemaToType(child, at, context, depth);
  const unevaluated = unevaluatedAssertions(schema, pointer, context, parse);
  const { unevaluatedProperties: _p, unevaluatedItems: _i, ...rest } = schema;
  const ref = rest['$ref'];
  if ('$ref' in rest && typeof ref !== 'string') {
    context.report({
      message: 'a $ref must be a string (a URI reference)',
      pointer: `${pointer}/$ref`,
      severity: 'error',
    });
    return UNKNOWN;
  }
  const dynamic = rest['$dynamicRef'];
  if (typeof dynamic === 'string' && !context.draft4) {
    context.report({
      message:
        '$dynamicRef is resolved as $ref is, to its static target: an outer $dynamicAnchor of the same name does not override it',
      pointer: `${pointer}/$dynamicRef`,
      severity: 'warning',
    });
    const { $dynamicRef: _dynamic, ...others } = rest;
    const target = refToType(dynamic, pointer, context, depth);
    return withAssertions(intersect([target, schemaToType(others, pointer, context, depth)]), unevaluated);
  }
  if (typeof ref === 'string') {
    const target = refToType(ref, pointer, context, depth);
    // Draft 4 (and so OpenAPI 3.0) ignores every keyword beside a `$ref`.
    if (onlyDocsBesideRef(rest) || (context.strict && context.draft4)) return withAssertions(target, unevaluated);
    const { $ref: _ref, ...siblings } = rest;
    return withAssertions(intersect([target, schemaToType(siblings, pointer, context, depth)]), unevaluated);
  }
  return withAssertions(keywordsType(rest, pointer, context, parse), unevaluated);
}

/** `unevaluatedProperties` and `unevaluatedItems`, with what the rest of the schema evaluates. */
function unevaluatedAssertions(
  schema: JsonObject,
  pointer: string,
  context: SchemaContext,
  parse: SubschemaParser,
): Assertion[] {
  if (context.draft4 || (schema['unevaluatedProperties'] === undefined && schema['unevaluatedItems'] === undefined))
    return [];
  // The schema's own `unevaluated*` keywords are what is being decided, so they do not count as evaluating.
  const { unevaluatedProperties: _p, unevaluatedItems: _i, ...rest } = schema;
  const plan = evaluationOf(rest, pointer, context, parse);
  const assertions: Assertion[] = [];
  if (schema['unevaluatedProperties'] !== undefined)
    assertions.push({
      kind: 'unevaluatedProperties',
      plan,
      type: parse(schema['unevaluatedProperties'], `${pointer}/unevaluatedProperties`),
    });
  if (schema['unevaluatedItems'] !== undefined)
    assertions.push({
      kind: 'unevaluatedItems',
      plan,
      type: parse(schema['unevaluatedItems'], `${pointer}/unevaluatedItems`),
    });
  return assertions;
}

/** Every keyword of a schema without `$ref`: its shape, enum and const, applicators, conditions. */
function keywordsType(schema: JsonObject, pointer: string, context: SchemaContext, parse: SubschemaParser): Type {
  const values = Array.isArray(schema['enum']) ? schema['enum'] : undefined;
  // The OpenAPI reading: an enum (or const) says everything about the value.
  if (!context.strict) {
    if (values !== undefined) return enumType(values);
    if ('const' in schema) return enumType([schema['const']!]);
  }
  const parts: Type[] = [];
  const assertions: Assertion[] = [];
  const base = baseType(schema, pointer, context, parse);
  if (base) parts.push(base);
  for (const kind of KINDS) {
    if (schema['type'] !== undefined || (!context.strict && kind === 'object' && base !== undefined)) continue;
    if (usesKind(schema, kind, context))
      assertions.push({ kind: 'when', json: kind, type: kindType(kind, schema, pointer, context, parse) });
  }
  const allOf = schema['allOf'];
  if (Array.isArray(allOf))
    allOf.forEach((member, index) => {
      const at = `${pointer}/allOf/${index}`;
      parts.push(inheritedParent(member, at, pointer, context, parse) ?? parse(member, at));
    });
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const members = schema[keyword];
    if (!Array.isArray(members)) continue;
    const types = members.map((member, index) => parse(member, `${pointer}/${keyword}/${index}`));
    // A discriminator names the member, which also makes a oneOf's members exclusive.
    if (schema['discriminator'] !== undefined) parts.push(discriminatedUnion(schema, members, types));
    else
      parts.push(
        keyword === 'oneOf' && types.length > 1 && !disjoint(types)
          ? { kind: 'union', members: types, exclusive: true }
          : union(types),
      );
  }
  if (schema['not'] !== undefined) assertions.push({ kind: 'not', type: parse(schema['not'], `${pointer}/not`) });
  if (schema['if'] !== undefined && !context.draft4 && (schema['then'] !== undefined || schema['else'] !== undefined)) {
    assertions.push(
      withDefined({
        kind: 'if' as const,
        if: parse(schema['if'], `${pointer}/if`),
        then: schema['then'] === undefined ? undefined : parse(schema['then'], `${pointer}/then`),
        else: schema['else'] === undefined ? undefined : parse(schema['else'], `${pointer}/else`),
      }),
    );
  }
  // `type: object` beside `allOf`/`oneOf`/`anyOf`, with nothing of its own, only says "an object": the members say
  // which. Kept, its free-form `{ [key: string]: unknown }` would make every member type need an index signature.
  if (base && parts.length > 1 && parts[0] === base && isImplicitFreeForm(base, schema)) parts.shift();
  const literals = [
    ...(values !== undefined ? [enumType(values)] : []),
    ...('const' in schema ? [enumType([schema['const']!])] : []),
  ];
  return withAssertions(combineLiterals(literals, parts), assertions);
}

/**
 * An `allOf` member of a component schema that names a parent declaring the discriminator: the parent's own shape
 * (the parent as a type is the union of its children) with the property narrowed to this child's values.
 */
function inheritedParent(
  member: Json,
  at: string,
  pointer: string,
  context: SchemaContext,
  parse: SubschemaParser,
): Type | undefined {
  const child = modelKeyAt(pointer);
  if (child === undefined || !isJsonObject(member) || typeof member['$ref'] !== 'string') return undefined;
  if (!onlyDocsBesideRef(member)) return undefined;
  const target = resolveRef(context.refs, member['$ref'], at, context.document);
  const parent = target === undefined ? undefined : modelKeyAt(target);
  const inheritance = parent === undefined ? undefined : context.inheritance.get(parent);
  const selected = inheritance?.selected.find((entry) => entry.key === child && entry.child);
  if (inheritance === undefined || selected === undefined) return undefined;
  return narrowInherited(parse(valueAt(context.document, target!)!, target!), inheritance.property, selected.values);
}

/** The type of one JSON kind with the schema's keywords for it. */
function kindType(
  kind: JsonKind,
  schema: JsonObject,
  pointer: string,
  context: SchemaContext,
  parse: SubschemaParser,
): Type {
  switch (kind) {
    case 'string':
      return stringType(schema, pointer, context);
    case 'number':
      return numberType(schema, false, pointer, context);
    case 'array':
      return arrayType(schema, pointer, context, parse);
    case 'object':
      return objectType(schema, pointer, context, parse);
  }
}

/** The type a schema states directly (`type`, or in `infer` mode `properties`), or undefined when it states none. */
function baseType(
  schema: JsonObject,
  pointer: string,
  context: SchemaContext,
  parse: SubschemaParser,
): Type | undefined {
  const declared = schema['type'];
  if (Array.isArray(declared)) {
    return union(declared.map((type) => baseType({ ...schema, type }, pointer, context, parse) ?? UNKNOWN));
  }
  if (declared === undefined) {
    // `required` alone (beside `allOf`, or as an `allOf` branch of its own) constrains the merged object.
    const looksLikeObject =
      isJsonObject(schema['properties']) ||
      schema['additionalProperties'] !== undefined ||
      (Array.isArray(schema['required']) && schema['required'].length > 0);
    return looksLikeObject && !context.strict ? objectType(schema, pointer, context, parse) : undefined;
  }
  switch (declared) {
    case 'string':
      return stringType(schema, pointer, context);
    case 'integer':
    case 'number':
      return numberType(schema, declared === 'integer', pointer, context);
    case 'boolean':
      return { kind: 'boolean' };
    case 'null':
      return { kind: 'null' };
    case 'array':
      return arrayType(schema, pointer, context, parse);
    case 'object':
      return objectType(schema, pointer, context, parse);
    default:
      context.report({
        message: `unknown type ${JSON.stringify(declared)}`,
        pointer: `${pointer}/type`,
        severity: 'error',
      });
      return UNKNOWN;
  }
}

/** The schema key of a model pointer (`/components/schemas/<key>`), or undefined for any other pointer. */
export function modelKeyAt(pointer: string): string | undefined {
  if (!pointer.startsWith(SCHEMAS_PREFIX)) return undefined;
  const segments = fromPointer(pointer);
  return segments.length === 3 ? segments[2] : undefined;
}

/** A `$ref`: a model reference by name, or the inlined target for references into other parts of the document. */
function refToType(ref: string, pointer: string, context: SchemaContext, depth: number): Type {
  const target = resolveRef(context.refs, ref, pointer, context.document);
  if (target === undefined) {
    context.report({ message: `dangling $ref: ${ref} points nowhere`, pointer: `${pointer}/$ref`, severity: 'error' });
    return UNKNOWN;
  }
  const key = modelKeyAt(target);
  const name = (key === undefined ? undefined : context.modelNames.get(key)) ?? context.inlineModels.get(target);
  if (name !== undefined) return { kind: 'ref', name };
  // A schema that contains a reference to itself needs a name (a TypeScript type cannot be written out infinitely).
  if (context.inlining.has(target) || depth >= MAX_INLINE_DEPTH) {
    context.recursive.add(target);
    return UNKNOWN;
  }
  context.inlining.add(target);
  try {
    return schemaToType(valueAt(context.document, target)!, target, context, depth + 1);
  } finally {
    context.inlining.delete(target);
  }
}
