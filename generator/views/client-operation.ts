// Per-operation parts of the client view that depend on media types and on the API's flavour: the body the client
// sends, what the method returns (a promise, or an async iterable for streams), the `<method>Stream` sibling, and
// the recipe members beyond the common ones (path styles, cookie parameters, the operation's security).
import type { MediaBody, Model, Operation, Type } from '../ir.js';
import { printType } from '../print/type.js';
import { derivedName } from '../names.js';
import { printString, printValue } from '../print/literal.js';
import {
  isJsonMedia,
  preferredRequestBody,
  requestBodyType,
  returnType,
  successPlan,
  type BodyKind,
  type ResponseKind,
} from './client-media.js';

/** The error bodies an operation declares, by status. */
export interface OperationErrors {
  /** `ApiError & ({ readonly status: 404; readonly body: Problem } | ...)`, or empty when none is declared. */
  readonly type: string;
  /** The IR types, for imports. */
  readonly types: readonly Type[];
}

/** The declared JSON error bodies of an operation as a union over `status` (`default` and `4XX` as `number`). */
export function operationErrors(operation: Operation): OperationErrors {
  const members: string[] = [];
  const types: Type[] = [];
  for (const response of operation.responses) {
    if (/^2/.test(response.status)) continue;
    const json = response.content.find((media) => isJsonMedia(media.mediaType));
    if (!json) continue;
    types.push(json.type);
    const status = /^\d{3}$/.test(response.status) ? response.status : 'number';
    members.push(`{ readonly status: ${status}; readonly body: ${printType(json.type)} }`);
  }
  return { type: members.length === 0 ? '' : `ApiError & (${members.join(' | ')})`, types };
}

/** How an operation's bodies travel and what its method returns. */
export interface OperationMedia {
  /** The request body sent: its media entry, kind and the caller's type. */
  readonly body?: { readonly body: MediaBody; readonly kind: BodyKind; readonly type: string };
  /** The success body is JSON: the response validator applies, and its models are imported. */
  readonly json: boolean;
  readonly responseKind: ResponseKind;
  /** The body type (of one event, for streams). */
  readonly responseType: string;
  /** The method's return type: `Promise<T>`, or `AsyncIterable<...>` for streams. */
  readonly returns: string;
  /** The method returns a stream: it calls `$iterate` (or `$watch`), not `$call`. */
  readonly streaming: boolean;
  /** A Kubernetes watch operation of the spec's own: a stream of typed watch events, resumed (`$watch`). */
  readonly watchEvents?: boolean;
  /** The sibling returning the stream when the operation offers JSON too (`createChatStream`). */
  readonly stream?: {
    readonly name: string;
    readonly recipeName: string;
    readonly responseKind: string;
    readonly returns: string;
  };
}

/** The media part of one operation's view; `taken` receives the sibling's name. */
export function operationMedia(
  operation: Operation,
  models: ReadonlyMap<string, Model>,
  kubernetes: boolean,
  taken: Set<string>,
): OperationMedia {
  const preferred = operation.body ? preferredRequestBody(operation.body.content) : undefined;
  const plan = successPlan(operation);
  // Kubernetes watch streams are JSON lines under `application/json;stream=watch`: the list methods stay JSON.
  const streaming = plan.kind === 'sse' || plan.kind === 'ndjson' || plan.kind === 'json-seq';
  let stream: OperationMedia['stream'];
  if (plan.stream && !kubernetes) {
    const name = derivedName(`${operation.name}Stream`, taken);
    taken.add(name);
    stream = {
      name,
      recipeName: `$op_${name}`,
      responseKind: printString(plan.stream.kind),
      returns: returnType(plan.stream.kind, plan.stream.type),
    };
  }
  return {
    ...(preferred
      ? { body: { ...preferred, type: requestBodyType(preferred.kind, preferred.body.type, models) } }
      : {}),
    json: plan.kind === 'json',
    responseKind: plan.kind,
    responseType: plan.type,
    returns: returnType(plan.kind, plan.type),
    streaming,
    ...(stream ? { stream } : {}),
  };
}

/** Recipe members beyond the common ones, each on its own line (two-space indent), or the empty string. */
export function recipeExtras(operation: Operation, kubernetes: boolean): string {
  const lines: string[] = [];
  const styled = operation.parameters.path.filter(
    (parameter) => (parameter.style ?? 'simple') !== 'simple' || parameter.explode,
  );
  if (styled.length > 0 && !kubernetes)
    lines.push(
      `  pathStyles: ${printValue(Object.fromEntries(styled.map((parameter) => [parameter.key, [parameter.style ?? 'simple', parameter.explode]])))},`,
    );
  const cookies = operation.parameters.cookie ?? [];
  if (cookies.length > 0)
    lines.push(
      `  cookies: ${printValue(cookies.map((parameter) => [parameter.name, parameter.key, parameter.explode]))},`,
    );
  if (operation.security !== undefined) lines.push(`  security: ${printValue(operation.security)},`);
  return lines.join('\n');
}
