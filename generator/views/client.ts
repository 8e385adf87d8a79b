import { assertNever } from '../errors.js';
import type { Api, MediaBody, Model, Operation, Parameter, Property, Type } from '../ir.js';
import { compareStrings, derivedName } from '../names.js';
import { printJsDoc } from '../print/doc.js';
import { printList, printString, printValue } from '../print/literal.js';
import { printType } from '../print/type.js';
import { PRINT_WIDTH, printImport } from '../print/layout.js';
import { operationErrors, operationMedia, recipeExtras, type OperationMedia } from './client-operation.js';

/** One client method. */
export interface ClientOperationView {
  readonly name: string;
  readonly jsdoc: string;
  readonly paramsType: string;
  /** The parameters type: a printed type expression, or the name of a shared one (`OperationParams3`). */
  readonly paramsDeclaration: string;
  /** No parameter is required, so `params` may be omitted. */
  readonly paramsOptional: boolean;
  /** The name of the module constant holding the request recipe (`$op_listPets`). */
  readonly recipeName: string;
  /** The parameters type, and the recipe, are laid out exactly as Prettier prints them. */
  readonly paramsCanonical: boolean;
  readonly recipeCanonical: boolean;
  /** The HTTP method as a string literal (`"GET"`). */
  readonly httpMethod: string;
  /** Literal path parts and parameter keys, alternating, as an array literal. */
  readonly path: string;
  /** The query recipe: the name of a shared constant of `[wire name, key, explode]` entries. */
  readonly query: string;
  /** `[wire name, key]` entries, as an array literal. */
  readonly headers: string;
  /** `"json"`, `"raw"`, `"patch"` or `"none"`, as a string literal. */
  readonly bodyKind: string;
  /** The parameters' property holding the body, as a string literal, or `undefined`. */
  readonly bodyKey: string;
  /** The content type as a string literal, or `undefined`. */
  readonly contentType: string;
  /** For PATCH: the media type of each strategy the spec lists, as an object literal; else `undefined`. */
  readonly patchTypes: string;
  /** `"json"`, `"text"` or `"none"`: how the success body is read. */
  readonly responseKind: string;
  readonly responseType: string;
  /** The response-mode validator of the success body, or `undefined`. */
  readonly validator: string;
  /** GET, HEAD or OPTIONS: retried on 429/503 without the caller opting in. */
  readonly safe: boolean;
  /** For Kubernetes list operations that serve watch: the watch method's name and the item type. */
  readonly watch?: { readonly name: string; readonly itemType: string };
  /** For Kubernetes list operations: the paging helper's name and item type, and whether its signature breaks. */
  readonly listAll?: { readonly name: string; readonly itemType: string; readonly wide?: boolean };
  /** How bodies travel, the method's return type, and the `<method>Stream` sibling (client-operation.ts). */
  readonly media: OperationMedia;
  /** Recipe members beyond the common ones (path styles, cookies, security), one per line, or empty. */
  readonly recipeExtras: string;
  /** The operation's declared error bodies: the name and value of its `<Method>Error` type, when it declares any. */
  readonly errors?: { readonly name: string; readonly type: string };
  /** The method's signature, or the call in its body, does not fit one line: parameters go one per line. */
  readonly signatureWide: boolean;
  readonly callWide: boolean;
}

/** A declaration several operations share (identical parameter types, identical query recipes). */
export interface SharedView {
  readonly name: string;
  readonly value: string;
  /** Laid out exactly as Prettier prints it. */
  readonly canonical: boolean;
}

/** The template context of client.hbs. */
export interface ClientView {
  readonly title: string;
  /** The imports (models used, FieldError, the response validators), as Prettier prints them. */
  readonly imports: string;
  /** The type of a decoded Kubernetes `Status` error body (`unknown` outside Kubernetes). */
  readonly statusType: string;
  readonly operations: readonly ClientOperationView[];
  /** The Client interface and createClient are laid out exactly as Prettier prints them. */
  readonly membersCanonical: boolean;
  /** Parameter types that several operations share, declared once. */
  readonly sharedParams: readonly SharedView[];
  /** Query recipes, declared once each. */
  readonly queries: readonly SharedView[];
}

const STATUS_KEY = 'io.k8s.apimachinery.pkg.apis.meta.v1.Status';

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

function isJsonMedia(mediaType: string): boolean {
  const base = mediaType.split(';')[0]!.trim().toLowerCase();
  return base === 'application/json' || base.endsWith('+json') || base === '*/*';
}

