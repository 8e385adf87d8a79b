/** A JSON object as the fake server stores and returns it. */
export type FakeObject = Record<string, unknown>;

/** One field error as the generated validators report it. */
export interface FakeFieldError {
  readonly path: string;
  readonly type: string;
  readonly message: string;
  /** The value the error is about, where the validator gives it. */
  readonly value?: unknown;
}

/** A generated `validateX`: the request-mode validator of one kind (validators.ts). */
export type FakeValidate = (
  value: unknown,
  options?: { readonly mode?: "request" | "response"; readonly unknownFields?: "ignore" | "reject" },
) => { readonly valid: true } | { readonly valid: false; readonly errors: readonly FakeFieldError[] };

/** A generated `validateXUpdate`: an update of one kind, its transition rules (`oldSelf`) included, when it has any. */
export type FakeValidateUpdate = (
  oldValue: unknown,
  newValue: unknown,
  options?: { readonly mode?: "request" | "response" },
) => { readonly valid: true } | { readonly valid: false; readonly errors: readonly FakeFieldError[] };

/** How one list field merges: the `x-kubernetes-list-*` and `x-kubernetes-patch-*` extensions of the spec. */
export interface ListSchema {
  /** `atomic`, `set` or `map` (server-side apply). */
  readonly listType?: string;
  /** `x-kubernetes-list-map-keys`. */
  readonly mapKeys?: readonly string[];
  /** `x-kubernetes-patch-strategy`, e.g. `merge`, `replace` or `merge,retainKeys` (strategic merge patch). */
  readonly patchStrategy?: string;
  /** `x-kubernetes-patch-merge-key`. */
  readonly patchMergeKey?: string;
}

/**
 * The merge-relevant shape of a kind: only the paths that lead to a list with merge semantics or an atomic map.
 * `ref` names another entry of the table, so recursive schemas stay finite.
 */
export interface PatchSchema {
  readonly ref?: string;
  readonly fields?: Readonly<Record<string, PatchSchema>>;
  /** The schema of every array item. */
  readonly items?: PatchSchema;
  /** The schema of every map value (`additionalProperties`). */
  readonly values?: PatchSchema;
  readonly list?: ListSchema;
  /** `x-kubernetes-map-type` (`atomic` or `granular`) or `x-kubernetes-patch-strategy` of an object. */
  readonly mapType?: string;
}

/** Named patch schemas, by model name. */
export type PatchSchemas = Readonly<Record<string, PatchSchema>>;

/** One resource the fake serves: the per-spec table the generator emits has one entry per group/version/plural. */
export interface ResourceSpec {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  readonly plural: string;
  readonly namespaced: boolean;
  /** Discovery verbs: get, list, create, update, patch, delete, deletecollection, watch. */
  readonly verbs: readonly string[];
  /** Subresources the spec serves, e.g. `status`, `scale`. */
  readonly subresources: readonly string[];
  /** The kind of the list response, e.g. `PodList`. */
  readonly listKind: string;
  /** The model name of the kind in the patch schema table (undefined: no merge metadata). */
  readonly patchSchema?: string;
  readonly validate?: FakeValidate;
  readonly validateUpdate?: FakeValidateUpdate;
  /**
   * Decoded into its Go struct (a built-in or aggregated API), so Go's JSON decoder refuses a value of the wrong JSON
   * kind before validation; a custom resource (absent) decodes to plain JSON and its schema reports such values.
   */
  readonly typed?: boolean;
}

/** What a hook sees of the request being served. */
export interface HookContext {
  readonly resource: ResourceSpec;
  readonly namespace: string | undefined;
  readonly name: string | undefined;
  /** The stored object before the change (update, patch, delete). */
  readonly old?: FakeObject;
  readonly dryRun: boolean;
}

/**
 * Per-resource behaviour the schema cannot say (server strategies): each hook may change the object in place, return
 * field errors (reported as 422 Invalid), or throw a `StatusError`.
 */
export interface ResourceHooks {
  /** Before validation on create (a server's `PrepareForCreate`). */
  readonly prepareForCreate?: (object: FakeObject, context: HookContext) => void;
  /** Before validation on update and patch (`PrepareForUpdate`). */
  readonly prepareForUpdate?: (object: FakeObject, context: HookContext) => void;
  /** Extra validation on create (`Validate`). */
  readonly validateCreate?: (object: FakeObject, context: HookContext) => readonly FakeFieldError[] | void;
  /** Extra validation on update (`ValidateUpdate`). */
  readonly validateUpdate?: (object: FakeObject, context: HookContext) => readonly FakeFieldError[] | void;
  /** The verbs the server really serves, when fewer than the spec advertises (e.g. no `watch`). */
  readonly verbs?: readonly string[];
  /** What DELETE returns: the deleted object (the default) or a `Status` of success. */
  readonly deleteReturns?: "object" | "status";
}

/** Hooks by resource: `<plural>.<group>` (`pods`, `deployments.apps`, `imagetags.image.openshift.io`). */
export type HooksByResource = Readonly<Record<string, ResourceHooks>>;
