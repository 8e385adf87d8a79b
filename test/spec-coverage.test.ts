// Proves that specs/imagetag.openapi.yaml covers the upstream references exactly (no drift in schemas, paths or
// parameters) and that specs/imagetag.overlay.yaml is a well-formed Overlay 1.0 document whose actions apply.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

type Obj = Record<string, any>;

const readText = (rel: string): string => readFileSync(new URL(rel, import.meta.url), 'utf8');
const readJson = (rel: string): Obj => JSON.parse(readText(rel)) as Obj;
const readYaml = (rel: string): Obj => parse(readText(rel)) as Obj;

const REF = './fixtures/imagetag-reference/openapi/';
const spec = readYaml('../specs/imagetag.openapi.yaml');
const overlay = readYaml('../specs/imagetag.overlay.yaml');
const definitions = readJson(REF + 'definitions.json').definitions as Obj;
const endpointDefinitions = readJson(REF + 'endpoint-definitions.json').definitions as Obj;
const swaggerPaths = readJson(REF + 'paths.swagger.json').paths as Obj;

const schemas = (spec.components?.schemas ?? {}) as Obj;
const IMAGE = 'com.github.openshift.api.image.v1.';
const META = 'io.k8s.apimachinery.pkg.apis.meta.v1.';
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Normalises a Swagger 2.0 or OpenAPI 3.0 schema for comparison: `$ref`s point at `#/components/schemas/`, and
 * `required` lists are compared as sets. Keys of a `properties` map are property names, not keywords.
 */
