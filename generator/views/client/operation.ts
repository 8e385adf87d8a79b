// One operation's client view: its parameters type (patch variants included), request recipe and response.
import { assertNever } from '../../errors.js';
import type { Model, Operation, Type } from '../../ir.js';
import { compareStrings, derivedName } from '../../names.js';
import { printJsDoc } from '../../print/doc.js';
import { printInline, printList, printPropertyKey, printString, printValue } from '../../print/literal.js';
import { PRINT_WIDTH } from '../../print/layout.js';
import { printType, typeLaidOut } from '../../print/type.js';
import type { ClientOperationView, SpecWatches } from '../client.js';
import { choiceLayout, indentBlock, objectLiteral, patchParamsLayout, type PatchVariant } from './layout.js';
import { encoderName, readerName } from '../client-media.js';
import { errorsLayout, operationErrors, operationMedia, recipeExtras, recipeValue } from '../client-operation.js';
import { bodyChoice, type BodyChoice } from './body-choice.js';
import { listItemType, successResponse } from './media.js';
import { parameterProperty, pathParts, queryRecipe } from './parameters.js';
import type { SharedDeclarations } from './shared.js';

/** Patch strategies by the media type that selects them. */
const PATCH_STRATEGIES: Readonly<Record<string, { type: string; generic: string }>> = {
  'application/json-patch+json': { type: 'json', generic: 'JsonPatch' },
  'application/merge-patch+json': { type: 'merge', generic: 'MergePatch' },
  'application/strategic-merge-patch+json': { type: 'strategic-merge', generic: 'StrategicMergePatch' },
  'application/apply-patch+yaml': { type: 'apply', generic: 'ApplyPatch' },
};

/** Every model name a type mentions. */
export function referencedModels(type: Type, into: Set<string> = new Set()): Set<string> {
  switch (type.kind) {
    case 'ref':
      into.add(type.name);
      break;
    case 'array':
      referencedModels(type.items, into);
      break;
    case 'object':
      for (const property of type.properties) referencedModels(property.type, into);
      if (type.additionalProperties) referencedModels(type.additionalProperties, into);
      break;
    case 'union':
    case 'intersection':
      for (const member of type.members) referencedModels(member, into);
      break;
    case 'string':
    case 'number':
    case 'boolean':
    case 'null':
    case 'unknown':
    case 'literal':
      break;
    default:
      assertNever(type);
  }
  return into;
}

function pascal(name: string): string {
  return name[0]!.toUpperCase() + name.slice(1);
}

