import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Writes a multi-file OpenAPI 3.1 spec shaped like DigitalOcean's public one (a root that refers to one folder per
 * resource, each holding its operations, path items, parameters, request bodies, responses, models, examples, links
 * and code samples in separate files) with an external `$ref` in every position `bundle` knows: schema, path item,
 * operation, parameter, response, request body, header, example, link, callback, security scheme, webhook, a
 * discriminator's mapping and plain values (an `info.description`, a tag description, an `x-codeSamples` entry).
 * 15 files per resource plus 12 shared.
 * Returns the root file's path.
 */
export async function writeMultiFileSpec(dir: string, resources: number): Promise<string> {
  const files = new Map<string, string>();
  const names = Array.from({ length: resources }, (_, index) => `res${String(index).padStart(4, '0')}`);
  const root = [
    'openapi: 3.1.0',
    'info:',
    '  title: Shaped like DigitalOcean',
    '  version: "2.0"',
    "  description: {$ref: 'description.yml#/introduction'}",
    'security: [{bearer_auth: []}]',
    'tags:',
    ...names.map((name) => `  - {name: ${name}, description: {$ref: 'description.yml#/tags/${name}'}}`),
    'paths:',
    ...names.flatMap((name) => [
      `  /v2/${name}:`,
      `    get: {$ref: 'resources/${name}/${name}_list.yml'}`,
      `    post: {$ref: 'resources/${name}/${name}_create.yml'}`,
      `  /v2/${name}/{${name}_id}: {$ref: 'resources/${name}/${name}_item_path.yml'}`,
    ]),
    'webhooks:',
    "  resourceChanged: {$ref: 'shared/webhooks.yml#/resourceChanged'}",
    'components:',
    '  securitySchemes:',
    "    bearer_auth: {$ref: 'shared/security.yml#/bearer_auth'}",
    '',
  ];
  files.set('openapi.yaml', root.join('\n'));
  files.set(
    'description.yml',
    [
      'introduction: |',
      '  # Introduction',
      '  A spec in many files.',
      'tags:',
      ...names.map((name) => `  ${name}: The ${name} resource.`),
      '',
    ].join('\n'),
  );
  files.set(
    'shared/security.yml',
    'bearer_auth:\n  type: http\n  scheme: bearer\n  description: {$ref: "../description.yml#/introduction"}\n',
  );
  files.set(
    'shared/parameters.yml',
    [
      'per_page: {in: query, name: per_page, required: false, schema: {type: integer, minimum: 1, maximum: 200, default: 20}}',
      'page: {in: query, name: page, required: false, schema: {$ref: "models/page_number.yml"}}',
      '',
    ].join('\n'),
  );
  files.set('shared/models/page_number.yml', 'type: integer\nminimum: 1\n');
  files.set(
    'shared/models/error.yml',
    [
      'type: object',
      'required: [id, message]',
      'properties:',
      '  id: {type: string, example: not_found}',
      '  message: {type: string}',
      '  request_id: {type: string}',
      '',
    ].join('\n'),
  );
  files.set(
    'shared/models/pagination.yml',
    [
      'type: object',
      'properties:',
      '  pages:',
      '    type: object',
      '    properties: {first: {type: string}, prev: {type: string}, next: {type: string}, last: {type: string}}',
      '  meta: {$ref: "#/meta"}',
      'meta: {type: object, required: [total], properties: {total: {type: integer}}}',
      '',
    ].join('\n'),
  );
  files.set(
    'shared/headers.yml',
    [
      'ratelimit-limit: {description: Requests per hour., schema: {type: integer}}',
      'ratelimit-remaining: {description: Requests left., schema: {type: integer}}',
      '',
    ].join('\n'),
  );
  files.set(
    'shared/responses/unauthorized.yml',
    [
      'description: Unauthorized',
      'headers:',
      '  ratelimit-limit: {$ref: "../headers.yml#/ratelimit-limit"}',
      'content:',
      '  application/json:',
      '    schema: {$ref: "../models/error.yml"}',
      '    example: {id: unauthorized, message: Unable to authenticate you.}',
      '',
    ].join('\n'),
  );
  files.set(
    'shared/callbacks.yml',
    [
      'progress:',
      "  '{$request.body#/callback_url}':",
      '    post:',
      '      requestBody: {content: {application/json: {schema: {$ref: "models/error.yml"}}}}',
      '      responses: {"204": {description: received}}',
      '',
    ].join('\n'),
  );
  files.set(
    'shared/webhooks.yml',
    [
      'resourceChanged:',
      '  post:',
      '    requestBody:',
      '      content: {application/json: {schema: {$ref: "models/change.yml#/change"}}}',
      '    responses: {"200": {description: received}}',
      '',
    ].join('\n'),
  );
  // A parent that declares the discriminator its allOf children inherit, mapped by references within the file.
  files.set(
    'shared/models/change.yml',
    [
      'change:',
      '  type: object',
      '  required: [type]',
      '  properties: {type: {type: string, enum: [created, deleted]}}',
      '  discriminator: {propertyName: type, mapping: {created: "#/change_created", deleted: "#/change_deleted"}}',
      'change_created:',
      '  allOf: [{$ref: "#/change"}, {type: object, required: [id], properties: {id: {type: string}}}]',
      'change_deleted:',
      '  allOf: [{$ref: "#/change"}, {type: object, properties: {reason: {type: string}}}]',
      '',
    ].join('\n'),
  );
  for (const name of names) writeResource(files, name);
  await Promise.all(
    [...files].map(async ([path, text]) => {
      const full = join(dir, path);
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, text);
    }),
  );
  return join(dir, 'openapi.yaml');
}

