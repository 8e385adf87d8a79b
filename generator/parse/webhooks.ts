import { isJsonObject, type Json, type JsonObject } from '../document.js';
import { escapePointerSegment } from '../errors.js';
import { HTTP_METHODS, type HttpMethod, type Model, type Webhook } from '../ir.js';
import { camelCase, compareStrings, derivedName, pascalCase } from '../names.js';
import { resolveInternal } from '../normalize.js';
import { docOf, schemaToType, type SchemaContext } from './schema.js';

/** One request the API sends, before its handler is named. */
interface RawWebhook {
  readonly kind: Webhook['kind'];
  readonly base: string;
  readonly method: HttpMethod;
  readonly operation: JsonObject;
  readonly source: string;
}

/**
 * Reads 3.1 `webhooks` and every operation's `callbacks` (`operationNames` maps an operation's pointer to its client
 * method name). Each request gets a handler name and a payload model: the component schema its JSON body refers
 * to, or a new model `<Handler>Payload` for an inline schema (so types and validators cover it like any model).
 */
export function readWebhooks(
  context: SchemaContext,
  operationNames: ReadonlyMap<string, string>,
  takenModelNames: ReadonlySet<string>,
): { webhooks: Webhook[]; models: Model[] } {
  const raw: RawWebhook[] = [];
  const document = context.document;
  const webhooks = document['webhooks'];
  if (isJsonObject(webhooks)) {
    for (const name of Object.keys(webhooks).sort(compareStrings)) {
      const pointer = `/webhooks/${escapePointerSegment(name)}`;
      for (const found of operationsOf(webhooks[name], context, pointer))
        raw.push({ kind: 'webhook', base: name, ...found });
    }
  }
  const paths = document['paths'];
  if (isJsonObject(paths)) {
    for (const path of Object.keys(paths).sort(compareStrings)) {
      const pathPointer = `/paths/${escapePointerSegment(path)}`;
      for (const { method, operation, source } of operationsOf(paths[path], context, pathPointer)) {
        const callbacks = operation['callbacks'];
        if (!isJsonObject(callbacks)) continue;
        const owner = operationNames.get(source) ?? camelCase(`${method} ${path}`);
        for (const callbackName of Object.keys(callbacks).sort(compareStrings)) {
          const callbackPointer = `${source}/callbacks/${escapePointerSegment(callbackName)}`;
          const callback = follow(callbacks[callbackName], context);
          if (!isJsonObject(callback)) continue;
          for (const expression of Object.keys(callback).sort(compareStrings)) {
            const at = `${callbackPointer}/${escapePointerSegment(expression)}`;
            for (const found of operationsOf(callback[expression], context, at))
              raw.push({ kind: 'callback', base: `${owner} ${callbackName}`, ...found });
          }
        }
      }
    }
  }

  const handlerNames = new Map<Webhook['kind'], Set<string>>([
    ['webhook', new Set()],
    ['callback', new Set()],
  ]);
  const modelNames = new Set(takenModelNames);
  const result: Webhook[] = [];
  const models: Model[] = [];
  for (const webhook of raw) {
    const names = handlerNames.get(webhook.kind)!;
    const plain = camelCase(webhook.base) || webhook.kind;
    const base = names.has(plain) || /^[0-9]/.test(plain) ? camelCase(`${webhook.base} ${webhook.method}`) : plain;
    const name = derivedName(/^[0-9]/.test(base) ? `${webhook.kind}${base}` : base, names);
    names.add(name);
    const payload = payloadOf(webhook, context);
    let model: string | undefined;
    if (payload && 'ref' in payload) model = context.modelNames.get(payload.ref);
    else if (payload) {
      model = derivedName(`${pascalCase(name)}Payload`, modelNames);
      modelNames.add(model);
      models.push({
        name: model,
        key: `${webhook.source}/requestBody`,
        type: schemaToType(payload.schema, payload.pointer, context),
        doc: docOf(payload.schema),
        source: payload.pointer,
      });
    }
    result.push({
      kind: webhook.kind,
      name,
      method: webhook.method,
      ...(model !== undefined ? { payload: model } : {}),
      doc: docOf(webhook.operation),
      source: webhook.source,
    });
  }
  return { webhooks: result, models };
}

/** Follows internal `$ref`s a few times. */
function follow(value: Json | undefined, context: SchemaContext): Json | undefined {
  let node = value;
  for (let hops = 0; hops < 8 && isJsonObject(node) && typeof node['$ref'] === 'string'; hops++)
    node = resolveInternal(context.document, node['$ref']);
  return node;
}

/** The operations of a path item (which may be a `$ref`), in OpenAPI's method order. */
function operationsOf(
  item: Json | undefined,
  context: SchemaContext,
  pointer: string,
): { method: HttpMethod; operation: JsonObject; source: string }[] {
  const pathItem = follow(item, context);
  if (!isJsonObject(pathItem)) return [];
  return HTTP_METHODS.flatMap((method) => {
    const operation = pathItem[method];
    return isJsonObject(operation) ? [{ method, operation, source: `${pointer}/${method}` }] : [];
  });
}

/** The JSON body's schema: a component it refers to (by key), or the schema itself; undefined without one. */
function payloadOf(
  webhook: RawWebhook,
  context: SchemaContext,
): { ref: string } | { schema: Json; pointer: string } | undefined {
  const body = follow(webhook.operation['requestBody'], context);
  if (!isJsonObject(body) || !isJsonObject(body['content'])) return undefined;
  const content = body['content'];
  const mediaType = Object.keys(content)
    .sort(compareStrings)
    .find((type) => /^application\/(.+\+)?json\b/i.test(type) && isJsonObject(content[type]));
  if (mediaType === undefined) return undefined;
  const schema = (content[mediaType] as JsonObject)['schema'];
  if (schema === undefined) return undefined;
  const ref = isJsonObject(schema) && Object.keys(schema).length === 1 ? schema['$ref'] : undefined;
  const prefix = '#/components/schemas/';
  if (typeof ref === 'string' && ref.startsWith(prefix) && !ref.slice(prefix.length).includes('/'))
    return { ref: ref.slice(prefix.length).replace(/~1/g, '/').replace(/~0/g, '~') };
  const pointer =
    isJsonObject(webhook.operation['requestBody']) && !('$ref' in webhook.operation['requestBody'])
      ? `${webhook.source}/requestBody/content/${escapePointerSegment(mediaType)}/schema`
      : `${webhook.source}/requestBody`;
  return { schema, pointer };
}
