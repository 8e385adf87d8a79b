/**
 * Names are fixed once, here, and nowhere else. Every rule is deterministic: the same set of keys gives the same
 * names whatever order the spec lists them in.
 */

/**
 * Words that cannot name a type or value in generated code: TypeScript reserved words, the globals the generated code
 * relies on, and the names the generated modules declare (test/hostile.test.ts names models after every one of them).
 */
const RESERVED = new Set([
  'any',
  'as',
  'boolean',
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'declare',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'from',
  'function',
  'get',
  'if',
  'implements',
  'import',
  'in',
  'infer',
  'instanceof',
  'interface',
  'is',
  'keyof',
  'let',
  'module',
  'namespace',
  'never',
  'new',
  'null',
  'number',
  'object',
  'of',
  'package',
  'private',
  'protected',
  'public',
  'readonly',
  'require',
  'return',
  'set',
  'static',
  'string',
  'super',
  'switch',
  'symbol',
  'this',
  'throw',
  'true',
  'try',
  'type',
  'typeof',
  'undefined',
  'unique',
  'unknown',
  'var',
  'void',
  'while',
  'with',
  'yield',
  'await',
  'async',
  // Globals the generated modules use or that users expect to keep their meaning.
  'Array',
  'ArrayBuffer',
  'Boolean',
  'Date',
  'Error',
  'Function',
  'JSON',
  'Map',
  'Math',
  'Number',
  'Object',
  'Partial',
  'Promise',
  'Readonly',
  'Record',
  'RegExp',
  'Required',
  'Set',
  'String',
  'Symbol',
  'TypeError',
  'URL',
  'URLSearchParams',
  'Headers',
  'Request',
  'Response',
  'AbortSignal',
  'AbortController',
  'fetch',
  'RequestInit',
  'BodyInit',
  'NonNullable',
  'TextEncoder',
  'AsyncGenerator',
  // What the generated modules declare themselves (validators.ts, client.ts): a model by one of these names would
  // clash with the declaration, or make index.ts export the name twice.
  'FieldErrorType',
  'FieldError',
  'ValidateOptions',
  'ValidationResult',
  'ValidationError',
  'Guard',
  'IsGuard',
  'Validator',
  'Asserter',
  'ClientOptions',
  'RetryOptions',
  'RequestOptions',
  'ApiError',
  'NetworkError',
  'TimeoutError',
  'AbortError',
  'ResponseValidationError',
  'JsonPatchOperation',
  'DeepPartial',
  'JsonPatch',
  'MergePatch',
  'StrategicMergePatch',
  'ApplyPatch',
  'Client',
  'ApiResponse',
  'WithResponse',
  'ClientAuth',
  'BinaryBody',
  'ServerSentEvent',
  'Credential',
  'BasicCredentials',
  'WatchEvent',
  'WatchExpiredError',
  'AsyncIterable',
  'Blob',
  'FormData',
  'ReadableStream',
  'TextDecoder',
  'Omit',
  'BlobPart',
  'RegExpExecArray',
  'SyntaxError',
  'Uint8Array',
  'ArrayBuffer',
  // Client members beside the operations (an operation by this name would hide them), and the core client's type.
  'withResponse',
  '$config',
  'ClientCore',
]);

/** True when `name` is a plain ASCII JavaScript identifier. */
export function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}

/** Splits text into words at non-alphanumerics and at lower→upper case boundaries kept as they are. */
function words(text: string): string[] {
  return text.split(/[^A-Za-z0-9]+/).filter((word) => word.length > 0);
}