/** The 15 files of one resource folder. */
function writeResource(files: Map<string, string>, name: string): void {
  const at = (path: string, lines: string[]): void =>
    void files.set(`resources/${name}/${path}`, lines.join('\n') + '\n');
  at(`${name}_list.yml`, [
    `operationId: ${name}_list`,
    `summary: List all ${name}`,
    `tags: [${name}]`,
    'parameters:',
    "  - $ref: '../../shared/parameters.yml#/per_page'",
    "  - $ref: '../../shared/parameters.yml#/page'",
    "  - $ref: 'parameters.yml#/name_filter'",
    'responses:',
    `  '200': {$ref: 'responses/${name}_all.yml'}`,
    "  '401': {$ref: '../../shared/responses/unauthorized.yml'}",
    'x-codeSamples:',
    `  - $ref: 'examples/curl/${name}_list.yml'`,
    'security: [{bearer_auth: [read]}]',
  ]);
  at(`${name}_create.yml`, [
    `operationId: ${name}_create`,
    `tags: [${name}]`,
    `requestBody: {$ref: 'requestBodies.yml#/${name}_create'}`,
    'responses:',
    `  '201': {$ref: 'responses/${name}_single.yml'}`,
    "  '401': {$ref: '../../shared/responses/unauthorized.yml'}",
    'callbacks:',
    "  progress: {$ref: '../../shared/callbacks.yml#/progress'}",
  ]);
  at(`${name}_item_path.yml`, [
    'parameters:',
    `  - $ref: 'parameters.yml#/${name}_id'`,
    `get: {$ref: '${name}_get.yml'}`,
    `delete: {$ref: '${name}_delete.yml'}`,
  ]);
  at(`${name}_get.yml`, [
    `operationId: ${name}_get`,
    `tags: [${name}]`,
    'responses:',
    `  '200': {$ref: 'responses/${name}_single.yml'}`,
    "  '401': {$ref: '../../shared/responses/unauthorized.yml'}",
  ]);
  at(`${name}_delete.yml`, [
    `operationId: ${name}_delete`,
    `tags: [${name}]`,
    'responses:',
    "  '204': {description: Deleted}",
    "  '401': {$ref: '../../shared/responses/unauthorized.yml'}",
  ]);
  at('parameters.yml', [
    `${name}_id: {in: path, name: ${name}_id, required: true, schema: {type: string, format: uuid}}`,
    'name_filter: {in: query, name: name, schema: {type: string}}',
  ]);
  at('requestBodies.yml', [
    `${name}_create:`,
    '  required: true',
    `  content: {application/json: {schema: {$ref: 'models/${name}_create.yml'}}}`,
  ]);
  at(`responses/${name}_all.yml`, [
    `description: All ${name}`,
    'headers:',
    "  ratelimit-limit: {$ref: '../../../shared/headers.yml#/ratelimit-limit'}",
    "  ratelimit-remaining: {$ref: '../../../shared/headers.yml#/ratelimit-remaining'}",
    'content:',
    '  application/json:',
    '    schema:',
    '      type: object',
    `      required: [${name}]`,
    '      properties:',
    `        ${name}: {type: array, items: {$ref: '../models/${name}.yml'}}`,
    "        links: {$ref: '../../../shared/models/pagination.yml'}",
    '    examples:',
    `      one: {$ref: '../examples.yml#/${name}_list'}`,
    'links:',
    `  GetOne: {$ref: '../links.yml#/get_one'}`,
  ]);
  at(`responses/${name}_single.yml`, [
    `description: One ${name}`,
    'content:',
    '  application/json:',
    `    schema: {type: object, properties: {${name}: {$ref: '../models/${name}.yml'}}}`,
  ]);
  at(`models/${name}.yml`, [
    'type: object',
    'required: [id, name]',
    'properties:',
    '  id: {type: string, format: uuid}',
    '  name: {type: string}',
    "  attributes: {$ref: 'attributes.yml'}",
    `  parent: {$ref: '${name}.yml'}`,
    "  created_at: {$ref: '#/properties/id'}",
  ]);
  at(`models/${name}_create.yml`, [
    'type: object',
    'required: [name]',
    'properties:',
    '  name: {type: string}',
    "  attributes: {$ref: 'attributes.yml'}",
  ]);
  at('models/attributes.yml', [
    'type: object',
    'additionalProperties: {type: string}',
    `description: Attributes of a ${name}.`,
  ]);
  at('examples.yml', [`${name}_list:`, '  summary: A list', `  value: {${name}: [{id: x, name: y}]}`]);
  at('links.yml', [
    'get_one:',
    `  operationId: ${name}_get`,
    `  parameters: {${name}_id: '$response.body#/${name}/0/id'}`,
  ]);
  at(`examples/curl/${name}_list.yml`, [
    'lang: cURL',
    'source: |-',
    `  curl -X GET -H "Authorization: Bearer $TOKEN" "https://api.example.com/v2/${name}"`,
  ]);
}
