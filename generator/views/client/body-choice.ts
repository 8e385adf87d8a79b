// When a request body is offered in several media types: the `contentType` parameter that selects one (JSON by
// default), the body typed per media type; and the `encoding` objects of form and multipart bodies, with the
// `partHeaders` parameter for the headers multipart parts declare.
import type { MediaBody, Model, Operation } from '../../ir.js';
import { derivedName } from '../../names.js';
import { printPropertyKey, printString, printValue } from '../../print/literal.js';
import { printType } from '../../print/type.js';
import { layLiteral, literalLaidOut, type LiteralObject } from '../../print/value-layout.js';
import { bodyKindOf, encoderName, requestBodyType, type BodyKind } from '../client-media.js';
import { recipeValue } from '../client-operation.js';
import { referencedModels } from './operation.js';

/** What the operation's view adds for a body with a choice of media types or with encodings. */
export interface BodyChoice {
  /** The parameters' body part as a union by `contentType`, replacing the single `body` member; or undefined. */
  readonly union?: string;
  /** The union's members, each an object type on one line (`{ contentType?: "text/plain"; body?: string }`). */
  readonly variants?: readonly string[];
  /** The `partHeaders` member, or undefined. */
  readonly partHeaders?: string;
  /** Recipe members (`contentTypes`, `contentTypeKey`, `encodings`, `partHeadersKey`), one per line. */
  readonly recipeLines: readonly string[];
  /** Every recipe line is laid out as Prettier prints it. */
  readonly recipeLaidOut: boolean;
}

/** The media type the client sends for a body entry (`*\/*` is sent as JSON). */
function sentAs(media: MediaBody): string {
  return media.mediaType === '*/*' ? 'application/json' : media.mediaType;
}

/** A member name apart from the operation's parameters (`contentType`, else `requestContentType`, ...). */
function memberName(base: string, taken: ReadonlySet<string>): string {
  return taken.has(base) ? derivedName(`request${base[0]!.toUpperCase()}${base.slice(1)}`, taken) : base;
}

/** The property key as a type member (quoted when not an identifier). */
function key(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

/**
 * The choice of body media types and the encodings of one operation. `preferred` is the default body (JSON first);
 * `names` are the parameter names already taken; `bodyName` is the body member's name.
 */
export function bodyChoice(
  operation: Operation,
  preferred: { readonly body: MediaBody; readonly kind: BodyKind } | undefined,
  models: ReadonlyMap<string, Model>,
  used: Set<string>,
  names: ReadonlySet<string>,
  bodyName: string,
): BodyChoice {
  const content = operation.body?.content ?? [];
  const recipeLines: string[] = [];
  let recipeLaidOut = true;
  // A recipe member's value as Prettier prints it, else as JSON (left to the format stage). Members left undefined
  // are dropped, as JSON drops them.
  const recipeLine = (name: string, value: unknown): string => {
    const laidOut = recipeValue(name, JSON.parse(JSON.stringify(value)) as unknown);
    if (laidOut === undefined) recipeLaidOut = false;
    return `  ${name}: ${laidOut ?? printValue(value)},`;
  };
  const seen = new Set<string>();
  const offered = (preferred ? [preferred.body, ...content.filter((media) => media !== preferred.body)] : []).filter(
    (media) => !seen.has(sentAs(media)) && seen.add(sentAs(media)),
  );
  let union: string | undefined;
  let variants: string[] | undefined;
  if (offered.length > 1) {
    const contentTypeName = memberName('contentType', names);
    const optional = operation.body?.required ? '' : '?';
    variants = offered.map((media, index) => {
      const kind = bodyKindOf(media.mediaType);
      referencedModels(media.type, used);
      // A form or multipart body is its schema's properties spelt out: the models they name are imported too.
      const model = media.type.kind === 'ref' ? models.get(media.type.name) : undefined;
      if (kind !== 'json' && model) referencedModels(model.type, used);
      const type = kind === 'json' ? printType(media.type) : requestBodyType(kind, media.type, models);
      // The first (the default) may be left out.
      const selector = `${contentTypeName}${index === 0 ? '?' : ''}: ${printString(sentAs(media))}`;
      return `{ ${selector}; ${key(bodyName)}${optional}: ${type} }`;
    });
    union = `(${variants.join(' | ')})`;
    // Each media type's encoder by name: the runtime carries only the encoders some recipe names.
    const encoders: LiteralObject = {
      entries: offered.map((media) => [printPropertyKey(sentAs(media)), encoderName(bodyKindOf(media.mediaType))]),
    };
    const laidOut = layLiteral(encoders, 2, 2 + 'contentTypes: '.length, 1);
    if (!literalLaidOut(laidOut)) recipeLaidOut = false;
    recipeLines.push(`  contentTypes: ${laidOut},`, `  contentTypeKey: ${printString(contentTypeName)},`);
  }
  const encoded = content.filter((media) => (media.encoding?.length ?? 0) > 0);
  if (encoded.length > 0) {
    const encodings = Object.fromEntries(
      encoded.map((media) => [
        sentAs(media),
        Object.fromEntries(
          media.encoding!.map(({ property, contentType, style, explode, allowReserved }) => [
            property,
            {
              ...(contentType !== undefined ? { contentType } : {}),
              ...(style !== undefined ? { style, explode, allowReserved } : {}),
            },
          ]),
        ),
      ]),
    );
    recipeLines.push(recipeLine('encodings', encodings));
  }
  // Part headers: the names the multipart encodings declare; their values are the caller's.
  const headed = content
    .filter((media) => bodyKindOf(media.mediaType) === 'multipart')
    .flatMap((media) => media.encoding ?? [])
    .filter((entry) => (entry.headers?.length ?? 0) > 0);
  let partHeaders: string | undefined;
  if (headed.length > 0) {
    const partHeadersName = memberName('partHeaders', new Set([...names, bodyName]));
    const parts = headed.map(
      (entry) =>
        `${key(entry.property)}?: { ${entry.headers!.map((header) => `${key(header.name)}${header.required ? '' : '?'}: string;`).join(' ')} };`,
    );
    partHeaders = [
      '{',
      "  /** Headers of the multipart parts, by part, as the body's encoding declares them. */",
      `  ${key(partHeadersName)}?: { ${parts.join(' ')} };`,
      '}',
    ].join('\n');
    recipeLines.push(`  partHeadersKey: ${printString(partHeadersName)},`);
  }
  return {
    ...(union !== undefined ? { union } : {}),
    ...(variants !== undefined && variants.every((variant) => !variant.includes('\n')) ? { variants } : {}),
    ...(partHeaders !== undefined ? { partHeaders } : {}),
    recipeLines,
    recipeLaidOut,
  };
}
