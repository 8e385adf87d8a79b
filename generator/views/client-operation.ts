// Per-operation parts of the client view that depend on media types and on the API's flavour: the body the client
// sends, what the method returns (a promise, or an async iterable for streams), the `<method>Stream` sibling, and
// the recipe members beyond the common ones (path styles, cookie parameters, the operation's security).
import type { MediaBody, Model, Operation, Type } from '../ir.js';
import { brokenUnion, flatMembers, printMember, printType, typeLaidOut } from '../print/type.js';
import { derivedName } from '../names.js';
import { PRINT_WIDTH } from '../print/layout.js';
import { printString, printValue } from '../print/literal.js';
import { jsonLiteral, layLiteral, literalLaidOut } from '../print/value-layout.js';
import { queryNeedsStyles } from './client/parameters.js';
import {
  isJsonMedia,
  preferredRequestBody,
  readerName,
  requestBodyType,
  returnType,
  successPlan,
  type BodyKind,
  type ResponseKind,
  type SuccessPlan,
} from './client-media.js';

/** A declaration's lines without its doc comment (what the print width applies to). */
function codeLines(declaration: string): string[] {
  return declaration.split('\n').filter((line) => !/^\s*(\/\*\*|\*)/.test(line));
}

/** The error bodies an operation declares, by status. */
export interface OperationErrors {
  /** `ApiError & ({ readonly status: 404; readonly body: Problem } | ...)`, or empty when none is declared. */
  readonly type: string;
  /** The IR types, for imports. */
  readonly types: readonly Type[];
  /** One `{ readonly status: ...; readonly body: ... }` per declared error. */
  readonly members: readonly string[];
  /** Each member's `status` type, in the same order. */
  readonly statuses: readonly string[];
}

/** The declared JSON error bodies of an operation as a union over `status` (`default` and `4XX` as `number`). */
export function operationErrors(operation: Operation): OperationErrors {
  const members: string[] = [];
  const types: Type[] = [];
  const statuses: string[] = [];
  for (const response of operation.responses) {
    if (/^2/.test(response.status)) continue;
    const json = response.content.find((media) => isJsonMedia(media.mediaType));
    if (!json) continue;
    types.push(json.type);
    const status = /^\d{3}$/.test(response.status) ? response.status : 'number';
    members.push(`{ readonly status: ${status}; readonly body: ${printType(json.type)} }`);
    statuses.push(status);
  }
  return { type: members.length === 0 ? '' : `ApiError & (${members.join(' | ')})`, types, members, statuses };
}

/**
 * The `<Method>Error` declaration's value as Prettier prints `export type Name = value;`, and whether it is exactly
 * that: one line when it fits; one error as a hugged object literal; several as a parenthesised union after
 * `ApiError &`. A member spanning lines (an inline body object) is left to the format stage. Prettier tries each layout in turn: all on one line, the union on the line after `ApiError &`,
 * then the union alone between parentheses, then one member a line.
 */