function normalise(v: unknown, inProperties = false): unknown {
  if (Array.isArray(v)) return v.map((x) => normalise(x));
  if (!isObj(v)) return v;
  const out: Obj = {};
  for (const [k, x] of Object.entries(v)) {
    if (inProperties) out[k] = normalise(x);
    else if (k === '$ref' && typeof x === 'string') out[k] = x.replace(/^#\/definitions\//, '#/components/schemas/');
    else if (k === 'required' && Array.isArray(x)) out[k] = [...(x as string[])].sort();
    else out[k] = normalise(x, k === 'properties');
  }
  return out;
}

/** What a served document may add to an upstream definition (a live cluster's GVK on the kinds it serves). */
const ADDED_GVK: Record<string, Obj[]> = {
  [IMAGE + 'ImageTag']: [{ group: 'image.openshift.io', kind: 'ImageTag', version: 'v1' }],
  [IMAGE + 'ImageTagList']: [{ group: 'image.openshift.io', kind: 'ImageTagList', version: 'v1' }],
};

function withoutAddedGvk(key: string, schema: Obj): Obj {
  if (!(key in ADDED_GVK)) return schema;
  const { 'x-kubernetes-group-version-kind': _gvk, ...rest } = schema;
  return rest;
}

function expectSameDefinition(key: string, upstream: Obj): void {
  const ours = schemas[key] as Obj | undefined;
  expect(ours, `components.schemas['${key}'] is missing`).toBeDefined();
  if (!ours) return;
  const mine = normalise(withoutAddedGvk(key, ours)) as Obj;
  const theirs = normalise(upstream) as Obj;
  // Field by field first, so a failure names what drifted.
  for (const kw of ['description', 'type', 'format', 'required', 'additionalProperties', 'items']) {
    expect(mine[kw], `${key}.${kw}`).toEqual(theirs[kw]);
  }
  for (const ext of Object.keys(theirs).filter((k) => k.startsWith('x-'))) {
    expect(mine[ext], `${key}.${ext}`).toEqual(theirs[ext]);
  }
  const myProps = (mine.properties ?? {}) as Obj;
  const theirProps = (theirs.properties ?? {}) as Obj;
  expect(Object.keys(myProps).sort(), `${key}: property names`).toEqual(Object.keys(theirProps).sort());
  for (const [name, prop] of Object.entries(theirProps)) {
    const p = prop as Obj;
    const m = (myProps[name] ?? {}) as Obj;
    for (const kw of ['type', 'format', 'description', 'default', 'items', 'additionalProperties', '$ref']) {
      expect(m[kw], `${key}.properties.${name}.${kw}`).toEqual(p[kw]);
    }
    expect(m, `${key}.properties.${name}`).toEqual(p);
  }
  // And then the whole definition, so nothing else (an extension, a stray keyword) can drift either.
  expect(mine, key).toEqual(theirs);
}

function collectRefs(v: unknown, acc: Set<string> = new Set(), inProperties = false): Set<string> {
  if (Array.isArray(v)) v.forEach((x) => collectRefs(x, acc));
  else if (isObj(v))
    for (const [k, x] of Object.entries(v)) {
      if (!inProperties && k === '$ref' && typeof x === 'string') acc.add(x);
      else collectRefs(x, acc, !inProperties && k === 'properties');
    }
  return acc;
}

describe('specs/imagetag.openapi.yaml: document shape', () => {
  it('is OpenAPI 3.0.0 with info, paths and components.schemas', () => {
    expect(spec.openapi).toBe('3.0.0');
    expect(typeof spec.info?.title).toBe('string');
    expect(typeof spec.info?.version).toBe('string');
    expect(isObj(spec.paths)).toBe(true);
    expect(isObj(spec.components?.schemas)).toBe(true);
  });

  it('sorts keys alphabetically at every level, as the server emits them', () => {
    const unsorted: string[] = [];
    const walk = (v: unknown, at: string): void => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}[${i}]`));
      else if (isObj(v)) {
        const keys = Object.keys(v);
        if (keys.join('\n') !== [...keys].sort().join('\n')) unsorted.push(at || '$');
        for (const k of keys) walk(v[k], `${at}.${k}`);
      }
    };
    walk(spec, '');
    expect(unsorted).toEqual([]);
  });

  it('resolves every $ref inside the document', () => {
    const refs = [...collectRefs(spec)];
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) {
      expect(r, r).toMatch(/^#\/components\/schemas\//);
      expect(schemas[r.replace('#/components/schemas/', '')], `dangling ${r}`).toBeDefined();
    }
  });

  it('holds no schema that is not an upstream definition', () => {
    for (const key of Object.keys(schemas)) {
      expect(key in definitions || key in endpointDefinitions, `${key} is not upstream`).toBe(true);
    }
  });
});

describe('components.schemas: the 24 definitions ImageTag and ImageTagList reach', () => {
  it('has all 24, including the current-API fields importMode and dockerImageManifests', () => {
    expect(Object.keys(definitions)).toHaveLength(24);
    expect(Object.keys(definitions).filter((k) => !(k in schemas))).toEqual([]);
    expect(schemas[IMAGE + 'TagImportPolicy']?.properties?.importMode).toBeDefined();
    expect(schemas[IMAGE + 'Image']?.properties?.dockerImageManifests).toBeDefined();
  });

  it.each(Object.keys(definitions))('%s is upstream, unchanged', (key) => {
    expectSameDefinition(key, definitions[key] as Obj);
  });

  it('adds only the served GVK to ImageTag and ImageTagList', () => {
    for (const [key, gvk] of Object.entries(ADDED_GVK)) {
      expect(schemas[key]?.['x-kubernetes-group-version-kind'], key).toEqual(gvk);
    }
  });

  it('keeps description and default as siblings beside $ref', () => {
    const metadata = schemas[IMAGE + 'ImageTag']?.properties?.metadata as Obj;
    expect(metadata).toEqual({
      $ref: '#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta',
      default: {},
      description: definitions[IMAGE + 'ImageTag'].properties.metadata.description,
    });
  });
});

describe('components.schemas: endpoint objects', () => {
  const mustHave = ['Status', 'StatusDetails', 'StatusCause', 'DeleteOptions', 'Preconditions', 'Patch'];

  it.each(mustHave)('includes meta/v1 %s', (name) => {
    expect(schemas[META + name], META + name).toBeDefined();
  });

  it.each(Object.keys(endpointDefinitions).filter((k) => k in schemas))('%s is upstream, unchanged', (key) => {
    expectSameDefinition(key, endpointDefinitions[key] as Obj);
  });
});

/** Swagger 2.0 parameter -> what a served v3 document has. */
function expectedParameter(p: Obj): Obj {
  const schema: Obj = { type: p.type };
  if (p.format !== undefined) schema.format = p.format;
  if (p.uniqueItems !== undefined) schema.uniqueItems = p.uniqueItems;
  const out: Obj = { in: p.in, name: p.name, schema };
  if (p.description !== undefined) out.description = p.description;
  if (p.required !== undefined) out.required = p.required;
  return out;
}

function expectParameters(where: string, upstream: Obj[] | undefined, ours: Obj[] | undefined): void {
  const want = (upstream ?? []).filter((p) => p.in !== 'body');
  const have = ours ?? [];
  const id = (p: Obj) => `${p.in}:${p.name}`;
  expect(have.map(id).sort(), `${where}: parameters`).toEqual(want.map(id).sort());
  for (const p of want) {
    const mine = have.find((h) => id(h) === id(p));
    expect(mine, `${where}: parameter ${id(p)}`).toEqual(expectedParameter(p));
    expect(mine?.schema?.uniqueItems, `${where}: ${id(p)} keeps the stray uniqueItems`).toBe(true);
  }
}

const operations: [string, string][] = Object.entries(swaggerPaths).flatMap(([path, item]) =>
  Object.keys(item as Obj)
    .filter((m) => METHODS.includes(m))
    .map((m): [string, string] => [path, m]),
);

describe('paths: the reconstructed ImageTag endpoints', () => {
  it('has exactly the three paths and seven operations of paths.swagger.json', () => {
    expect(Object.keys(spec.paths).sort()).toEqual(Object.keys(swaggerPaths).sort());
    expect(operations).toHaveLength(7);
    const ours = Object.entries(spec.paths as Obj).flatMap(([path, item]) =>
      Object.keys(item as Obj)
        .filter((m) => METHODS.includes(m))
        .map((m) => `${m} ${path}`),
    );
    expect(ours.sort()).toEqual(operations.map(([p, m]) => `${m} ${p}`).sort());
  });

  it.each(Object.keys(swaggerPaths))('%s has the path-level parameters', (path) => {
    const mine = spec.paths[path]?.parameters as Obj[] | undefined;
    expectParameters(path, swaggerPaths[path].parameters as Obj[] | undefined, mine);
    const names = (mine ?? []).map((p) => p.name);
    expect(names).toContain('pretty');
    if (path.includes('{namespace}')) expect(names).toContain('namespace');
    if (path.includes('{name}')) expect(names).toContain('name');
  });

  it.each(operations)('%s %s matches upstream', (path, method) => {
    const up = swaggerPaths[path][method] as Obj;
    const op = spec.paths[path]?.[method] as Obj | undefined;
    const where = `${method} ${path}`;
    expect(op, where).toBeDefined();
    if (!op) return;
    expect(op.operationId, `${where}: operationId`).toBe(up.operationId);
    expect(op.description, `${where}: description`).toBe(up.description);
    expect(op.tags, `${where}: tags`).toEqual(up.tags);
    expect(op['x-kubernetes-action'], `${where}: x-kubernetes-action`).toBe(up['x-kubernetes-action']);
    expect(op['x-kubernetes-group-version-kind'], `${where}: GVK`).toEqual(up['x-kubernetes-group-version-kind']);
    expect(op['x-kubernetes-group-version-kind']).toEqual({
      group: 'image.openshift.io',
      kind: 'ImageTag',
      version: 'v1',
    });
    for (const gone of ['consumes', 'produces', 'schemes']) expect(op[gone], `${where}: ${gone}`).toBeUndefined();

    expectParameters(where, up.parameters as Obj[] | undefined, op.parameters as Obj[] | undefined);

    const body = ((up.parameters ?? []) as Obj[]).find((p) => p.in === 'body');
    if (!body) expect(op.requestBody, `${where}: requestBody`).toBeUndefined();
    else {
      const content = (op.requestBody?.content ?? {}) as Obj;
      expect(Object.keys(content).sort(), `${where}: request media types`).toEqual(
        [...(up.consumes as string[])].sort(),
      );
      for (const mt of Object.keys(content)) {
        expect(content[mt], `${where}: request ${mt}`).toEqual({
          schema: normalise(body.schema),
        });
      }
      expect(op.requestBody?.required ?? false, `${where}: requestBody.required`).toBe(body.required ?? false);
    }

    const codes = Object.keys(up.responses as Obj).sort();
    expect(Object.keys(op.responses ?? {}).sort(), `${where}: response codes`).toEqual(codes);
    for (const code of codes) {
      const r = up.responses[code] as Obj;
      const mine = op.responses[code] as Obj;
      expect(mine.description, `${where} ${code}: description`).toBe(r.description);
      if (!r.schema) expect(mine.content, `${where} ${code}: content`).toBeUndefined();
      else {
        const content = (mine.content ?? {}) as Obj;
        expect(Object.keys(content).sort(), `${where} ${code}: media types`).toEqual(
          [...(up.produces as string[])].sort(),
        );
        for (const mt of Object.keys(content)) {
          expect(content[mt], `${where} ${code} ${mt}`).toEqual({
            schema: normalise(r.schema),
          });
        }
      }
    }
  });

  it('PATCH accepts exactly the four patch media types, each with the Patch schema', () => {
    const op = spec.paths['/apis/image.openshift.io/v1/namespaces/{namespace}/imagetags/{name}'].patch as Obj;
    const content = op.requestBody.content as Obj;
    expect(Object.keys(content).sort()).toEqual(
      [
        'application/apply-patch+yaml',
        'application/json-patch+json',
        'application/merge-patch+json',
        'application/strategic-merge-patch+json',
      ].sort(),
    );
    for (const media of Object.values(content)) {
      expect(media).toEqual({
        schema: { $ref: `#/components/schemas/${META}Patch` },
      });
    }
  });

  it('offers the ;stream=watch variants on the list operations only', () => {
    for (const [path, method] of operations) {
      const op = spec.paths[path][method] as Obj;
      const types = Object.keys(op.responses['200'].content as Obj);
      const watch = types.filter((t) => t.endsWith(';stream=watch'));
      expect(watch.length > 0, `${method} ${path}`).toBe(op['x-kubernetes-action'] === 'list');
      expect(types).toEqual(
        expect.arrayContaining(['application/json', 'application/yaml', 'application/vnd.kubernetes.protobuf']),
      );
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Overlay: a tiny evaluator for the JSONPath subset the project uses ($, .name, ['quoted'], [*], [?@ == 'v']).

type Segment = { kind: 'name'; name: string } | { kind: 'wildcard' } | { kind: 'filterEq'; value: string };

function parseTarget(target: string): Segment[] {
  if (!target.startsWith('$')) throw new Error(`target must start with $: ${target}`);
  const segs: Segment[] = [];
  let rest = target.slice(1);
  while (rest.length) {
    let m: RegExpMatchArray | null;
    if ((m = rest.match(/^\.([A-Za-z_$][\w$-]*)/))) segs.push({ kind: 'name', name: m[1]! });
    else if ((m = rest.match(/^\['((?:[^'\\]|\\.)*)'\]/)))
      segs.push({ kind: 'name', name: m[1]!.replace(/\\(.)/g, '$1') });
    else if ((m = rest.match(/^\[\*\]/))) segs.push({ kind: 'wildcard' });
    else if ((m = rest.match(/^\[\?@ == '((?:[^'\\]|\\.)*)'\]/)))
      segs.push({ kind: 'filterEq', value: m[1]!.replace(/\\(.)/g, '$1') });
    else throw new Error(`unsupported JSONPath at "${rest}" in ${target}`);
    rest = rest.slice(m[0].length);
  }
  return segs;
}

type Location = { parent: Obj | unknown[]; key: string | number };

function locate(doc: Obj, target: string): Location[] {
  let locs: Location[] = [{ parent: { $: doc }, key: '$' }];
  const valueAt = (l: Location): unknown => (l.parent as Obj)[l.key as string];
  for (const seg of parseTarget(target)) {
    const next: Location[] = [];
    for (const l of locs) {
      const v = valueAt(l);
      const children: Location[] = Array.isArray(v)
        ? v.map((_, i) => ({ parent: v, key: i }))
        : isObj(v)
          ? Object.keys(v).map((k) => ({ parent: v, key: k }))
          : [];
      if (seg.kind === 'name') next.push(...children.filter((c) => c.key === seg.name));
      else if (seg.kind === 'wildcard') next.push(...children);
      else next.push(...children.filter((c) => valueAt(c) === seg.value));
    }
    locs = next;
  }
  return locs;
}

function merge(target: Obj, update: Obj): void {
  for (const [k, v] of Object.entries(update)) {
    const cur = target[k];
    if (isObj(cur) && isObj(v)) merge(cur, v);
    else if (Array.isArray(cur) && Array.isArray(v)) cur.push(...structuredClone(v));
    else target[k] = structuredClone(v);
  }
}

function applyOverlay(doc: Obj, actions: Obj[]): Obj {
  const out = structuredClone(doc);
  for (const a of actions) {
    const locs = locate(out, a.target as string);
    if (locs.length === 0) throw new Error(`target matches nothing: ${a.target}`);
    if (a.remove === true) {
      // Remove array elements from the end so indices stay valid.
      for (const l of [...locs].reverse()) {
        if (Array.isArray(l.parent)) l.parent.splice(l.key as number, 1);
        else delete l.parent[l.key as string];
      }
    } else {
      for (const l of locs) {
        const v = (l.parent as Obj)[l.key as string];
        if (!isObj(v)) throw new Error(`update target is not an object: ${a.target}`);
        merge(v, a.update as Obj);
      }
    }
  }
  return out;
}

describe('specs/imagetag.overlay.yaml', () => {
  const actions = (overlay.actions ?? []) as Obj[];

  it('is an Overlay 1.0 document that extends the spec', () => {
    expect(overlay.overlay).toBe('1.0.0');
    expect(typeof overlay.info?.title).toBe('string');
    expect(typeof overlay.info?.version).toBe('string');
    expect(overlay.extends).toBe('./imagetag.openapi.yaml');
    expect(actions.length).toBeGreaterThan(0);
  });

  it.each(actions.map((a, i) => [i, a.target as string]))('action %i (%s) is well formed', (i) => {
    const a = actions[i as number]!;
    expect(typeof a.target).toBe('string');
    expect(() => parseTarget(a.target as string)).not.toThrow();
    expect(typeof a.description).toBe('string');
    expect(a.description as string).not.toMatch(/[\r\n]/);
    expect(a.description as string).toMatch(/semantics\.md rule \d/);
    const hasUpdate = a.update !== undefined;
    const hasRemove = a.remove !== undefined;
    expect(hasUpdate !== hasRemove, 'exactly one of update / remove').toBe(true);
    if (hasRemove) expect(a.remove).toBe(true);
    if (hasUpdate) expect(isObj(a.update)).toBe(true);
  });

  it('applies: every target matches, and the result carries the server rules', () => {
    const out = applyOverlay(spec, actions);
    const s = out.components.schemas as Obj;
    const up = definitions;

    // a. generation is nullable
    expect(s[IMAGE + 'TagReference'].properties.generation.nullable).toBe(true);
    // b. referencePolicy.type: enum, and no longer required
    expect(s[IMAGE + 'TagReferencePolicy'].properties.type.enum).toEqual(['', 'Local', 'Source']); // "" is defaulted to Source (rule 8)
    expect(s[IMAGE + 'TagReferencePolicy'].required ?? []).not.toContain('type');
    // c. importMode enum
    expect(s[IMAGE + 'TagImportPolicy'].properties.importMode.enum).toEqual(['', 'Legacy', 'PreserveOriginal']);
    // d. from narrowed for TagReference only; ObjectReference untouched
    expect(s[IMAGE + 'TagReference'].properties.from).toEqual({
      description: up[IMAGE + 'TagReference'].properties.from.description,
      allOf: [
        { $ref: '#/components/schemas/io.k8s.api.core.v1.ObjectReference' },
        {
          type: 'object',
          required: ['kind', 'name'],
          properties: {
            kind: {
              type: 'string',
              enum: ['DockerImage', 'ImageStreamImage', 'ImageStreamTag'],
            },
            name: { type: 'string', minLength: 1 },
          },
        },
      ],
    });
    expect(s['io.k8s.api.core.v1.ObjectReference']).toEqual(schemas['io.k8s.api.core.v1.ObjectReference']);
    // e. spec.name optional
    expect(s[IMAGE + 'TagReference'].required ?? []).not.toContain('name');
    // f. status and image read-only
    expect(s[IMAGE + 'ImageTag'].properties.status.readOnly).toBe(true);
    expect(s[IMAGE + 'ImageTag'].properties.image.readOnly).toBe(true);
    // g. spec non-null in requests
    expect(s[IMAGE + 'ImageTag'].properties.spec['x-specgen-non-null-in-request']).toBe(true);
    // h. metadata.name pattern, description and default kept
    const metadata = s[IMAGE + 'ImageTag'].properties.metadata as Obj;
    expect(metadata.$ref).toBeUndefined();
    expect(metadata.description).toBe(up[IMAGE + 'ImageTag'].properties.metadata.description);
    expect(metadata.default).toEqual({});
    expect(metadata.allOf[0]).toEqual({
      $ref: `#/components/schemas/${META}ObjectMeta`,
    });
    const name = new RegExp(metadata.allOf[1].properties.name.pattern as string);
    for (const ok of ['ruby:2.7', 'my-stream.v1:latest', 'a_b:Tag-1.0', 'x:a b']) expect(ok, ok).toMatch(name);
    for (const bad of [
      'ruby',
      'ruby:',
      'a:b:c',
      'ruby@sha256:abc',
      'ruby:a@b',
      'Ruby:1',
      'ruby:a/b',
      'ruby:50%',
      '..:x',
      '-a:x',
    ])
      expect(bad, bad).not.toMatch(name);
    // i. layer mediaType optional
    expect(s[IMAGE + 'ImageLayer'].required).not.toContain('mediaType');
    expect(s[IMAGE + 'ImageLayer'].required).toEqual(expect.arrayContaining(['name', 'size']));
    // j. condition status enums (strings, not booleans)
    for (const k of ['TagEventCondition', 'SignatureCondition']) {
      expect(s[IMAGE + k].properties.status.enum, k).toEqual(['True', 'False', 'Unknown']);
    }

    // The input stays untouched: the overlay is applied on top, never into the upstream shapes.
    expect(schemas[IMAGE + 'TagReference'].required).toEqual(['name']);
  });
});