/** `image.openshift.io` → `ImageOpenshiftIo`; inner capitals are kept (`ImageTag` stays `ImageTag`). */
export function pascalCase(text: string): string {
  return words(text)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

/** `get-pets` → `getPets`, `ListPets` → `listPets`. */
export function camelCase(text: string): string {
  const pascal = pascalCase(text);
  return pascal.length === 0 ? pascal : pascal[0]!.toLowerCase() + pascal.slice(1);
}

/** Makes a name safe to declare: not empty, not starting with a digit, not reserved. */
function safeIdentifier(name: string, fallback: string): string {
  let safe = name.length === 0 ? fallback : name;
  if (/^[0-9]/.test(safe)) safe = `${fallback}${safe}`;
  if (RESERVED.has(safe)) safe = `${safe}_`;
  return safe;
}

/**
 * A name derived from another (`ImageTagGVK`, `ListPetsParams`), kept apart from every name in `taken` and from the
 * reserved words by trailing underscores, as model names are.
 */
export function derivedName(base: string, taken: ReadonlySet<string>): string {
  let name = base;
  while (taken.has(name) || RESERVED.has(name)) name = `${name}_`;
  return name;
}

/**
 * Kubernetes-style keys (`io.k8s.api.core.v1.Pod`, `com.github.openshift.api.image.v1.ImageTag`): lowercase
 * reverse-domain qualifiers, then a Go type name. The type name (the kind) is the short name; the qualifiers tell
 * kinds of the same name apart. Any other key (`pet-store`, Stripe's `issuing.authorization`) is named as a whole.
 */
function keySegments(key: string): { short: string; qualifiers: string[] } {
  if (/^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)*\.[A-Z][A-Za-z0-9_]*$/.test(key)) {
    const segments = key.split('.');
    const short = segments.pop()!;
    return { short, qualifiers: segments };
  }
  return { short: key, qualifiers: [] };
}

/**
 * Adds numeric suffixes (`Name2`, `Name3`) to every name taken more than once, in the sorted order of the keys; of a
 * colliding group, a key spelt exactly like the name keeps it, whatever keys are added beside it.
 */