export function errorsLayout(name: string, errors: OperationErrors): { type: string; canonical: boolean } {
  const { members } = errors;
  const fits = (lines: readonly string[]): boolean =>
    lines.every((line) => line.length <= PRINT_WIDTH) && !lines.some((line) => /\\"|\de\+/.test(line));
  if (members.length === 0) return { type: errors.type, canonical: false };
  if (members.some((member) => member.includes('\n'))) return spanningErrorsLayout(name, errors, fits);
  const head = `export type ${name} = `;
  if (members.length === 1) {
    const flat = `ApiError & ${members[0]!}`;
    if (fits([`${head}${flat};`])) return { type: flat, canonical: true };
    const body = members[0]!.slice(2, -2).split('; ');
    if (body.length !== 2) return { type: errors.type, canonical: false };
    const hugged = `ApiError & {\n${body.map((line) => `  ${line};`).join('\n')}\n}`;
    return { type: hugged, canonical: fits(`${head}${hugged};`.split('\n')) };
  }
  const flat = `ApiError & (${members.join(' | ')})`;
  if (fits([`${head}${flat};`])) return { type: flat, canonical: true };
  const union = members.join(' | ');
  if (fits([`  (${union});`])) return { type: `ApiError &\n  (${union})`, canonical: true };
  const inner = fits([`    ${union}`]) ? [`    ${union}`] : members.map((member) => `    | ${member}`);
  const broken = ['ApiError &', '  (', ...inner, '  )'].join('\n');
  return { type: broken, canonical: fits(`${head}${broken};`.split('\n')) };
}

/**
 * `errorsLayout` when an error body is an inline object spanning lines: one error hugged (`ApiError & {`, its two
 * members one a line), several broken one member a line between `(` and `)` on lines of their own, each spanning
 * member broken too (`readonly body: {` then the body's members relative to it). Canonical when every code line fits
 * and each body is a shape the type printer vouches for as a member.
 */
function spanningErrorsLayout(
  name: string,
  errors: OperationErrors,
  fits: (lines: readonly string[]) => boolean,
): { type: string; canonical: boolean } {
  /** `readonly status: S;` and `readonly body: T;` at `column`, continuation lines indented to it. */
  const fields = (index: number, column: number): string[] => {
    const type = errors.types[index]!;
    const body = printMember('readonly body:', type, printType(type, column), column);
    const pad = ' '.repeat(column);
    return [`${pad}readonly status: ${errors.statuses[index]!};`, `${pad}${body.replace(/\n/g, `\n${pad}`)}`];
  };
  const single = errors.members.length === 1;
  const type = single
    ? ['ApiError & {', ...fields(0, 2), '}'].join('\n')
    : [
        'ApiError &',
        '  (',
        ...errors.members.map((member, index) =>
          member.includes('\n') ? ['    | {', ...fields(index, 8), '      }'].join('\n') : `    | ${member}`,
        ),
        '  )',
      ].join('\n');
  const code = codeLines(`export type ${name} = ${type};`);
  const vouched = errors.types.every((body) => typeLaidOut(body, true));
  return { type, canonical: vouched && fits(code) };
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
  /**
   * An inline success type that spans lines, declared as `export type <Operation>Response` so that every signature
   * naming it stays on its line (laid out by the printers, not Prettier). `canonical`: as Prettier prints it.
   */
  readonly responseAlias?: {
    readonly name: string;
    readonly type: string;
    readonly canonical: boolean;
    /** `type` is a union broken one member a line, for the line after `export type Name =`. */
    readonly broken?: true;
  };
  /** The sibling returning the stream when the operation offers JSON too (`createChatStream`). */
  readonly stream?: {
    readonly name: string;
    readonly recipeName: string;
    /** The stream's runtime reader (`$sseReader`). */
    readonly reader: string;
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
  const planned = successPlan(operation);
  const alias = responseAlias(operation, planned, taken);
  const plan = alias === undefined ? planned : { ...planned, type: alias.name };
  // Kubernetes watch streams are JSON lines under `application/json;stream=watch`: the list methods stay JSON.
  const streaming = plan.kind === 'sse' || plan.kind === 'ndjson' || plan.kind === 'json-seq';
  let stream: OperationMedia['stream'];
  if (plan.stream && !kubernetes) {
    const name = derivedName(`${operation.name}Stream`, taken);
    taken.add(name);
    stream = {
      name,
      recipeName: `$op_${name}`,
      reader: readerName(plan.stream.kind),
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
    ...(alias ? { responseAlias: alias } : {}),
    ...(stream ? { stream } : {}),
  };
}

/** The name and declaration of an operation's multi-line JSON success type (one schema), else undefined. */
function responseAlias(
  operation: Operation,
  plan: SuccessPlan,
  taken: Set<string>,
): OperationMedia['responseAlias'] | undefined {
  const [type, ...others] = plan.jsonTypes;
  if (plan.kind !== 'json' || type === undefined || !plan.type.includes('\n')) return undefined;
  const single = others.every((other) => printType(other) === plan.type);
  const name = derivedName(`${operation.name.charAt(0).toUpperCase()}${operation.name.slice(1)}Response`, taken);
  taken.add(name);
  const lines = codeLines(`export type ${name} = ${plan.type};`);
  // As types.ts declares a model: any shape printType lays out as Prettier does (`{...} & {...}` too); a union with
  // members across lines on the next line, one member a line (`| (PrivateUser & {`), when brokenUnion can vouch.
  // Several bodies (200 and 202, say) are the union of their types, broken the same way when no member repeats
  // (Prettier keeps a repeated member, a union type drops it).
  const distinct = [...new Map(plan.jsonTypes.map((body) => [printType(body), body])).values()];
  const union: Type = single ? type : { kind: 'union', members: distinct };
  const members = !single && union.kind === 'union' ? flatMembers(union).map((member) => printType(member)) : [];
  const repeats = new Set(members).size !== members.length;
  const broken = union.kind === 'union' && !repeats && !typeLaidOut(union) ? brokenUnion(union, '  ') : undefined;
  if (broken !== undefined) {
    const code = codeLines(`export type ${name} =\n  ${broken};`);
    return { name, type: broken, canonical: code.every((line) => line.length <= PRINT_WIDTH), broken: true };
  }
  const canonical =
    single && type.kind !== 'union' && typeLaidOut(type) && lines.every((line) => line.length <= PRINT_WIDTH);
  return { name, type: plan.type, canonical };
}

/**
 * A recipe member's value as Prettier prints it after `  key: ` (broken one entry a line when the line would be too
 * long: a long `path` or `pathStyles`), or undefined where the layout cannot vouch for it.
 */
export function recipeValue(key: string, value: unknown): string | undefined {
  const literal = jsonLiteral(value);
  if (literal === undefined) return undefined;
  const text = layLiteral(literal, 2, 2 + key.length + 2, 1);
  return literalLaidOut(text) ? text : undefined;
}

/**
 * Recipe members beyond the common ones (path styles and the style serializers, cookies, the operation's security),
 * each on its own line (two-space indent), or the empty string.
 */
export function recipeExtras(operation: Operation, kubernetes: boolean, print: (value: unknown) => string): string {
  const lines: string[] = [];
  const styled = operation.parameters.path.filter(
    (parameter) => (parameter.style ?? 'simple') !== 'simple' || parameter.explode,
  );
  if (styled.length > 0 && !kubernetes) {
    const styles = Object.fromEntries(
      styled.map((parameter) => [parameter.key, [parameter.style ?? 'simple', parameter.explode]]),
    );
    lines.push(`  pathStyles: ${recipeValue('pathStyles', styles) ?? print(styles)},`);
  }
  // Query entries have styles beyond Kubernetes (queryRecipe): the recipe names their serializers, as it does for
  // path styles, header and cookie parameters, so a bundle of Kubernetes operations carries none.
  const cookies = operation.parameters.cookie ?? [];
  const styledQueryOrPath = (!kubernetes && styled.length > 0) || queryNeedsStyles(operation, kubernetes);
  if (styledQueryOrPath || operation.parameters.header.length > 0 || cookies.length > 0)
    lines.push('  styles: $styles,');
  if (cookies.length > 0)
    lines.push(`  cookies: ${print(cookies.map((parameter) => [parameter.name, parameter.key, parameter.explode]))},`);
  if (operation.security !== undefined) lines.push(`  security: ${print(operation.security)},`);
  return lines.join('\n');
}
