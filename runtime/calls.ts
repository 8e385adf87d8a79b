// specgen:strip-begin
// One call of an operation, as the generated functions and methods make it: a promise of the body, a stream of
// events, or every item of a Kubernetes list; included after runtime/send.ts in every generated client.ts.
import type { RequestOptions } from "./client.js";
import { $request, type $Config, type $Operation, type $Validate } from "./request.js";
import { $send } from "./send.js";

// specgen:strip-end
/** One call: the decoded body; a parameter refused while building the request rejects the promise, never throws. */
async function $call<T>(
  config: $Config,
  operation: $Operation,
  params: object | undefined,
  options: RequestOptions | undefined,
  validate?: $Validate,
): Promise<T> {
  return $send<T>(config, $request(operation, params ?? {}, validate), options);
}

/** A streamed operation's events: the request goes out when iteration starts, so the method returns the iterable. */
async function* $iterate<T>(
  config: $Config,
  operation: $Operation,
  params: object | undefined,
  options: RequestOptions | undefined,
): AsyncGenerator<T, void, undefined> {
  yield* await $send<AsyncIterable<T>>(config, $request(operation, params ?? {}), options);
}

/** Pages through a Kubernetes list with `limit` and `continue`, yielding every item. */
async function* $pages<P extends object, I>(
  list: (
    params: P,
    options?: RequestOptions,
  ) => Promise<{ readonly metadata?: { readonly continue?: string } | null; readonly items?: readonly I[] | null }>,
  params: P,
  options: RequestOptions | undefined,
): AsyncGenerator<I, void, undefined> {
  let token: string | undefined = (params as { continue?: string }).continue;
  do {
    const page = await list({ ...params, continue: token }, options);
    for (const item of page.items ?? []) yield item;
    token = page.metadata?.continue || undefined;
  } while (token !== undefined);
}

/** Every item of a Kubernetes list operation, page by page. */
function $listAll<I>(
  config: $Config,
  operation: $Operation,
  params: object | undefined,
  options: RequestOptions | undefined,
  validate?: $Validate,
): AsyncGenerator<I, void, undefined> {
  return $pages<object, I>(
    (page, pageOptions) => $call(config, operation, page, pageOptions, validate),
    params ?? {},
    options,
  );
}

// specgen:strip-begin
export { $call, $iterate, $pages, $listAll };
// specgen:strip-end
