import { isJsonObject, type Json, type Spec } from '../document.js';
import { SpecgenError, escapePointerSegment, type Diagnostic } from '../errors.js';
import { NAME_REQUIRED } from '../go-decoding.js';
import type { Api, GroupVersionKind, Model, Operation } from '../ir.js';
import { assignModelNames, assignOperationNames, compareStrings, type OperationNameInput } from '../names.js';
import { readOperations } from './operations.js';
import {
  buildResources,
  deriveAction,
  gvkFromResponse,
  parseKubernetesPath,
  type ResourceOperation,
} from './resources.js';
import { directRefCycles, directRefs, docOf, schemaToType, type SchemaContext } from './schema.js';

/** Options of the parse stage. */
export interface ParseOptions {
  /** Report dangling `$ref`s as warnings and type them `unknown`, instead of failing. */
  readonly allowDanglingRefs?: boolean;
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

/** Turns a normalized spec into the IR: models, operations and the Kubernetes resource layer, in canonical order. */
export function parse(spec: Spec & { readonly kubernetes: boolean }, options: ParseOptions = {}): ParseResult {
  const document = spec.document;
  const components = document['components'];
  const schemas = isJsonObject(components) && isJsonObject(components['schemas']) ? components['schemas'] : {};
  const keys = Object.keys(schemas).sort(compareStrings);
  const modelNames = assignModelNames(keys);
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const context: SchemaContext = {
    document,
    modelNames,
    report: ({ message, pointer, severity }) => {
      const dangling = message.startsWith('dangling $ref');
      const asWarning = severity === 'warning' || (dangling && options.allowDanglingRefs === true);
      (asWarning ? warnings : errors).push({ message, location: spec.locate(pointer) });
    },
  };

  const models: Model[] = keys.map((key) => {
    const source = `/components/schemas/${escapePointerSegment(key)}`;
    const schema = schemas[key]!;
    const gvk = modelGvk(schema);
    return {
      name: modelNames.get(key)!,
      key,
      type: schemaToType(schema, source, context),
      doc: docOf(schema),
      source,
      ...(gvk ? { gvk } : {}),
      ...(isJsonObject(schema) && schema[NAME_REQUIRED] === true ? { nameRequired: true } : {}),
    };
  });
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
    };
  });

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
      models,
      operations,
      resources: buildResources(resourceOperations),
    },
    warnings,
  };
}