/** The view of one operation; records the models, validators and names it uses, and the declarations it shares. */
export function operationView(
  operation: Operation,
  models: ReadonlyMap<string, Model>,
  used: Set<string>,
  validators: Set<string>,
  taken: Set<string>,
  shared: SharedDeclarations,
  kubernetes: boolean,
  watches: SpecWatches = { itemOf: new Map(), paths: new Set() },
): ClientOperationView {
  const parameters = [
    ...operation.parameters.path,
    ...operation.parameters.query,
    ...operation.parameters.header,
    ...(operation.parameters.cookie ?? []),
  ];
  const properties = parameters.map(parameterProperty);
  for (const parameter of parameters) referencedModels(parameter.type, used);
  const paramsType = derivedName(`${pascal(operation.name)}Params`, taken);
  taken.add(paramsType);
  const patchMedia = operation.body?.content.filter((media) => PATCH_STRATEGIES[media.mediaType] !== undefined) ?? [];
  const success = successResponse(operation, models);
  // The spec's own watch operations stream typed events, as the watch methods of list operations do.
  const watchedItem = watches.itemOf.get(operation.name);
  if (watchedItem !== undefined) used.add(watchedItem);
  const media =
    watchedItem === undefined ? operationMedia(operation, models, kubernetes, taken) : watchMedia(watchedItem);
  // The recipe's nested literals as Prettier prints them on one line; any it would break leave the recipe to it.
  let recipeInline = true;
  const inline = (value: unknown): string => {
    const printed = printInline(value);
    if (printed === undefined) recipeInline = false;
    return printed ?? printValue(value);
  };
  const errors = kubernetes ? undefined : operationErrors(operation);
  for (const type of errors?.types ?? []) referencedModels(type, used);
  const errorsName = errors?.type ? derivedName(`${pascal(operation.name)}Error`, taken) : undefined;
  if (errorsName !== undefined) taken.add(errorsName);
  let encode = 'undefined';
  let bodyKey = 'undefined';
  let contentType = 'undefined';
  let patchTypes = 'undefined';
  let declaration: string;
  let paramsBroken = false;
  let choice: BodyChoice = { recipeLines: [], recipeLaidOut: true };
  // Kubernetes patch strategies only for Kubernetes: elsewhere a PATCH takes the spec's own body schema.
  const kubernetesPatch = kubernetes && operation.method === 'patch' && patchMedia.length > 0;
  if (kubernetesPatch) {
    // The patched object is what the operation returns; each strategy listed by the spec becomes one variant.
    const target = success.model ?? 'unknown';
    if (success.model) used.add(success.model);
    const strategies = patchMedia
      .map((media) => PATCH_STRATEGIES[media.mediaType]!)
      .sort((a, b) => compareStrings(a.type, b.type));
    const plain = strategies
      .filter((strategy) => strategy.type !== 'apply')
      .map((strategy) => (strategy.type === 'json' ? 'JsonPatch' : `${strategy.generic}<${target}>`));
    const apply = strategies.some((strategy) => strategy.type === 'apply');
    const base = properties.filter((property) => property.name !== 'fieldManager' && property.name !== 'force');
    const fieldManager = properties.find((property) => property.name === 'fieldManager');
    const force = properties.find((property) => property.name === 'force');
    const variants: PatchVariant[] = [];
    if (plain.length > 0) {
      const optionalManager = fieldManager ? [{ ...fieldManager, required: { request: false, response: false } }] : [];
      // `force` applies to server-side apply only; `never` keeps it out while letting the query builder read it.
      const noForce = force ? ` & { ${force.name}?: never }` : '';
      variants.push({ properties: optionalManager, between: noForce, patch: plain });
    }
    if (apply) {
      const requiredManager = fieldManager ? [{ ...fieldManager, required: { request: true, response: true } }] : [];
      const applyProperties = [...requiredManager, ...(force ? [force] : [])];
      variants.push({ properties: applyProperties, between: '', patch: [`ApplyPatch<${target}>`] });
    }
    const laid = patchParamsLayout(base, variants);
    const flat = variants.map(
      (variant) => `(${objectLiteral(variant.properties)}${variant.between} & { patch: ${variant.patch.join(' | ')} })`,
    );
    declaration = laid ?? `${objectLiteral(base)} & (${flat.join(' | ')})`;
    // Any other shape Prettier breaks its own way: whatever contains it is left to the format stage.
    if (laid === undefined) shared.nonFlat.add(declaration);
    encode = '$encodePatch';
    bodyKey = printString('patch');
    const types = Object.fromEntries(
      patchMedia.map((media) => [PATCH_STRATEGIES[media.mediaType]!.type, media.mediaType]),
    );
    patchTypes = inline(types);
    // Too long for the recipe's line (all four strategies are): one entry a line, as Prettier breaks it.
    if (`  patchTypes: ${patchTypes},`.length > PRINT_WIDTH)
      patchTypes = [
        '{',
        ...Object.entries(types).map(([type, media]) => `    ${printPropertyKey(type)}: ${printString(media)},`),
        '  }',
      ].join('\n');
  } else {
    const preferred = media.body;
    const parameterNames = new Set(properties.map((property) => property.name));
    const bodyName = parameterNames.has('body') ? derivedName('requestBody', parameterNames) : 'body';
    choice = bodyChoice(operation, preferred, models, used, parameterNames, bodyName);
    if (preferred) {
      referencedModels(preferred.body.type, used);
      // A form or multipart body's type spells out its schema's properties: the models they name are imported too.
      const spelt = preferred.body.type.kind === 'ref' ? models.get(preferred.body.type.name) : undefined;
      if (preferred.kind !== 'json' && spelt) referencedModels(spelt.type, used);
      const bodyType: Type = preferred.kind === 'json' ? preferred.body.type : { kind: 'unknown' };
      // Several media types: the body is a member of the `contentType` union instead.
      if (choice.union === undefined)
        properties.push({
          name: bodyName,
          type: bodyType,
          required: { request: operation.body!.required, response: operation.body!.required },
          readOnly: false,
          nonNullInRequest: false,
          doc: operation.body!.doc,
        });
      encode = encoderName(preferred.kind);
      bodyKey = printString(bodyName);
      const mediaType = preferred.body.mediaType === '*/*' ? 'application/json' : preferred.body.mediaType;
      contentType = printString(mediaType);
    }
    // Query and header parameters (with their long docs) repeat across operations: they are a part of their own,
    // declared once when shared; path parameters and the body stay with the operation.
    const sharedKeys = new Set(
      [...operation.parameters.query, ...operation.parameters.header].map((parameter) => parameter.key),
    );
    if (preferred && preferred.kind !== 'json' && preferred.type.includes('\n')) shared.nonFlat.add(preferred.type);
    const own = properties.filter((property) => !sharedKeys.has(property.name));
    const rest = properties.filter((property) => sharedKeys.has(property.name));
    const printed = objectLiteral(own);
    // Form, multipart, text and binary bodies have their own types (Blob parts, bytes), not the schema's.
    const ownPart =
      preferred && preferred.kind !== 'json'
        ? printed.replace(new RegExp(`(\\n\\s*${bodyName}\\??: )unknown;`), `$1${preferred.type};`)
        : printed;
    const restPart = objectLiteral(rest);
    for (const [part, members] of [
      [ownPart, own],
      [restPart, rest],
    ] as const) {
      if (!members.every((property) => typeLaidOut(property.type, true))) shared.nonFlat.add(part);
    }
    declaration =
      rest.length === 0
        ? ownPart
        : own.length === 0
          ? shared.params(restPart)
          : `${ownPart} & ${shared.params(restPart)}`;
    // A choice of media types and nothing else is the union alone, laid out here; joined with other parameters,
    // Prettier lays it out its own way.
    const alone =
      declaration === '{}' && choice.partHeaders === undefined && choice.variants !== undefined
        ? choiceLayout(paramsType, choice.variants)
        : undefined;
    if (alone !== undefined) {
      declaration = alone.text;
      paramsBroken = alone.broken;
    } else
      for (const part of [choice.partHeaders, choice.union])
        if (part !== undefined) {
          declaration = declaration === '{}' ? part : `${declaration} & ${part}`;
          shared.nonFlat.add(declaration);
        }
  }
  if (success.model && media.json && watchedItem === undefined) {
    used.add(success.model);
    if (success.validator !== 'undefined') validators.add(success.validator);
  }
  if (watchedItem === undefined)
    for (const response of operation.responses)
      for (const media of response.content) if (/^2/.test(response.status)) referencedModels(media.type, used);
  const allOptional =
    properties.every((property) => !property.required.request) &&
    !kubernetesPatch &&
    !(choice.union !== undefined && operation.body?.required === true);
  const validator = media.json ? success.validator : 'undefined';
  const listItem =
    operation.kubernetesAction === 'list'
      ? listItemType(success.model ? models.get(success.model) : undefined)
      : undefined;
  const pages =
    operation.parameters.query.some((p) => p.name === 'continue') &&
    operation.parameters.query.some((p) => p.name === 'limit');
  const path = pathParts(operation);
  return {
    name: operation.name,
    // Indented: the JSDoc sits on a member of the Client interface.
    jsdoc: indentBlock(
      printJsDoc(
        {
          ...operation.doc,
          ...(operation.doc.summary && !operation.doc.description ? { description: operation.doc.summary } : {}),
        },
        { tags: [`@see ${operation.method.toUpperCase()} ${operation.path}`] },
      ),
    ),
    paramsType,
    paramsDeclaration: kubernetesPatch ? shared.params(declaration) : declaration,
    paramsBroken,
    paramsOptional: allOptional,
    recipeName: `$op_${operation.name}`,
    // Decided once shared declarations have their names (clientView).
    paramsCanonical: false,
    recipeCanonical: false,
    signatureWide: false,
    functions: [],
    functionsCanonical: false,
    methods: [],
    httpMethod: printString(operation.method.toUpperCase()),
    path: recipeValue('path', path) ?? printList(path),
    query: shared.query(queryRecipe(operation, kubernetes)),
    headers: inline(
      operation.parameters.header.map((parameter) =>
        parameter.explode ? [parameter.name, parameter.key, true] : [parameter.name, parameter.key],
      ),
    ),
    encode,
    bodyKey,
    contentType,
    patchTypes,
    reader: readerName(media.responseKind),
    responseType: media.responseType,
    validator,
    media,
    recipeExtras: [recipeExtras(operation, kubernetes, inline), ...choice.recipeLines]
      .filter((line) => line !== '')
      .join('\n'),
    // choice.recipeLines that body-choice.ts could not lay out are printed as JSON: Prettier lays those out.
    recipeInline: recipeInline && choice.recipeLaidOut,
    ...(errorsName !== undefined && errors
      ? { errors: { name: errorsName, ...errorsLayout(errorsName, errors) } }
      : {}),
    safe: ['get', 'head', 'options'].includes(operation.method),
    ...(listItem !== undefined && pages
      ? { listAll: { name: listAllName(operation.name, taken), itemType: listItem } }
      : {}),
    ...(listItem !== undefined &&
    operation.parameters.query.some((p) => p.name === 'watch') &&
    !watches.paths.has(watchTwin(operation.path))
      ? { watch: { name: watchName(operation.name, taken), itemType: listItem } }
      : {}),
  };
}

/** The media part of a spec's own watch operation: a stream of typed watch events (runtime `$watch`). */
function watchMedia(item: string): ClientOperationView['media'] {
  return {
    json: false,
    responseKind: 'ndjson',
    responseType: `WatchEvent<${item}>`,
    returns: `AsyncGenerator<WatchEvent<${item}>, void, undefined>`,
    streaming: true,
    watchEvents: true,
  };
}

/** The deprecated `/watch/` path of a Kubernetes list path (`/api/v1/pods` → `/api/v1/watch/pods`). */
function watchTwin(path: string): string {
  return path.replace(/^(\/api\/[^/]+\/|\/apis\/[^/]+\/[^/]+\/)/, '$1watch/');
}

/** The name of the watch method of a list operation (`listPets` → `watchPets`), apart from every other name. */
function watchName(operationName: string, taken: Set<string>): string {
  const name = derivedName(operationName.replace(/^list/, 'watch'), taken);
  taken.add(name);
  return name;
}

/** The name of the paging helper of a list operation (`listPets` → `listAllPets`), apart from every other name. */
function listAllName(operationName: string, taken: Set<string>): string {
  const name = derivedName(operationName.replace(/^list/, 'listAll'), taken);
  taken.add(name);
  return name;
}