/** The body a client sends or reads: the JSON one when there is one, else the first. */
function preferredBody(content: readonly MediaBody[]): { body: MediaBody; json: boolean } | undefined {
  const json =
    content.find((media) => media.mediaType === 'application/json') ??
    content.find((media) => isJsonMedia(media.mediaType));
  if (json) return { body: json, json: true };
  return content[0] ? { body: content[0], json: false } : undefined;
}

function parameterProperty(parameter: Parameter): Property {
  return {
    name: parameter.key,
    type: parameter.type,
    required: { request: parameter.required, response: parameter.required },
    readOnly: false,
    nonNullInRequest: false,
    doc: parameter.doc,
  };
}

/** A block of lines moved one level in. */
function indentBlock(text: string): string {
  return text === ''
    ? ''
    : text
        .split('\n')
        .map((line) => `  ${line}`)
        .join('\n');
}

/** An object type literal of properties; `{}` when there are none (never `Record<string, never>`, which rejects keys). */
function objectLiteral(properties: readonly Property[]): string {
  if (properties.length === 0) return '{}';
  // Members one level in, as Prettier prints them; deeper (multi-line) member types are left to the format stage.
  const [open, ...rest] = printType({ kind: 'object', properties }).split('\n');
  const close = rest.pop()!;
  return [open!, ...rest.map((line) => `  ${line}`), close].join('\n');
}

/**
 * Whether declaration code is already as Prettier prints it: members on one line each within the width, and no
 * literal Prettier would rewrite. A member type spanning lines (an inline object) leaves it to the format stage.
 */
function laidOut(code: string, nonFlat: ReadonlySet<string>): boolean {
  for (const text of nonFlat) if (code.includes(text)) return false;
  // Prettier never reflows comments: only code lines must fit.
  const codeLines = code.split('\n').filter((line) => !/^\s*(\/\*\*|\*|\/\/)/.test(line));
  return codeLines.every((line) => line.length <= PRINT_WIDTH) && !/\\"|\de\+/.test(code);
}

function pascal(name: string): string {
  return name[0]!.toUpperCase() + name.slice(1);
}

/**
 * The literal text of a path as it goes into a URL: what a path segment may hold stays (RFC 3986 `pchar` and `/`,
 * `%XX` escapes included), anything else is percent-encoded, so that no `?`, `#` or space in the spec's path can
 * end the path early.
 */
function encodePathLiteral(text: string): string {
  return text.replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/%]+/g, (match) => encodeURIComponent(match));
}

/** The path as literal parts (URL-encoded) and parameter keys, alternating, starting with a literal part. */
function pathParts(operation: Operation): string[] {
  const parts: string[] = [''];
  for (const piece of operation.path.split(/(\{[^}]+\})/).filter((part) => part.length > 0)) {
    const match = /^\{(.+)\}$/.exec(piece);
    if (match) parts.push(match[1]!, '');
    else parts[parts.length - 1] += encodePathLiteral(piece);
  }
  return parts;
}

/**
 * The query recipe as an array literal laid out as Prettier prints it: one entry inline, several one per line (an
 * array of arrays always breaks).
 */
function queryRecipe(operation: Operation, kubernetes: boolean): string {
  // Kubernetes query parameters are primitives: their recipes keep the short form (no style).
  const entries = operation.parameters.query.map((parameter) =>
    printList([
      parameter.name,
      parameter.key,
      parameter.explode,
      ...(kubernetes ? [] : [parameter.style]),
      ...(parameter.allowReserved ? [true] : []),
    ]),
  );
  return entries.length <= 1 ? `[${entries.join('')}]` : `[\n${entries.map((entry) => `  ${entry},`).join('\n')}\n]`;
}

/** The success response: the distinct JSON 2xx body types, or text, or nothing. */
function successResponse(operation: Operation, models: ReadonlyMap<string, Model>) {
  const bodies = operation.responses
    .filter((response) => /^2\d\d$/.test(response.status))
    .flatMap((response) => {
      const preferred = preferredBody(response.content);
      return preferred ? [preferred] : [];
    });
  if (bodies.length === 0) return { kind: 'none', type: 'void', validator: 'undefined', model: undefined };
  if (bodies.every((body) => !body.json))
    return { kind: 'text', type: 'string', validator: 'undefined', model: undefined };
  const types = [
    ...new Map(bodies.filter((body) => body.json).map((body) => [printType(body.body.type), body.body.type])).values(),
  ];
  const single = types.length === 1 && types[0]!.kind === 'ref' ? types[0]!.name : undefined;
  return {
    kind: 'json',
    type: types.map(printType).join(' | '),
    validator: single !== undefined && models.has(single) ? `validate${single}` : 'undefined',
    model: single,
  };
}

