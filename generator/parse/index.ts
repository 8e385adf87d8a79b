import { isJsonObject, type Json, type Spec } from '../document.js';
import { SpecgenError, escapePointerSegment, fromPointer, type Diagnostic, type SourceLocation } from '../errors.js';
import { CUSTOM_RESOURCES, NAME_REQUIRED } from '../go-decoding.js';
import type { Api, GroupVersionKind, Model, Operation } from '../ir.js';
import {
  assignModelNames,
  assignOperationNames,
  compareStrings,
  derivedName,
  pascalCase,
  type OperationNameInput,
} from '../names.js';
import { readSecurity, readSecuritySchemes, readServers } from './access.js';
import { readOperations } from './operations.js';
import { readWebhooks } from './webhooks.js';
import {
  buildResources,
  deriveAction,
  gvkFromResponse,
  parseKubernetesPath,
  type ResourceOperation,
} from './resources.js';
import { directRefCycles, directRefs } from './cycles.js';
import { inheritedUnion } from './discriminator.js';
import { valueAt } from './refs.js';
import { createSchemaContext, docOf, schemaToType, type SchemaContext } from './schema.js';
import { createRe2, type Re2 } from '../re2.js';

/** Options of the parse stage. */
export interface ParseOptions {
  /** Report dangling `$ref`s as warnings and type them `unknown`, instead of failing. */
  readonly allowDanglingRefs?: boolean;
  /**
   * How schemas are read: `infer` (the default, the OpenAPI convention) takes a schema with `properties` and no
   * `type` as an object, and so on; `strict` reads JSON Schema to the letter (a keyword constrains only values of
   * its type, nothing is inferred).
   */
  readonly jsonSchema?: 'infer' | 'strict';
  /** String formats the job switches off (`false`) or adds (a pattern): known, so not warned about. */
  readonly formats?: Readonly<Record<string, boolean | string>>;
  /** Names for schema keys, overriding the naming rule (the config's `names`). */
  readonly names?: Readonly<Record<string, string>>;
}

/** The result of parsing: the API and the warnings worth showing. */
export interface ParseResult {
  readonly api: Api;
  readonly warnings: readonly Diagnostic[];
}

/** The single group/version/kind of a schema, or undefined when it has none or several (shared option types). */
export function modelGvk(schema: Json): GroupVersionKind | undefined {
  if (!isJsonObject(schema)) return undefined;
  const extension = schema['x-kubernetes-group-version-kind'];
  const list = Array.isArray(extension) ? extension : extension === undefined ? [] : [extension];
  if (list.length !== 1 || !isJsonObject(list[0])) return undefined;
  const { group, version, kind } = list[0];
  if (typeof version !== 'string' || typeof kind !== 'string') return undefined;
  return { group: typeof group === 'string' ? group : '', version, kind };
}

/**
 * A diagnostic whose location is found when it is first read: placing a pointer scans the input's text (about 15 ms
 * a warning on a 5 MB spec), and a run that only counts its warnings never reads them.
 */
function locatedWhenRead(message: string, locate: () => SourceLocation): Diagnostic {
  let location: SourceLocation | undefined;
  return {
    message,
    get location(): SourceLocation {
      location ??= locate();
      return location;
    },
  };
}

/** The model of a component schema. */
function modelAt(source: string, schema: Json, key: string, context: SchemaContext): Model {
  const gvk = modelGvk(schema);
  const inheritance = context.inheritance.get(key);
  return {
    name: context.modelNames.get(key)!,
    key,
    type:
      inheritance === undefined
        ? schemaToType(schema, source, context)
        : inheritedUnion(key, inheritance, context.modelNames, () => schemaToType(schema, source, context)),
    doc: docOf(schema),
    source,
    ...(gvk ? { gvk } : {}),
    ...(isJsonObject(schema) && schema[NAME_REQUIRED] === true ? { nameRequired: true } : {}),
  };
}

/**
 * Names for inline schemas that reference themselves: the name of the model they sit in and their own key
 * (`Tree` + `/$defs/node` → `TreeNode`), kept apart from every other name.
 */
