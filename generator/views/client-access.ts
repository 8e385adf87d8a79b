import type { Api, SecurityScheme } from '../ir.js';
import { printPropertyKey, printValue } from '../print/literal.js';

/** The part of client.hbs's context about servers and credentials. */
export interface ClientAccessView {
  /** The name of the `auth` option's type (`ClientAuth`), declared in a chunk of its own. */
  readonly authType: string;
  /** The `ClientAuth` type: one optional credential per security scheme (`never` when the spec has none). */
  readonly authMembers: string;
  /** The `$Access` literal createClient passes to `$config`: first server, schemes, API-wide security. */
  readonly access: string;
  /** The API is Kubernetes: the watch runtime is included. */
  readonly kubernetes: boolean;
}

/** The credential type of one scheme. */
function credentialType(scheme: SecurityScheme): string {
  return scheme.kind === 'basic' ? 'BasicCredentials' : 'Credential';
}

/** Builds the servers-and-credentials part of the client view. */
export function clientAccessView(api: Api): ClientAccessView {
  const securitySchemes = api.securitySchemes ?? [];
  const authMembers =
    securitySchemes.length === 0
      ? 'never'
      : `{ ${securitySchemes.map((scheme) => `readonly ${printPropertyKey(scheme.name)}?: ${credentialType(scheme)};`).join(' ')} }`;
  const [server] = api.servers ?? [];
  const access = printValue({
    server: server
      ? {
          url: server.url,
          variables: Object.fromEntries(server.variables.map((variable) => [variable.name, variable.default])),
        }
      : undefined,
    schemes: Object.fromEntries(
      securitySchemes.map(({ name, ...scheme }) => [name, scheme.kind === 'apiKey' ? scheme : { kind: scheme.kind }]),
    ),
    security: api.security ?? [],
  });
  return { authType: 'ClientAuth', authMembers, access, kubernetes: api.kubernetes };
}