/** The item type of a Kubernetes list (`ImageTagList` → `ImageTag`), when its `items` is an array. */
function listItemType(model: Model | undefined): string | undefined {
  if (model?.type.kind !== 'object') return undefined;
  const items = model.type.properties.find((property) => property.name === 'items');
  const arrays =
    items?.type.kind === 'union'
      ? items.type.members.filter((member) => member.kind === 'array')
      : items
        ? [items.type]
        : [];
  const array = arrays[0];
  return array?.kind === 'array' ? printType(array.items) : undefined;
}

function operationView(
  operation: Operation,
  models: ReadonlyMap<string, Model>,
  used: Set<string>,
  validators: Set<string>,
  taken: Set<string>,
  shared: SharedDeclarations,
  kubernetes: boolean,
): ClientOperationView {
  const parameters = [
    ...operation.parameters.path,
    ...operation.parameters.query,
    ...operation.parameters.header,
    ...operation.parameters.cookie,
  ];
  const properties = parameters.map(parameterProperty);
  for (const parameter of parameters) referencedModels(parameter.type, used);
  const paramsType = derivedName(`${pascal(operation.name)}Params`, taken);
  taken.add(paramsType);
  const patchMedia = operation.body?.content.filter((media) => PATCH_STRATEGIES[media.mediaType] !== undefined) ?? [];
  const success = successResponse(operation, models);
  const media = operationMedia(operation, models, kubernetes, taken);
  const errors = kubernetes ? undefined : operationErrors(operation);
  for (const type of errors?.types ?? []) referencedModels(type, used);
  const errorsName = errors?.type ? derivedName(`${pascal(operation.name)}Error`, taken) : undefined;
  if (errorsName !== undefined) taken.add(errorsName);
  let bodyKind = 'none';
  let bodyKey = 'undefined';
  let contentType = 'undefined';
  let patchTypes = 'undefined';
  let declaration: string;
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
    const variants: string[] = [];
    if (plain.length > 0) {
      const optionalManager = fieldManager ? [{ ...fieldManager, required: { request: false, response: false } }] : [];
      // `force` applies to server-side apply only; `never` keeps it out while letting the query builder read it.
      const noForce = force ? ` & { ${force.name}?: never }` : '';
      variants.push(`${objectLiteral(optionalManager)}${noForce} & { patch: ${plain.join(' | ')} }`);
    }
    if (apply) {
      const requiredManager = fieldManager ? [{ ...fieldManager, required: { request: true, response: true } }] : [];
      const applyProperties = [...requiredManager, ...(force ? [force] : [])];
      variants.push(`${objectLiteral(applyProperties)} & { patch: ApplyPatch<${target}> }`);
    }
    declaration = `${objectLiteral(base)} & (${variants.map((variant) => `(${variant})`).join(' | ')})`;
    // Prettier breaks this union its own way: whatever contains it is left to the format stage.
    shared.nonFlat.add(declaration);
    bodyKind = 'patch';
    bodyKey = printString('patch');
    patchTypes = printValue(
      Object.fromEntries(patchMedia.map((media) => [PATCH_STRATEGIES[media.mediaType]!.type, media.mediaType])),
    );
  } else {
    const preferred = media.body;
    const parameterNames = new Set(properties.map((property) => property.name));
    const bodyName = parameterNames.has('body') ? derivedName('requestBody', parameterNames) : 'body';
    if (preferred) {
      referencedModels(preferred.body.type, used);
      const bodyType: Type = preferred.kind === 'json' ? preferred.body.type : { kind: 'unknown' };
      properties.push({
        name: bodyName,
        type: bodyType,
        required: { request: operation.body!.required, response: operation.body!.required },
        readOnly: false,
        nonNullInRequest: false,
        doc: operation.body!.doc,
      });
      bodyKind = preferred.kind;
      bodyKey = printString(bodyName);
      const mediaType = preferred.body.mediaType === '*/*' ? 'application/json' : preferred.body.mediaType;
      contentType = printString(mediaType);
    }
    // Query and header parameters (with their long docs) repeat across operations: they are a part of their own,
    // declared once when shared; path parameters and the body stay with the operation.
    const sharedKeys = new Set(
      [...operation.parameters.query, ...operation.parameters.header].map((parameter) => parameter.key),
    );
    if (preferred && preferred.kind !== 'json') shared.nonFlat.add(preferred.type);
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
      if (members.some((property) => printType(property.type).includes('\n'))) shared.nonFlat.add(part);
    }
    declaration =
      rest.length === 0
        ? ownPart
        : own.length === 0
          ? shared.params(restPart)
          : `${ownPart} & ${shared.params(restPart)}`;
  }
  if (success.model && media.json) {
    used.add(success.model);
    if (success.validator !== 'undefined') validators.add(success.validator);
  }
  for (const response of operation.responses)
    for (const media of response.content) if (/^2/.test(response.status)) referencedModels(media.type, used);
  const allOptional = properties.every((property) => !property.required.request) && bodyKind !== 'patch';
  const validator = media.json ? success.validator : 'undefined';
  const listItem =
    operation.kubernetesAction === 'list'
      ? listItemType(success.model ? models.get(success.model) : undefined)
      : undefined;
  const pages =
    operation.parameters.query.some((p) => p.name === 'continue') &&
    operation.parameters.query.some((p) => p.name === 'limit');
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
    paramsOptional: allOptional,
    recipeName: `$op_${operation.name}`,
    // Decided once shared declarations have their names (clientView).
    paramsCanonical: false,
    recipeCanonical: false,
    signatureWide: false,
    callWide: false,
    httpMethod: printString(operation.method.toUpperCase()),
    path: printList(pathParts(operation)),
    query: shared.query(queryRecipe(operation, kubernetes)),
    headers: printValue(
      operation.parameters.header.map((parameter) =>
        parameter.explode ? [parameter.name, parameter.key, true] : [parameter.name, parameter.key],
      ),
    ),
    bodyKind: printString(bodyKind),
    bodyKey,
    contentType,
    patchTypes,
    responseKind: printString(media.responseKind),
    responseType: media.responseType,
    validator,
    media,
    recipeExtras: recipeExtras(operation, kubernetes),
    ...(errorsName !== undefined && errors ? { errors: { name: errorsName, type: errors.type } } : {}),
    safe: ['get', 'head', 'options'].includes(operation.method),
    ...(listItem !== undefined && pages
      ? { listAll: { name: listAllName(operation.name, taken), itemType: listItem } }
      : {}),
    ...(listItem !== undefined && operation.parameters.query.some((p) => p.name === 'watch')
      ? { watch: { name: watchName(operation.name, taken), itemType: listItem } }
      : {}),
  };
}