function nameInlineModels(
  pointers: ReadonlySet<string>,
  named: ReadonlyMap<string, string>,
  taken: Set<string>,
): Map<string, string> {
  const result = new Map(named);
  for (const name of named.values()) taken.add(name);
  for (const pointer of [...pointers].sort(compareStrings)) {
    if (result.has(pointer)) continue;
    const segments = fromPointer(pointer);
    const owner = segments[0] === 'components' && segments[1] === 'schemas' ? pascalCase(segments[2] ?? '') : '';
    const name = derivedName(`${owner || 'Schema'}${pascalCase(segments.at(-1) ?? '') || 'Item'}`, taken);
    taken.add(name);
    result.set(pointer, name);
  }
  return result;
}

/** Turns a normalized spec into the IR: models, operations and the Kubernetes resource layer, in canonical order. */
export function parse(
  spec: Spec & { readonly kubernetes: boolean },
  options: ParseOptions = {},
  regex: Re2 = createRe2(),
): ParseResult {
  const document = spec.document;
  const components = document['components'];
  const schemas = isJsonObject(components) && isJsonObject(components['schemas']) ? components['schemas'] : {};
  const keys = Object.keys(schemas).sort(compareStrings);
  const modelNames = assignModelNames(keys, options.names);
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  errors.push(...overrideProblems(keys, options.names ?? {}, spec.file));
  const strict = options.jsonSchema === 'strict';
  const draft4 = spec.dialect === 'draft4';
  const report: SchemaContext['report'] = ({ message, pointer, severity }) => {
    const dangling = message.startsWith('dangling $ref');
    const asWarning = severity === 'warning' || (dangling && options.allowDanglingRefs === true);
    (asWarning ? warnings : errors).push(locatedWhenRead(message, () => spec.locate(pointer)));
  };
  // Inline schemas that reference themselves get a name of their own (TypeScript cannot write them out): each round
  // names those the previous one found, and parses again.
  let inlineModels = new Map<string, string>();
  let context!: SchemaContext;
  let models: Model[] = [];
  for (let round = 0; round < 8; round++) {
    const recursive = new Set<string>();
    const roundErrors = errors.length;
    const roundWarnings = warnings.length;
    context = createSchemaContext({
      document,
      modelNames,
      report,
      strict,
      draft4,
      inlineModels,
      recursive,
      formatWarnings: new Set(Object.keys(options.formats ?? {})),
      re2: spec.kubernetes,
      regex,
    });
    models = [
      ...keys.map((key) => modelAt(`/components/schemas/${escapePointerSegment(key)}`, schemas[key]!, key, context)),
      ...[...inlineModels].map(([pointer, name]) => ({
        name,
        key: pointer,
        type: schemaToType(valueAt(document, pointer)!, pointer, context),
        doc: docOf(valueAt(document, pointer)!),
        source: pointer,
      })),
    ];
    if (recursive.size === 0) break;
    errors.length = roundErrors;
    warnings.length = roundWarnings;
    inlineModels = nameInlineModels(recursive, inlineModels, new Set([...modelNames.values()]));
  }
  for (const pointer of context.recursive)
    report({ message: 'a $ref cycle that specgen could not name', pointer, severity: 'error' });
  const modelsByName = new Map(models.map((model) => [model.name, model]));
  const direct = new Map(
    keys.map((key) => [key, directRefs(schemas[key]!, `/components/schemas/${escapePointerSegment(key)}`, context)]),
  );
  for (const cycle of directRefCycles(direct)) {
    context.report({
      message: `$ref cycle with no object in between: ${cycle.keys.join(' → ')} (a type cannot be defined as itself)`,
      pointer: cycle.pointer,
      severity: 'error',
    });
  }

  const raw = readOperations(context);
  const ids = raw.map((operation) => `${operation.path} ${operation.method}`);
  const nameInputs = new Map<string, OperationNameInput>();
  const kubernetesInfo = raw.map((operation) => {
    const path = spec.kubernetes ? parseKubernetesPath(operation.path) : undefined;
    const success = operation.responses.find((response) => response.status.startsWith('2'));
    const gvk = operation.gvk ?? gvkFromResponse(success?.content[0]?.type, modelsByName);
    const action = operation.kubernetesAction ?? (path ? deriveAction(operation.method, path) : undefined);
    return { path, gvk, action };
  });
  raw.forEach((operation, index) => {
    const { path } = kubernetesInfo[index]!;
    nameInputs.set(ids[index]!, {
      ...(operation.operationId !== undefined ? { operationId: operation.operationId } : {}),
      method: operation.method,
      path: operation.path,
      ...(path ? { group: path.group, version: path.version } : {}),
    });
  });
  const operationNames = assignOperationNames(nameInputs);

  const seenIds = new Map<string, string>();
  const operations: Operation[] = raw.map((operation, index) => {
    if (operation.operationId !== undefined) {
      const previous = seenIds.get(operation.operationId);
      if (previous !== undefined) {
        errors.push({
          message: `duplicate operationId "${operation.operationId}" (also at #${previous})`,
          location: spec.locate(`${operation.source}/operationId`),
        });
      } else seenIds.set(operation.operationId, operation.source);
    }
    const { action } = kubernetesInfo[index]!;
    return {
      name: operationNames.get(ids[index]!)!,
      ...(operation.operationId !== undefined ? { operationId: operation.operationId } : {}),
      method: operation.method,
      path: operation.path,
      parameters: operation.parameters,
      ...(operation.body ? { body: operation.body } : {}),
      responses: operation.responses,
      doc: {
        ...(operation.description !== undefined ? { description: operation.description } : {}),
        ...(operation.summary !== undefined ? { summary: operation.summary } : {}),
        ...(operation.deprecated ? { deprecated: true } : {}),
      },
      tags: operation.tags,
      ...(action !== undefined ? { kubernetesAction: action } : {}),
      source: operation.source,
      ...(operation.security ? { security: operation.security } : {}),
    };
  });

  const hooks = readWebhooks(
    context,
    new Map(operations.map((operation) => [operation.source, operation.name])),
    new Set(models.map((model) => model.name)),
  );

  const resourceOperations: ResourceOperation[] = [];
  operations.forEach((operation, index) => {
    const { path, gvk, action } = kubernetesInfo[index]!;
    if (path && gvk && action && !path.watch) resourceOperations.push({ name: operation.name, path, action, gvk });
  });

  if (errors.length > 0) throw new SpecgenError(errors);
  const info = isJsonObject(document['info']) ? document['info'] : {};
  return {
    api: {
      title: typeof info['title'] === 'string' ? info['title'] : 'API',
      version: typeof info['version'] === 'string' ? info['version'] : '',
      kubernetes: spec.kubernetes,
      ...(info[CUSTOM_RESOURCES] === true ? { customResources: true } : {}),
      models: [...models, ...hooks.models],
      operations,
      resources: buildResources(resourceOperations),
      servers: readServers(document, context),
      securitySchemes: readSecuritySchemes(document, context),
      security: readSecurity(document['security']) ?? [],
      ...(hooks.webhooks.length > 0 ? { webhooks: hooks.webhooks } : {}),
    },
    warnings,
  };
}

/** The config's `names` map checked against the spec: every key must exist, and no two keys may share a name. */
function overrideProblems(
  keys: readonly string[],
  names: Readonly<Record<string, string>>,
  file: string,
): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const known = new Set(keys);
  const byName = new Map<string, string>();
  for (const key of Object.keys(names).sort(compareStrings)) {
    const name = names[key]!;
    const location = { file, pointer: '/components/schemas' };
    if (!known.has(key)) problems.push({ message: `names: the spec has no schema "${key}" to name ${name}`, location });
    const other = byName.get(name);
    if (other !== undefined)
      problems.push({ message: `names: "${other}" and "${key}" are both named ${name}`, location });
    byName.set(name, key);
  }
  return problems;
}
