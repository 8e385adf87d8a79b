// The standalone function of every client method (`readNamespacedPod(client, params)`), which bundlers can drop when
// it is not called, and the method object createClient builds from the same calls: names, signatures and layout.
import { derivedName } from '../../names.js';
import { PRINT_WIDTH } from '../../print/layout.js';
import type { ClientOperationView } from '../client.js';

/** One exported function of client.ts: `export function <name>(client, params, options): <returns>`. */
export interface ClientFunctionView {
  readonly name: string;
  /** Its JSDoc, at the top level. */
  readonly doc: string;
  readonly returns: string;
  /** The runtime call that does the work (`$call`, `$iterate`, `$watch`, `$listAll`). */
  readonly call: string;
  /** The recipe constant it sends. */
  readonly recipe: string;
  /** The signature does not fit one line: one parameter per line, as Prettier breaks it. */
  readonly wide: boolean;
  /** The arguments of the call do not fit its line: one argument per line, as Prettier breaks it. */
  readonly bodyWide: boolean;
}

/** One member of the object createClient returns: `<name>: (params, options) => <call>`. */
export interface ClientMethodView {
  readonly name: string;
  readonly call: string;
  /** The member does not fit one line: the call goes on the next, as Prettier breaks it. */
  readonly wide: boolean;
}

/**
 * Names the generated module and its neighbours declare at the top level (index.ts re-exports client.ts beside
 * types.ts and validators.ts), which a standalone function must not take; the parameter names are its own.
 */
export function topLevelNames(models: readonly string[], declared: Iterable<string>): Set<string> {
  const names = new Set([...declared, 'createClient', 'createClientCore', 'client', 'params', 'options']);
  for (const model of models) for (const verb of ['is', 'validate', 'assert']) names.add(`${verb}${model}`);
  return names;
}

/** A standalone function's name: the method's, unless the module already declares it (then with a trailing `_`). */
function functionName(method: string, taken: Set<string>): string {
  // `$` names are the runtime's own.
  const name = derivedName(method.startsWith('$') ? `op${method}` : method, taken);
  taken.add(name);
  return name;
}

/** A JSDoc block moved to the top level (the operation's is indented for the Client interface). */
function outdent(doc: string): string {
  return doc
    .split('\n')
    .map((line) => line.replace(/^ {2}/, ''))
    .join('\n');
}

/** The standalone functions and the createClient members of one operation, and whether they are laid out. */
export function operationFunctions(
  operation: ClientOperationView,
  taken: Set<string>,
): {
  readonly functions: readonly ClientFunctionView[];
  readonly methods: readonly ClientMethodView[];
  readonly functionsCanonical: boolean;
  /** Every member of createClient's object is laid out as Prettier prints it. */
  readonly methodsCanonical: boolean;
} {
  const optional = operation.paramsOptional ? '?' : '';
  const validator = operation.validator === 'undefined' ? '' : `, ${operation.validator}`;
  const see = (what: string) => `/** ${what} */`;
  // Links name the operation's own standalone function, whatever name it takes.
  const main = derivedName(operation.name.startsWith('$') ? `op${operation.name}` : operation.name, taken);
  const kinds: { method: string; call: string; recipe: string; returns: string; doc: string; validate: boolean }[] = [
    {
      method: operation.name,
      call: operation.media.watchEvents ? '$watch' : operation.media.streaming ? '$iterate' : '$call',
      recipe: operation.recipeName,
      returns: operation.media.returns,
      doc: outdent(operation.jsdoc),
      validate: !operation.media.streaming,
    },
  ];
  if (operation.media.stream)
    kinds.push({
      method: operation.media.stream.name,
      call: '$iterate',
      recipe: operation.media.stream.recipeName,
      returns: operation.media.stream.returns,
      doc: see(`{@link ${main} } as a stream of events.`),
      validate: false,
    });
  if (operation.watch)
    kinds.push({
      method: operation.watch.name,
      call: '$watch',
      recipe: operation.recipeName,
      returns: `AsyncGenerator<WatchEvent<${operation.watch.itemType}>, void, undefined>`,
      doc: [
        `/**`,
        ` * Watches {@link ${main} }.`,
        ` * Events as they arrive, resumed from the last resourceVersion after a dropped connection; a \`WatchExpiredError\``,
        ` * (410 Gone) means list again and watch from the list's resourceVersion.`,
        ` */`,
      ].join('\n'),
      validate: false,
    });
  if (operation.listAll)
    kinds.push({
      method: operation.listAll.name,
      call: '$listAll',
      recipe: operation.recipeName,
      returns: `AsyncGenerator<${operation.listAll.itemType}, void, undefined>`,
      doc: see(`Every item of {@link ${main} }, following \`continue\` from page to page.`),
      validate: true,
    });
  let canonical = !operation.paramsType.includes('\n');
  const functions: ClientFunctionView[] = [];
  const methods: ClientMethodView[] = [];
  for (const kind of kinds) {
    const name = functionName(kind.method, taken);
    const oneLine = `export function ${name}(client: ClientCore, params${optional}: ${operation.paramsType}, options?: RequestOptions): ${kind.returns} {`;
    const wide = oneLine.length > PRINT_WIDTH;
    const body = `  return ${kind.call}(client.$config, ${kind.recipe}, params, options);`;
    const lastLine = `): ${kind.returns} {`;
    const paramsLine = `  params${optional}: ${operation.paramsType},`;
    const bodyWide = body.length > PRINT_WIDTH;
    if (
      kind.returns.includes('\n') ||
      (bodyWide && `    ${kind.recipe},`.length > PRINT_WIDTH) ||
      (wide && (lastLine.length > PRINT_WIDTH || paramsLine.length > PRINT_WIDTH))
    )
      canonical = false;
    functions.push({
      name,
      doc: kind.doc,
      returns: kind.returns,
      call: kind.call,
      recipe: kind.recipe,
      wide,
      bodyWide,
    });
    const args = [
      'config',
      kind.recipe,
      'params',
      'options',
      ...(kind.validate && validator !== '' ? [validator.slice(2)] : []),
    ];
    const flat = `${kind.call}(${args.join(', ')})`;
    // Too long after `=>` on its own line, Prettier puts the call's arguments one per line.
    const call =
      `      ${flat},`.length <= PRINT_WIDTH
        ? flat
        : [`${kind.call}(`, ...args.map((arg) => `        ${arg},`), '      )'].join('\n');
    methods.push({
      name: kind.method,
      call,
      wide: `    ${kind.method}: (params, options) => ${flat},`.length > PRINT_WIDTH,
    });
  }
  return {
    functions,
    methods,
    functionsCanonical: canonical,
    methodsCanonical: methods.every(
      (method) => !method.wide || method.call.split('\n').every((line) => `      ${line},`.length <= PRINT_WIDTH),
    ),
  };
}
