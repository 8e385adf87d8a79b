// How a client reaches an API: its servers (URL templates with variables) and its security schemes and
// requirements, read from the (upgraded) document into the IR.
import { isJsonObject, type Json, type JsonObject } from '../document.js';
import { escapePointerSegment } from '../errors.js';
import type { SecurityRequirement, SecurityScheme, Server } from '../ir.js';
import { compareStrings } from '../names.js';
import type { SchemaContext } from './schema.js';

/** The document's `servers`, each with its variables' defaults; entries without a string `url` are skipped. */
export function readServers(document: JsonObject, context: SchemaContext): Server[] {
  const servers = document['servers'];
  if (!Array.isArray(servers)) return [];
  return servers.flatMap((server, index): Server[] => {
    if (!isJsonObject(server) || typeof server['url'] !== 'string') return [];
    const variables = isJsonObject(server['variables']) ? server['variables'] : {};
    const names = [...server['url'].matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
    return [
      {
        url: server['url'],
        variables: names.flatMap((name) => {
          const variable = variables[name];
          const given = isJsonObject(variable) ? variable['default'] : undefined;
          if (typeof given !== 'string' && typeof given !== 'number') {
            context.report({
              message: `server variable {${name}} has no default; the client leaves it to the serverVariables option`,
              pointer: `/servers/${index}/variables/${escapePointerSegment(name)}`,
              severity: 'warning',
            });
          }
          const allowed = isJsonObject(variable) && Array.isArray(variable['enum']) ? variable['enum'] : undefined;
          return [
            {
              name,
              default: typeof given === 'string' || typeof given === 'number' ? String(given) : '',
              ...(allowed ? { enum: allowed.map(String) } : {}),
            },
          ];
        }),
      },
    ];
  });
}

/** The security schemes the client can send, sorted by name; others are left out with a warning. */
export function readSecuritySchemes(document: JsonObject, context: SchemaContext): SecurityScheme[] {
  const components = document['components'];
  const schemes = isJsonObject(components) ? components['securitySchemes'] : undefined;
  if (!isJsonObject(schemes)) return [];
  return Object.keys(schemes)
    .sort(compareStrings)
    .flatMap((name): SecurityScheme[] => {
      const scheme = schemes[name];
      const pointer = `/components/securitySchemes/${escapePointerSegment(name)}`;
      if (!isJsonObject(scheme)) return [];
      const type = scheme['type'];
      if (type === 'apiKey') {
        const location = scheme['in'];
        const key = scheme['name'];
        if ((location === 'header' || location === 'query' || location === 'cookie') && typeof key === 'string')
          return [{ name, kind: 'apiKey', in: location, key }];
      } else if (type === 'http') {
        const httpScheme = typeof scheme['scheme'] === 'string' ? scheme['scheme'].toLowerCase() : '';
        if (httpScheme === 'bearer') return [{ name, kind: 'bearer' }];
        if (httpScheme === 'basic') return [{ name, kind: 'basic' }];
      } else if (type === 'oauth2' || type === 'openIdConnect') return [{ name, kind: 'oauth2' }];
      context.report({
        message: `security scheme "${name}" (${JSON.stringify(type)}) is not one the client can send; set its credentials as headers`,
        pointer,
        severity: 'warning',
      });
      return [];
    });
}

/** A `security` array: each alternative as the sorted names of its schemes; `undefined` when absent. */
export function readSecurity(value: Json | undefined): SecurityRequirement[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter(isJsonObject).map((requirement) => Object.keys(requirement).sort(compareStrings));
}