/**
 * Declarations shared between operations: Kubernetes has hundreds of operations with the same parameters (every
 * namespaced list takes the same eleven query parameters, with long docs); declaring each once keeps client.ts small.
 */
class SharedDeclarations {
  /** Object literal parts with a member type spanning lines: their layout is left to the format stage. */
  readonly nonFlat = new Set<string>();
  private readonly paramsByText = new Map<string, { name?: string; count: number }>();
  private readonly queriesByText = new Map<string, string>();

  constructor(private readonly taken: Set<string>) {}

  /** Counts a parameters type; `resolve` later names it if more than one operation uses it. */
  params(declaration: string): string {
    const entry = this.paramsByText.get(declaration) ?? { count: 0 };
    entry.count++;
    this.paramsByText.set(declaration, entry);
    return declaration;
  }

  /** The constant holding a query recipe, created on first use. */
  query(recipe: string): string {
    let name = this.queriesByText.get(recipe);
    if (name === undefined) {
      name = `$query${this.queriesByText.size + 1}`;
      this.queriesByText.set(recipe, name);
    }
    return name;
  }

  /** Names every parameters type used more than once, in order of first use. */
  sharedParams(): SharedView[] {
    const views: SharedView[] = [];
    for (const [value, entry] of this.paramsByText) {
      if (entry.count < 2) continue;
      entry.name = derivedName(`SharedParams${views.length + 1}`, this.taken);
      this.taken.add(entry.name);
      views.push({
        name: entry.name,
        value,
        canonical: laidOut(`export type ${entry.name} = ${value};`, this.nonFlat),
      });
    }
    return views;
  }

