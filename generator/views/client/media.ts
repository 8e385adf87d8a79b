// Media types in the client view: which request body a client sends and which success response it reads.
import type { MediaBody, Model, Operation } from '../../ir.js';
import { printType } from '../../print/type.js';

function isJsonMedia(mediaType: string): boolean {
  const base = mediaType.split(';')[0]!.trim().toLowerCase();
  return base === 'application/json' || base.endsWith('+json') || base === '*/*';
}

/** The body a client sends or reads: the JSON one when there is one, else the first. */
export function preferredBody(content: readonly MediaBody[]): { body: MediaBody; json: boolean } | undefined {
  const json =
    content.find((media) => media.mediaType === 'application/json') ??
    content.find((media) => isJsonMedia(media.mediaType));
  if (json) return { body: json, json: true };
  return content[0] ? { body: content[0], json: false } : undefined;
}

/** The success response: the distinct JSON 2xx body types, or text, or nothing. */
export function successResponse(operation: Operation, models: ReadonlyMap<string, Model>) {
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
export function listItemType(model: Model | undefined): string | undefined {
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
