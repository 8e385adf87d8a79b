import type { Api, SecurityScheme } from '../ir.js';
import { PRINT_WIDTH } from '../print/layout.js';
import { printInline, printPropertyKey, printValue } from '../print/literal.js';

/** The part of client.hbs's context about servers and credentials. */
export interface ClientAccessView {
  /** The name of the `auth` option's type (`ClientAuth`), declared in a chunk of its own. */
  readonly authType: string;
  /** The `ClientAuth` type: one optional credential per security scheme (`never` when the spec has none). */
  readonly authMembers: string;
  /** The `$Access` literal createClient passes to `$config`: first server (and `$serverUrl`), schemes, security. */
  readonly access: string;
  /** Both declarations are laid out as Prettier prints them (else the format stage does it). */
  readonly accessCanonical: boolean;
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
  const members = securitySchemes.map(
    (scheme) => `readonly ${printPropertyKey(scheme.name)}?: ${credentialType(scheme)}`,
  );
  // One line when it fits (Prettier drops the last `;` there), else one member a line.
  const authLine = `{ ${members.join('; ')} }`;
  const authMembers =
    members.length === 0
      ? 'never'
      : `export type ClientAuth = ${authLine};`.length <= PRINT_WIDTH
        ? authLine
        : `{\n${members.map((member) => `  ${member};`).join('\n')}\n}`;
  const [server] = api.servers ?? [];
  const variables = server?.variables.map((variable) => [variable.name, variable.default]) ?? [];
  const values: (readonly [string, unknown])[] = [
    ...(server ? [['server', { url: server.url, variables: Object.fromEntries(variables) }] as const] : []),
    [
      'schemes',
      Object.fromEntries(
        securitySchemes.map(({ name, ...scheme }) => [name, scheme.kind === 'apiKey' ? scheme : { kind: scheme.kind }]),
      ),
    ],
    ['security', api.security ?? []],
  ];
  // Each entry on one line as Prettier prints it, else as JSON (left to the format stage).
  let inline = true;
  const entries = values.map(([key, item]) => {
    const code = printInline(item);
    if (code === undefined) inline = false;
    return `${key}: ${code ?? printValue(item)}`;
  });
  // The runtime's server URL function is named beside a server only: a bundle for an API without one carries none.
  if (server) entries.splice(1, 0, 'serverUrl: $serverUrl');
  const laidOut = inline ? accessLayout(entries) : undefined;
  return {
    authType: 'ClientAuth',
    authMembers,
    access: laidOut ?? `{ ${entries.join(', ')} }`,
    accessCanonical: laidOut !== undefined && authMembers.split('\n').every((line) => line.length <= PRINT_WIDTH),
    kubernetes: api.kubernetes,
  };
}

/**
 * The `$access` literal as Prettier prints `const $access: $Access = ...;`: on one line when it fits, else one entry
 * a line, each entry's value on one line (`printed`: the entries, each on one line). Undefined when an entry does not
 * fit its line either.
 */
function accessLayout(printed: readonly string[]): string | undefined {
  const line = `{ ${printed.join(', ')} }`;
  if (`const $access: $Access = ${line};`.length <= PRINT_WIDTH) return line;
  const lines = printed.map((entry) => `  ${entry},`);
  return lines.every((entry) => entry.length <= PRINT_WIDTH) ? `{\n${lines.join('\n')}\n}` : undefined;
}
