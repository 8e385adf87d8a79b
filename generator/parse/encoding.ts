// The `encoding` object of a form-urlencoded or multipart request body: how each property goes on the wire.
import { isJsonObject, type Json, type JsonObject } from '../document.js';
import type { ParameterStyle, PropertyEncoding } from '../ir.js';
import { compareStrings } from '../names.js';

/** Styles a form or multipart property may take (those of query parameters). */
const ENCODING_STYLES: readonly ParameterStyle[] = ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject'];

/** An `encoding` object, by property: content type, style/explode/allowReserved when given, part header names. */
export function propertyEncodings(encoding: Json | undefined): PropertyEncoding[] {
  if (!isJsonObject(encoding)) return [];
  return Object.keys(encoding)
    .sort(compareStrings)
    .flatMap((property): PropertyEncoding[] => {
      const node = encoding[property];
      if (!isJsonObject(node)) return [];
      const contentType = typeof node['contentType'] === 'string' ? node['contentType'] : undefined;
      const style = ENCODING_STYLES.find((candidate) => candidate === node['style']);
      // As for query parameters: explode defaults to true for form only. Any of the three makes it styled.
      const styled = style !== undefined || node['explode'] !== undefined || node['allowReserved'] !== undefined;
      const headers = isJsonObject(node['headers'])
        ? Object.keys(node['headers'])
            .filter((name) => name.toLowerCase() !== 'content-type')
            .sort(compareStrings)
            .map((name) => {
              const header = (node['headers'] as JsonObject)[name];
              return { name, required: isJsonObject(header) && header['required'] === true };
            })
        : [];
      return [
        {
          property,
          ...(contentType !== undefined ? { contentType } : {}),
          ...(styled
            ? {
                style: style ?? 'form',
                explode: node['explode'] === undefined ? (style ?? 'form') === 'form' : node['explode'] === true,
                allowReserved: node['allowReserved'] === true,
              }
            : {}),
          ...(headers.length > 0 ? { headers } : {}),
        },
      ];
    });
}