  /** A declaration with every shared part replaced by its name (parts are whole types, or `own & shared`). */
  declarationOf(declaration: string): string {
    const whole = this.paramsByText.get(declaration)?.name;
    if (whole !== undefined) return whole;
    for (const [text, entry] of this.paramsByText) {
      if (entry.name !== undefined && declaration.endsWith(` & ${text}`))
        return `${declaration.slice(0, -text.length)}${entry.name}`;
    }
    return declaration;
  }

  queries(): SharedView[] {
    return [...this.queriesByText].map(([value, name]) => ({
      name,
      value,
      canonical: laidOut(`const ${name} = ${value} as const;`, this.nonFlat),
    }));
  }
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

/** Builds the view of client.ts: one method per operation, with its parameter type and request recipe. */
export function clientView(api: Api, title: string): ClientView {
  const models = new Map(api.models.map((model) => [model.name, model]));
  const used = new Set<string>();
  const validators = new Set<string>();
  // Names the client declares beside the model names it imports: parameter types, and methods.
  const taken = new Set([...models.keys(), ...api.operations.map((operation) => operation.name)]);
  const shared = new SharedDeclarations(taken);
  const counted = api.operations.map((operation) =>
    operationView(operation, models, used, validators, taken, shared, api.kubernetes),
  );
  const sharedParams = shared.sharedParams();
  const operations = counted.map((operation) => {
    const paramsDeclaration = shared.declarationOf(operation.paramsDeclaration);
    const recipe = [
      `const ${operation.recipeName}: $Operation = {`,
      `  path: ${operation.path},`,
      `  validate: ${operation.validator},`,
    ].join('\n');
    const optional = operation.paramsOptional ? '?' : '';
    const signature = `  ${operation.name}(params${optional}: ${operation.paramsType}, options?: RequestOptions): Promise<${operation.responseType}>;`;
    const call = `      return $send<${operation.responseType}>(config, $request(${operation.recipeName}, params), options);`;
    const listAllSignature = operation.listAll
      ? `  ${operation.listAll.name}(params${optional}: ${operation.paramsType}, options?: RequestOptions): AsyncGenerator<${operation.listAll.itemType}, void, undefined>;`
      : '';
    return {
      ...operation,
      signatureWide: signature.length > PRINT_WIDTH,
      callWide: call.length > PRINT_WIDTH,
      ...(operation.listAll ? { listAll: { ...operation.listAll, wide: listAllSignature.length > PRINT_WIDTH } } : {}),
      paramsDeclaration,
      paramsCanonical:
        operation.bodyKind !== '"patch"' &&
        laidOut(`export type ${operation.paramsType} = ${paramsDeclaration};`, shared.nonFlat),
      // Headers and patch media types print as nested literals, which Prettier lays out itself.
      recipeCanonical:
        operation.headers === '[]' &&
        operation.patchTypes === 'undefined' &&
        operation.recipeExtras === '' &&
        laidOut(recipe, shared.nonFlat),
    };
  });
  const status = api.models.find((model) => model.key === STATUS_KEY);
  if (status) used.add(status.name);
  // The broken forms above are Prettier's for these shapes as long as their own lines fit; types that span lines
  // (a response union, say) or overlong names leave both statements to the format stage.
  const membersCanonical =
    operations.length > 0 &&
    operations.every((operation) => {
      // Streams and their siblings have other shapes: left to the format stage.
      if (operation.media.streaming || operation.media.stream || operation.watch) return false;
      const lines = [
        `  ): Promise<${operation.responseType}>;`,
        `    params?: ${operation.paramsType},`,
        `    async ${operation.name}(params = {}, options) {`,
        `      return $send<${operation.responseType}>(`,
        `        $request(${operation.recipeName}, params),`,
        ...(operation.listAll
          ? [
              `  ): AsyncGenerator<${operation.listAll.itemType}, void, undefined>;`,
              `    ${operation.listAll.name}(params = {}, options) {`,
              `      return $pages(client.${operation.name}, params, options);`,
            ]
          : []),
      ];
      return lines.every((line) => line.length <= PRINT_WIDTH && !line.includes('\n'));
    });
  return {
    title,
    membersCanonical,
    imports: [
      printImport('import type', [...used].sort(compareStrings), './types.js'),
      printImport('import type', ['FieldError'], './validators.js'),
      printImport('import', [...validators].sort(compareStrings), './validators.js'),
    ].join('\n'),
    statusType: status ? status.name : 'unknown',
    operations,
    sharedParams,
    queries: shared.queries(),
  };
}