function dedupe(candidates: ReadonlyMap<string, string>, taken: ReadonlySet<string>): Map<string, string> {
  const result = new Map<string, string>();
  const used = new Set(taken);
  const exact = (key: string): number => (candidates.get(key) === key ? 0 : 1);
  const keys = [...candidates.keys()].sort((a, b) => exact(a) - exact(b) || compareStrings(a, b));
  const counts = new Map<string, number>();
  for (const key of keys) {
    const name = candidates.get(key)!;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  // Unique names are placed first so they keep their form; of a colliding group the first key keeps the plain name.
  for (const key of keys) {
    const name = candidates.get(key)!;
    if (counts.get(name) === 1 && !used.has(name)) {
      result.set(key, name);
      used.add(name);
    }
  }
  for (const key of keys) {
    if (result.has(key)) continue;
    const name = candidates.get(key)!;
    if (!used.has(name)) {
      result.set(key, name);
      used.add(name);
      continue;
    }
    let index = 2;
    while (used.has(`${name}${index}`)) index++;
    result.set(key, `${name}${index}`);
    used.add(`${name}${index}`);
  }
  return result;
}

/** Code-unit order: locale-independent, so output is identical on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Gives every schema key a TypeScript name that depends only on the key itself: a Kubernetes-style key
 * (`com.github.openshift.api.image.v1.ImageTag`) is named by its kind (`ImageTag`), any other key is PascalCased as a
 * whole (`issuing.authorization` → `IssuingAuthorization`), so adding a schema never renames another. Two exceptions,
 * both documented: kinds that share a name are qualified by as many preceding segments as it takes to tell them apart
 * (`ImageV1Image`, `ConfigV1Image`), and names that still collide take a numeric suffix in the sorted order of the keys
 * (a key spelt exactly like the name keeps it). `overrides` (the config's `names`) name any key outright; no other
 * key takes an overriding name.
 */
export function assignModelNames(
  keys: readonly string[],
  overrides: Readonly<Record<string, string>> = {},
): Map<string, string> {
  const fixed = new Map<string, string>();
  for (const key of keys) if (Object.hasOwn(overrides, key)) fixed.set(key, overrides[key]!);
  const automatic = keys.filter((key) => !fixed.has(key));
  const segmentsByKey = new Map(automatic.map((key) => [key, keySegments(key)] as const));
  const shortByKey = new Map(
    automatic.map((key) => [key, safeIdentifier(pascalCase(segmentsByKey.get(key)!.short), 'Schema')]),
  );
  const groups = new Map<string, string[]>();
  for (const key of automatic) {
    if (segmentsByKey.get(key)!.qualifiers.length === 0) continue;
    const short = shortByKey.get(key)!;
    groups.set(short, [...(groups.get(short) ?? []), key]);
  }
  const candidates = new Map<string, string>(shortByKey);
  for (const [short, group] of groups) {
    if (group.length === 1) continue;
    const depth = Math.max(...group.map((key) => segmentsByKey.get(key)!.qualifiers.length));
    let chosen = group.map(() => short);
    for (let take = 1; take <= depth; take++) {
      chosen = group.map((key) => {
        const { qualifiers } = segmentsByKey.get(key)!;
        return safeIdentifier(pascalCase(qualifiers.slice(-take).join('.')) + short, 'Schema');
      });
      if (new Set(chosen).size === chosen.length) break;
    }
    group.forEach((key, index) => candidates.set(key, chosen[index]!));
  }
  const result = dedupe(candidates, new Set(fixed.values()));
  for (const [key, name] of fixed) result.set(key, name);
  return result;
}

/** Why a name from the config's `names` map cannot name a type, or undefined when it can. */
export function invalidOverride(name: string): string | undefined {
  if (!isIdentifier(name)) return `"${name}" is not a TypeScript identifier`;
  if (RESERVED.has(name)) return `"${name}" is reserved (a keyword, a global, or a name the generated code declares)`;
  return undefined;
}

/** The group/version infix Kubernetes puts in operationIds: `image.openshift.io`, `v1` → `ImageOpenshiftIoV1`. */
export function kubernetesInfix(group: string, version: string): string {
  return pascalCase(group === '' ? 'core' : group) + pascalCase(version);
}

/** What names.ts needs to know about one operation to name it. */
export interface OperationNameInput {
  readonly operationId?: string;
  readonly method: string;
  readonly path: string;
  readonly group?: string;
  readonly version?: string;
}

/**
 * Client method name for one operation: Kubernetes operationIds lose their group/version infix, as in
 * `@kubernetes/client-node` (`readImageOpenshiftIoV1NamespacedImageTag` → `readNamespacedImageTag`); other
 * operationIds are camel-cased; without one, the method and the path's literal segments name it (`getPetsById`).
 */
export function operationBaseName(input: OperationNameInput): string {
  if (input.operationId !== undefined && input.operationId.length > 0) {
    let id = input.operationId;
    if (input.group !== undefined && input.version !== undefined) {
      const infix = kubernetesInfix(input.group, input.version);
      const at = id.indexOf(infix);
      if (at > 0 && /^[A-Z]/.test(id.slice(at + infix.length))) id = id.slice(0, at) + id.slice(at + infix.length);
    }
    return safeIdentifier(isIdentifier(id) ? id[0]!.toLowerCase() + id.slice(1) : camelCase(id), 'operation');
  }
  const segments = input.path.split('/').filter((segment) => segment.length > 0);
  const parts = segments.map((segment) => {
    const parameter = /^\{(.+)\}$/.exec(segment);
    return parameter ? `By ${parameter[1]}` : segment;
  });
  return safeIdentifier(camelCase([input.method, ...parts].join(' ')), 'operation');
}

/** Names every operation, resolving collisions with numeric suffixes in the sorted order of their ids. */
export function assignOperationNames(operations: ReadonlyMap<string, OperationNameInput>): Map<string, string> {
  const candidates = new Map<string, string>();
  for (const [id, input] of operations) candidates.set(id, operationBaseName(input));
  return dedupe(candidates, new Set());
}
