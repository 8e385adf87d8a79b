// The client view's entry: the view types of client.ts, and clientView, which assembles the operations' views
// (generator/views/client/) with the declarations they share.
import type { Api } from '../ir.js';
import { directionalOperation, inputNames } from '../print/direction.js';
import { compareStrings } from '../names.js';
import { parseKubernetesPath } from '../parse/resources.js';
import { PRINT_WIDTH, printImport } from '../print/layout.js';
import { laidOut } from './client/layout.js';
import {
  operationFunctions,
  topLevelNames,
  type ClientFunctionView,
  type ClientMethodView,
} from './client/functions.js';
import { operationView } from './client/operation.js';
import type { OperationMedia } from './client-operation.js';
import { SharedDeclarations } from './client/shared.js';

/** One client method. */
export interface ClientOperationView {
  readonly name: string;
  readonly jsdoc: string;
  readonly paramsType: string;
  /** The parameters type: a printed type expression, or the name of a shared one (`OperationParams3`). */
  readonly paramsDeclaration: string;
  /** `paramsDeclaration` goes on the line after `export type Name =` (a union too long for the first line). */
  readonly paramsBroken: boolean;
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
  /** The body's runtime encoder (`$encodeJson`, `$encodeMultipart`, `$encodePatch`, ...), or `undefined`. */
  readonly encode: string;
  /** The parameters' property holding the body, as a string literal, or `undefined`. */
  readonly bodyKey: string;
  /** The content type as a string literal, or `undefined`. */
  readonly contentType: string;
  /** For PATCH: the media type of each strategy the spec lists, as an object literal; else `undefined`. */
  readonly patchTypes: string;
  /** How the success body is read: the runtime reader (`$jsonReader`, `$textReader`, `$noneReader`, ...). */
  readonly reader: string;
  readonly responseType: string;
  /** The response-mode validator of the success body, or `undefined`. */
  readonly validator: string;
  /** GET, HEAD or OPTIONS: retried on 429/503 without the caller opting in. */
  readonly safe: boolean;
  /** For Kubernetes list operations that serve watch: the watch method's name and the item type. */
  readonly watch?: { readonly name: string; readonly itemType: string; readonly wide?: boolean };
  /** For Kubernetes list operations: the paging helper's name and item type, and whether its signature breaks. */
  readonly listAll?: { readonly name: string; readonly itemType: string; readonly wide?: boolean };
  /** How bodies travel, the method's return type, and the `<method>Stream` sibling (client-operation.ts). */
  readonly media: OperationMedia;
  /** Recipe members beyond the common ones (path styles, cookies, security), one per line, or empty. */
  readonly recipeExtras: string;
  /** The recipe's nested literals (headers, patch types, extras) are printed as Prettier prints them. */
  readonly recipeInline: boolean;
  /** The operation's declared error bodies: the name and value of its `<Method>Error` type, when it declares any. */
  readonly errors?: { readonly name: string; readonly type: string; readonly canonical: boolean };
  /** The method's signature, or the call in its body, does not fit one line: parameters go one per line. */
  readonly signatureWide: boolean;
  /** The operation's standalone functions (the method, its stream sibling, watch and listAll), tree-shakable. */
  readonly functions: readonly ClientFunctionView[];
  readonly functionsCanonical: boolean;
  /** The members createClient's object gives for this operation. */
  readonly methods: readonly ClientMethodView[];
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

/** The spec's own watch operations (Kubernetes' `/watch/` paths): what each one streams, and which paths they serve. */
export interface SpecWatches {
  /** The model of the objects a watch operation streams, by operation name. */
  readonly itemOf: ReadonlyMap<string, string>;
  /** The paths of the spec's watch operations (a list whose `/watch/` twin is among them gets no generated watch). */
  readonly paths: ReadonlySet<string>;
}

/** Finds the `watch` and `watchlist` operations of a Kubernetes API and the kind each serves. */
function specWatches(api: Api): SpecWatches {
  const itemOf = new Map<string, string>();
  const paths = new Set<string>();
  if (!api.kubernetes) return { itemOf, paths };
  for (const operation of api.operations) {
    if (operation.kubernetesAction !== 'watch' && operation.kubernetesAction !== 'watchlist') continue;
    // The resource layer leaves `/watch/` paths out: the resource is the one served at the same group, version, plural.
    const path = parseKubernetesPath(operation.path);
    const resource = api.resources.find(
      (candidate) =>
        path !== undefined &&
        candidate.plural === path.plural &&
        candidate.gvk.group === path.group &&
        candidate.gvk.version === path.version,
    );
    const { group, version, kind } = resource?.gvk ?? {};
    const item = api.models.find(
      (model) => model.gvk?.group === group && model.gvk?.version === version && model.gvk?.kind === kind,
    );
    if (resource === undefined || item === undefined) continue;
    itemOf.set(operation.name, item.name);
    paths.add(operation.path);
  }
  return { itemOf, paths };
}

/** Builds the view of client.ts: one method per operation, with its parameter type and request recipe. */
export function clientView(api: Api, title: string): ClientView {
  const models = new Map(api.models.map((model) => [model.name, model]));
  const used = new Set<string>();
  const validators = new Set<string>();
  // Names the client declares beside the model names it imports: parameter types, and methods.
  const taken = new Set([...models.keys(), ...api.operations.map((operation) => operation.name)]);
  const shared = new SharedDeclarations(taken);
  // Request bodies take the input forms of models with readOnly/writeOnly members (print/direction.ts).
  const inputs = inputNames(api);
  for (const input of inputs.values()) taken.add(input);
  const watches = specWatches(api);
  const counted = api.operations.map((operation) =>
    operationView(
      directionalOperation(operation, inputs),
      models,
      used,
      validators,
      taken,
      shared,
      api.kubernetes,
      watches,
    ),
  );
  const sharedParams = shared.sharedParams();
  // After every derived name is taken: the standalone functions keep the method names wherever nothing else has them.
  const methodNames = new Set(
    counted.flatMap((operation) => [
      operation.name,
      ...(operation.media.stream ? [operation.media.stream.name] : []),
      ...(operation.watch ? [operation.watch.name] : []),
      ...(operation.listAll ? [operation.listAll.name] : []),
    ]),
  );
  const topLevel = topLevelNames(
    [...models.keys()],
    [...taken].filter((name) => !methodNames.has(name)),
  );
  let methodsCanonical = true;
  const operations = counted.map((operation) => {
    const standalone = operationFunctions(operation, topLevel);
    methodsCanonical &&= standalone.methodsCanonical;
    const paramsDeclaration = shared.declarationOf(operation.paramsDeclaration);
    const recipe = [
      `const ${operation.recipeName}: $Operation = {`,
      `  path: ${operation.path},`,
      `  headers: ${operation.headers},`,
      `  patchTypes: ${operation.patchTypes},`,
      ...(operation.recipeExtras === '' ? [] : [operation.recipeExtras]),
    ].join('\n');
    const optional = operation.paramsOptional ? '?' : '';
    const signature = `  ${operation.name}(params${optional}: ${operation.paramsType}, options?: RequestOptions): ${operation.media.returns};`;
    const listAllSignature = operation.listAll
      ? `  ${operation.listAll.name}(params${optional}: ${operation.paramsType}, options?: RequestOptions): AsyncGenerator<${operation.listAll.itemType}, void, undefined>;`
      : '';
    return {
      ...operation,
      functions: standalone.functions,
      functionsCanonical: standalone.functionsCanonical,
      methods: standalone.methods,
      signatureWide: signature.length > PRINT_WIDTH,
      ...(operation.listAll ? { listAll: { ...operation.listAll, wide: listAllSignature.length > PRINT_WIDTH } } : {}),
      ...(operation.watch
        ? {
            watch: {
              ...operation.watch,
              wide:
                `  ${operation.watch.name}(params${optional}: ${operation.paramsType}, options?: RequestOptions): AsyncGenerator<WatchEvent<${operation.watch.itemType}>, void, undefined>;`
                  .length > PRINT_WIDTH,
            },
          }
        : {}),
      paramsDeclaration,
      paramsCanonical: laidOut(
        `export type ${operation.paramsType} =${operation.paramsBroken ? '\n ' : ''} ${paramsDeclaration};`,
        shared.nonFlat,
      ),
      recipeCanonical: operation.recipeInline && laidOut(recipe, shared.nonFlat),
    };
  });
  const status = api.models.find((model) => model.key === STATUS_KEY);
  if (status) used.add(status.name);
  // The broken forms above are Prettier's for these shapes as long as their own lines fit; types that span lines
  // (a response union, say) or overlong names leave both statements to the format stage.
  const membersCanonical =
    operations.length > 0 &&
    methodsCanonical &&
    operations.every((operation) => {
      // A `<method>Stream` sibling has another shape: left to the format stage.
      if (operation.media.stream) return false;
      const lines = [
        `  ): ${operation.media.returns};`,
        `    params?: ${operation.paramsType},`,
        ...(operation.listAll ? [`  ): AsyncGenerator<${operation.listAll.itemType}, void, undefined>;`] : []),
        ...(operation.watch ? [`  ): AsyncGenerator<WatchEvent<${operation.watch.itemType}>, void, undefined>;`] : []),
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
