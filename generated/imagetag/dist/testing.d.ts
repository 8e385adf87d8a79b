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
export type FakeValidate = (value: unknown, options?: {
	readonly mode?: "request" | "response";
	readonly unknownFields?: "ignore" | "reject";
}) => {
	readonly valid: true;
} | {
	readonly valid: false;
	readonly errors: readonly FakeFieldError[];
};
/** A generated `validateXUpdate`: an update of one kind, its transition rules (`oldSelf`) included, when it has any. */
export type FakeValidateUpdate = (oldValue: unknown, newValue: unknown, options?: {
	readonly mode?: "request" | "response";
}) => {
	readonly valid: true;
} | {
	readonly valid: false;
	readonly errors: readonly FakeFieldError[];
};
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
/** One cause of a `Status` failure (metav1.StatusCause). */
export interface StatusCause {
	readonly reason?: string;
	readonly message?: string;
	readonly field?: string;
}
/** Details of a `Status` failure (metav1.StatusDetails). */
export interface StatusDetails {
	readonly name?: string;
	readonly group?: string;
	readonly kind?: string;
	readonly uid?: string;
	readonly causes?: readonly StatusCause[];
}
/** An API error, carried as the `Status` a Kubernetes API server sends (k8s.io/apimachinery/pkg/api/errors). */
export declare class StatusError extends Error {
	readonly code: number;
	readonly reason: string;
	readonly details: StatusDetails | undefined;
	constructor(code: number, reason: string, message: string, details?: StatusDetails);
	/** The `Status` object of the response body. */
	toStatus(): FakeObject;
}
/** A group and resource (plural) as errors name them: `pods`, `deployments.apps`. */
export interface GroupResource {
	readonly group: string;
	readonly plural: string;
}
/** `deployments.apps`, or `pods` for the core group. */
export declare function qualifiedResource(resource: GroupResource): string;
/** 404 NotFound: `pods "x" not found`. */
export declare function notFound(resource: GroupResource, name: string): StatusError;
/** 409 AlreadyExists: `pods "x" already exists`. */
export declare function alreadyExists(resource: GroupResource, name: string): StatusError;
/** 409 Conflict on a stale resourceVersion, worded as the registry words it. */
export declare function conflict(resource: GroupResource, name: string, why: string): StatusError;
/** 422 Invalid with one cause per field error: `Pod "x" is invalid: spec.containers: Required value`. */
export declare function invalid(kind: {
	readonly group: string;
	readonly kind: string;
}, name: string, errors: readonly FakeFieldError[]): StatusError;
/** 400 BadRequest. */
export declare function badRequest(message: string): StatusError;
/** 405 MethodNotAllowed. */
export declare function methodNotAllowed(): StatusError;
/** 415 UnsupportedMediaType, listing what the endpoint accepts. */
export declare function unsupportedMediaType(contentType: string, accepted: readonly string[]): StatusError;
/** 413 RequestEntityTooLarge. */
export declare function requestEntityTooLarge(limit: number): StatusError;
/** 410 Expired: a watch or continue token older than what the server keeps. */
export declare function expired(message: string): StatusError;
/** 404 NotFound for a path that serves nothing. */
export declare function pathNotFound(): StatusError;
/** 500 InternalError: a hook or the fake itself failed; the message says what. */
export declare function internalError(error: unknown): StatusError;
/** A JSON value as patches see it. */
type Json = unknown;
/** The reference tokens of a JSON pointer (RFC 6901), unescaped. */
export declare function parsePointer(pointer: string): string[];
/** Deep equality of JSON values (object key order does not matter). */
export declare function jsonEqual(left: Json, right: Json): boolean;
/** A deep copy of a JSON value. */
export declare function cloneJson<T>(value: T): T;
/** Applies an RFC 6902 JSON Patch to a copy of `document` (the input is not changed). */
export declare function applyJsonPatch(document: Json, patch: Json): Json;
/** Whether a value is a JSON object (not an array, not null). */
export declare function isJsonObject(value: unknown): value is Record<string, unknown>;
/** Applies an RFC 7386 JSON merge patch: objects merge key by key, `null` deletes, anything else replaces. */
export declare function applyMergePatch(target: unknown, patch: unknown): unknown;
/** One requirement of a label selector (k8s.io/apimachinery/pkg/labels). */
export interface LabelRequirement {
	readonly key: string;
	readonly operator: "exists" | "!" | "=" | "!=" | "in" | "notin" | "gt" | "lt";
	readonly values: readonly string[];
}
/** Parses a label selector (`a=b,c!=d,e in (f,g),!h,i`); a malformed one is a 400 BadRequest. */
export declare function parseLabelSelector(text: string): LabelRequirement[];
/** Whether a set of labels satisfies every requirement. */
export declare function matchesLabels(requirements: readonly LabelRequirement[], labels: Readonly<Record<string, string>>): boolean;
/** One requirement of a field selector. */
export interface FieldRequirement {
	readonly field: string;
	readonly equal: boolean;
	readonly value: string;
}
/** Parses a field selector (`metadata.name=x,metadata.namespace!=y`); unknown fields are a 400 BadRequest. */
export declare function parseFieldSelector(text: string): FieldRequirement[];
/** Whether an object satisfies every field requirement. */
export declare function matchesFields(requirements: readonly FieldRequirement[], object: FakeObject): boolean;
/** Follows `ref`s to the schema they name (bounded: a table cannot chain refs forever). */
export declare function resolvePatchSchema(schema: PatchSchema | undefined, schemas: PatchSchemas): PatchSchema | undefined;
/** The schema of one field of an object (a listed field, else the map's values). */
export declare function fieldPatchSchema(schema: PatchSchema | undefined, field: string, schemas: PatchSchemas): PatchSchema | undefined;
/**
* Applies a strategic merge patch (k8s.io/apimachinery/pkg/util/strategicpatch) to a copy of `original`: maps merge,
* lists merge by `x-kubernetes-patch-merge-key` where `x-kubernetes-patch-strategy` says `merge` and are replaced
* otherwise, with the `$patch: replace|delete`, `$retainKeys`, `$setElementOrder/` and `$deleteFromPrimitiveList/`
* directives. Returns undefined when the patch deletes the value (`$patch: delete`).
*/
export declare function mergeStrategic(original: unknown, patch: unknown, schema: PatchSchema | undefined, schemas: PatchSchemas): unknown;
/** A change to one object, as watch streams it. */
export interface StoreEvent {
	readonly type: "ADDED" | "MODIFIED" | "DELETED";
	/** The revision of the change (the object's new `metadata.resourceVersion`). */
	readonly revision: number;
	/** `<group>/<plural>`. */
	readonly resource: string;
	readonly namespace: string;
	readonly name: string;
	readonly object: FakeObject;
	/** The object before the change (undefined for ADDED): how a past snapshot is rebuilt. */
	readonly previous: FakeObject | undefined;
}
/** Called for every change, in revision order. */
export type StoreListener = (event: StoreEvent) => void;
/** The metadata object of an object (created when absent or not an object). */
export declare function metadataOf(object: FakeObject): Record<string, unknown>;
/**
* The fake's storage: every object of every resource, one monotonic revision across the server (the
* `resourceVersion`), and a bounded history of changes for watches and consistent paged lists.
*/
export declare class FakeStore {
	private revision;
	private readonly resources;
	private readonly history;
	private readonly listeners;
	private readonly historyLimit;
	private readonly nextRevision;
	constructor(options?: {
		historyLimit?: number;
		nextRevision?: (current: number) => number;
	});
	/** The current revision of the whole store. */
	get currentRevision(): number;
	/** The oldest revision a watch or a continue token can start from. */
	get oldestRevision(): number;
	private objectsOf;
	/** A copy of one object, or undefined. */
	get(resource: string, namespace: string, name: string): FakeObject | undefined;
	/** Copies of the objects of a resource (in one namespace, or all), sorted by namespace and name. */
	list(resource: string, namespace?: string): FakeObject[];
	/** The objects of a resource as they were at `revision` (undefined when the history no longer reaches it). */
	listAt(resource: string, revision: number, namespace?: string): FakeObject[] | undefined;
	private entries;
	/** Stores an object (ADDED or MODIFIED), stamping the next revision as its resourceVersion; returns a copy. */
	put(resource: string, namespace: string, name: string, object: FakeObject): FakeObject;
	/** Removes an object; the DELETED event carries it with the deletion's revision. Returns that copy. */
	delete(resource: string, namespace: string, name: string): FakeObject | undefined;
	private record;
	/** The changes after `revision`, oldest first; undefined when the history no longer reaches back that far. */
	eventsSince(revision: number): StoreEvent[] | undefined;
	/** Calls `listener` for every future change; returns the function that stops it. */
	subscribe(listener: StoreListener): () => void;
}
/** Who writes, how, and with which merge metadata (the inputs of server-side field management). */
export interface ManagerContext {
	readonly manager: string;
	readonly operation: "Apply" | "Update";
	readonly apiVersion: string;
	readonly time: string;
	readonly subresource: string | undefined;
	/** The model name of the kind in the patch schema table. */
	readonly schema: string | undefined;
	readonly schemas: PatchSchemas;
}
/**
* Records a non-apply write (create, update, patch) in `next.metadata.managedFields`: the writer owns every field
* it changed, other managers lose those fields, and fields that are gone leave every set.
*/
export declare function applyManagedFields(old: FakeObject | undefined, next: FakeObject, context: ManagerContext): void;
/** A field path as conflicts print it: `.spec.containers[name="c"].image`, `.metadata.finalizers[="x"]`. */
export declare function formatFieldPath(encoded: string): string;
/**
* Server-side apply: merges the applied configuration into the live object (or an empty one), removes the fields
* this manager applied before and no longer applies (unless another manager owns them), and records ownership. A
* field another manager owns with a different value is a 409 Conflict unless `force` takes it over.
*/
export declare function applyFieldManagement(old: FakeObject | undefined, applied: FakeObject, force: boolean, context: ManagerContext): FakeObject;
/**
* The error `time.Parse` returns for `text` with the RFC 3339 layout (`micro`: with six fractional digits, as
* MicroTime), or undefined when it parses.
*/
export declare function goTimeParseError(text: string, micro?: boolean): string | undefined;
/** The error base64.StdEncoding.Decode gives for a `[]byte` field's string, or undefined when it decodes. */
export declare function goBase64Error(text: string): string | undefined;
/**
* A JSON body as Go's decoder reads it: members in the order written (a repeated name read again, as Go does) and
* each number with its own text (`2.0`, `1e3`, `9223372036854775808`), which Go parses by the field's type where
* JSON.parse would have made a double of it.
*/
/** A JSON number and the text it was written as (undefined: only its value is known, the body came parsed). */
export declare class GoNumber {
	readonly value: number;
	readonly text: string | undefined;
	constructor(value: number, text: string | undefined);
}
/** A JSON object's members in the order Go reads them. */
export declare class GoObject {
	readonly entries: readonly (readonly [string, GoJson])[];
	constructor(entries: readonly (readonly [string, GoJson])[]);
}
/** A JSON value as the decoder walks it. */
export type GoJson = null | boolean | string | GoNumber | GoObject | readonly GoJson[];
/** Reads well-formed JSON text (JSON.parse has accepted it) into the decoder's tree. */
export declare function readGoJson(text: string): GoJson;
/**
* A parsed value as the decoder's tree: members in JavaScript's order, or sorted as Go marshals a map (a patch's
* result); numbers by their value only.
*/
export declare function fromParsed(value: unknown, sorted: boolean): GoJson;
/**
* The error Go's JSON decoder (sigs.k8s.io/json, encoding/json's rules, case-sensitive) gives when a body is decoded
* into a built-in kind's Go struct, found by walking the body against the kind's schema in the spec's OpenAPI
* document. As in Go: the values are read in the body's order; a value of the wrong JSON kind, an integer out of
* range and bad base64 are kept (the first one is the error) while decoding goes on; a field type's own
* UnmarshalJSON (Time, MicroTime, Quantity, IntOrString) stops decoding with its error. A type error names the
* innermost struct and the path of JSON field names to it (`EnvVar.spec.template.spec.containers.env.value`).
* Given the body's text, it reads it as Go does (go-json-text.ts): members in the order written, a repeated name
* twice, and each number by its text (`2.0` is not an integer to Go, `9223372036854775808` overflows int64).
* Known gaps: a Go named scalar type (`v1.Protocol`) is not in the OpenAPI document, so the error names the JSON
* type's own (`string`); a body given parsed (no text) has JavaScript's property order and numbers' values only; a
* quantity string's escapes are decoded before ParseQuantity reads it, where Go's UnmarshalJSON keeps them.
*/
export declare class GoDecoder {
	private readonly document;
	private schemas;
	private readonly roots;
	constructor(document: () => Record<string, unknown>);
	/**
	* The decoder's error for `object` as `resource` (undefined: none), or undefined when the kind has no schema.
	* `sorted`: the object was re-encoded from a Go map, keys in order (a merge or JSON patch's result). `text`: the
	* body as sent, which `object` was parsed from.
	*/
	decode(resource: ResourceSpec, object: FakeObject, sorted?: boolean, text?: string): GoDecoded | undefined;
}
/** What decoding a body found. */
export interface GoDecoded {
	/** The error that fails the request (400), if any. */
	readonly refusal: string | undefined;
	/**
	* The strict decoding errors (sigs.k8s.io/json's DisallowUnknownFields and DisallowDuplicateFields), in the body's
	* order: `unknown field "spec.x"`, `duplicate field "spec.template.spec.containers[0].image"`. A struct field both
	* unknown and repeated is reported once, as unknown; members of a map are not checked here.
	*/
	readonly strict: readonly string[];
}
/** What the write options of a request say (`dryRun`, `fieldValidation`). */
export interface WriteOptions {
	readonly dryRun: boolean;
	readonly fieldValidation: "Strict" | "Warn" | "Ignore";
}
/** Reads `dryRun` and `fieldValidation` from the query; bad values are a 400 as on a real server. */
export declare function writeOptions(query: URLSearchParams): WriteOptions;
/** Splits a Kubernetes field path (`spec.containers[0].name`, `metadata.labels[app]`) into segments. */
export declare function fieldPathSegments(path: string): string[];
/** Whether a validator's error is one Go's decoder reports before any validation runs (typed resources only). */
export declare function isDecodeError(error: FakeFieldError): boolean;
/**
* Go's decoder for a typed kind: its refusal, or undefined when the spec has no schema for the kind. `source`: the
* request body as the handler parsed it, before the engine's copy (the server knows the text it came from).
*/
export type GoDecode = (resource: ResourceSpec, object: FakeObject, sorted: boolean, source?: unknown) => {
	readonly refusal: string | undefined;
	readonly strict?: readonly string[];
} | undefined;
/**
* Where a body is decoded: a create or update body (`body`: the handler's decoder answers 400 BadRequest), or the
* result of a patch (`patch`: patch.go decodes the patched JSON and answers 422 Invalid on the field `patch`).
*/
export type DecodeStage = "body" | "patch";
/**
* Decodes as the server's decoder does. For a typed resource (a built-in or aggregated API, decoded into its Go
* struct), a value of a JSON kind the Go field cannot hold fails the request whatever `fieldValidation` says:
* `<Kind> in version "<v>" cannot be handled as a <Kind>` (k8s.io/apiserver/pkg/endpoints/handlers/create.go and
* update.go); a custom resource decodes to plain JSON, and its schema reports such values as 422 field errors. Then
* unknown fields fail a Strict request (`strict decoding error`), become `Warning` headers under Warn, and are
* dropped from the object otherwise. Returns the warnings.
*/
export declare function decodeFields(resource: ResourceSpec, object: FakeObject, options: WriteOptions, stage?: DecodeStage, goDecode?: GoDecode, source?: unknown): string[];
/**
* Validates a create or update as the registry does: the generated validator (request mode), the transition
* validator on update, and the resource's hooks; every failure together is one 422 Invalid.
*/
export declare function validateWrite(resource: ResourceSpec, hooks: ResourceHooks | undefined, object: FakeObject, context: HookContext): void;
/** What the write operations need from the server: storage, merge metadata, hooks and the generators. */
export interface EngineConfig {
	readonly store: FakeStore;
	readonly schemas: PatchSchemas;
	readonly hooks: HooksByResource;
	readonly now: () => Date;
	readonly uid: () => string;
	/** The random suffix `generateName` gets (five characters on a real server). */
	readonly nameSuffix: () => string;
	/** Go's JSON decoder over the spec's schemas, for typed kinds (admission.ts decodeFields). */
	readonly goDecode?: GoDecode;
}
/** The object (or collection) a request addresses. */
export interface Target {
	readonly resource: ResourceSpec;
	/** The namespace of a namespaced path (undefined for cluster-scoped paths and all-namespace lists). */
	readonly namespace: string | undefined;
	readonly name?: string;
	readonly subresource?: string;
}
/** A response: status code, body and `Warning` header texts. */
export interface Outcome {
	readonly status: number;
	readonly body: FakeObject;
	readonly warnings?: readonly string[];
}
/** The media types PATCH accepts. */
export declare const PATCH_TYPES: readonly ["application/json-patch+json", "application/merge-patch+json", "application/strategic-merge-patch+json", "application/apply-patch+yaml"];
/** The store key of a resource: `<group>/<version>/<plural>`. */
export declare function storeKey(resource: ResourceSpec): string;
/** `apps/v1`, or `v1` for the core group. */
export declare function apiVersionOf(resource: ResourceSpec): string;
/** A time as the API server prints `metav1.Time`: RFC 3339 in UTC, whole seconds. */
export declare function formatTime(date: Date): string;
/** Creates an object (POST to a collection). */
export declare function createObject(config: EngineConfig, target: Target, body: unknown, query: URLSearchParams, manager: string, appliedManagedFields?: unknown): Outcome;
/** The stored object a named request addresses, or 404. */
export declare function readObject(config: EngineConfig, target: Target): FakeObject;
/** Replaces an object (PUT). */
export declare function replaceObject(config: EngineConfig, target: Target, body: unknown, query: URLSearchParams, manager: string): Outcome;
/** Patches an object (PATCH) with a JSON patch, a merge patch, a strategic merge patch or a server-side apply. */
export declare function patchObject(config: EngineConfig, target: Target, body: unknown, contentType: string, query: URLSearchParams, manager: string | undefined): Outcome;
/** The label and field filter of a request, from `labelSelector` and `fieldSelector` (plus a name from the path). */
export declare function objectFilter(query: URLSearchParams, name?: string): (object: FakeObject) => boolean;
/** Lists a collection: selectors, `limit`/`continue` pages that all read one snapshot, and the `ListMeta`. */
export declare function listObjects(config: EngineConfig, target: Target, query: URLSearchParams): FakeObject;
/** Whether the client asked for a `Table` (kubectl's human-readable output). */
export declare function wantsTable(accept: string): boolean;
/** Objects as a `meta.k8s.io/v1` Table with the generic columns (Name, Created At), as servers print custom resources. */
export declare function asTable(objects: readonly FakeObject[], resourceVersion: string | undefined, includeObject: string): FakeObject;
/** Deletes one object: preconditions, finalizers (the object stays, marked for deletion), dry run. */
export declare function deleteObject(config: EngineConfig, target: Target, body: unknown, query: URLSearchParams, returns: "object" | "status"): Outcome;
/** Deletes every object a list with the same selectors would return; the response lists them. */
export declare function deleteCollection(config: EngineConfig, target: Target, body: unknown, query: URLSearchParams, returns: "object" | "status"): Outcome;
/** Where watch events go: one JSON object per event, and the end of the stream. */
export interface WatchSink {
	send(event: {
		readonly type: string;
		readonly object: FakeObject;
	}): void;
	end(): void;
}
/** What a watch request asks for. */
export interface WatchRequest {
	readonly resource: ResourceSpec;
	readonly namespace: string | undefined;
	/** From the legacy `/watch/.../{name}` path. */
	readonly name?: string;
	readonly query: URLSearchParams;
	/** How often a BOOKMARK is sent when the client allows them. */
	readonly bookmarkIntervalMs: number;
}
/**
* Starts a watch: the initial state as ADDED events (no resourceVersion, or "0"), or the changes after the given
* resourceVersion (an ERROR event with a 410 Expired `Status` when the history no longer reaches it), then every
* change as it happens, filtered by namespace and selectors (an object that stops matching is DELETED for this
* watcher), with BOOKMARKs when allowed and an end after `timeoutSeconds`. Returns the function that stops it.
*/
export declare function startWatch(store: FakeStore, request: WatchRequest, sink: WatchSink): () => void;
/** Subresources the fake serves (others are listed by the spec but not served). */
export declare const SERVED_SUBRESOURCES: readonly string[];
/** Kubernetes version priority: GA before beta before alpha, higher numbers first (`v2`, `v1`, `v1beta2`, ...). */
export declare function compareVersions(a: string, b: string): number;
/** `GET /version`. */
export declare function versionInfo(gitVersion: string): FakeObject;
/** `GET /api`: the core group's versions. */
export declare function coreVersions(resources: readonly ResourceSpec[], address: string): FakeObject;
/** `GET /apis`: every named group. */
export declare function groupList(resources: readonly ResourceSpec[]): FakeObject;
/** `GET /apis/<group>`, or undefined when the group is not served. */
export declare function groupOf(resources: readonly ResourceSpec[], name: string): FakeObject | undefined;
/** `GET /api/v1` or `/apis/<group>/<version>`: an APIResourceList, or undefined when not served. */
export declare function resourceList(resources: readonly ResourceSpec[], group: string, version: string): FakeObject | undefined;
/** The media type of aggregated discovery (`apidiscovery.k8s.io/v2`), when the client accepts it. */
export declare function aggregatedDiscoveryType(accept: string): string | undefined;
/** Aggregated discovery: the core group (`/api`) or every named group (`/apis`) with their resources. */
export declare function aggregatedDiscovery(resources: readonly ResourceSpec[], core: boolean, mediaType: string): FakeObject;
/** OpenAPI v3 documents per group/version, from the document the package was generated from. */
export declare class OpenApiV3 {
	private readonly resources;
	private readonly document;
	private readonly documents;
	constructor(resources: readonly ResourceSpec[], document: () => Record<string, unknown>);
	/** `GET /openapi/v3`: the index of group/version documents. */
	index(): FakeObject;
	/** The JSON text of one group/version document, or undefined when not served. */
	documentOf(path: string): {
		text: string;
		hash: string;
	} | undefined;
}
/** What a resource path addresses. */
export interface Route {
	readonly resource: ResourceSpec;
	readonly namespace: string | undefined;
	readonly name: string | undefined;
	readonly subresource: string | undefined;
	/** The legacy `/watch/` prefix. */
	readonly watch: boolean;
}
/**
* Matches decoded path segments (`api/v1/namespaces/ns/pods/x/status`, `apis/apps/v1/watch/deployments`) to a
* resource of the table. `/api/v1/namespaces/{name}` is the namespace object itself, not a namespaced path.
*/
export declare function route(resources: readonly ResourceSpec[], segments: readonly string[]): Route | undefined;
/** What the generated `testing` entry passes in: the spec's resource table, merge metadata and OpenAPI document. */
export interface FakeApi {
	readonly resources: readonly ResourceSpec[];
	readonly schemas: PatchSchemas;
	/** The OpenAPI document the package was generated from (parsed on first use). */
	readonly openapi: () => Record<string, unknown>;
	/** Hooks the generator ships for this spec (the caller's hooks replace them per resource). */
	readonly hooks?: HooksByResource;
}
/** Options of `createFakeServer`. Everything is optional; the defaults behave as a fresh cluster would. */
export interface FakeServerOptions {
	/** Objects present from the start (each needs `apiVersion`, `kind` and `metadata.name`; namespaced ones default to `default`). */
	readonly objects?: readonly FakeObject[];
	/** The clock for `creationTimestamp`, managed fields and deletion timestamps. */
	readonly now?: () => Date;
	/** The `metadata.uid` generator. */
	readonly uid?: () => string;
	/** The next revision (`resourceVersion`) after the current one; must grow. */
	readonly nextResourceVersion?: (current: number) => number;
	/** The suffix `generateName` gets. */
	readonly nameSuffix?: () => string;
	/** Per-resource hooks (`<plural>.<group>`), for server rules the schema cannot say. */
	readonly hooks?: HooksByResource;
	/** The largest request body accepted (a real server's limit is 3 MiB). */
	readonly maxBodyBytes?: number;
	/** The port on 127.0.0.1 (0, the default, picks a free one). */
	readonly port?: number;
	/** What `/version` reports. */
	readonly serverVersion?: string;
	/** How often watches that allow bookmarks get one (ms). */
	readonly bookmarkIntervalMs?: number;
	/** How many changes are kept for watches and paged lists (older resourceVersions are 410 Expired). */
	readonly historyLimit?: number;
}
/** A running fake API server. */
export interface FakeServer {
	/** `http://127.0.0.1:<port>`. */
	readonly url: string;
	readonly port: number;
	/** Every stored object of a resource (`<group>/<version>/<plural>`, e.g. `apps/v1/deployments`). */
	objects(resource: string): FakeObject[];
	/** Stops listening, ends every watch and closes every connection. */
	close(): Promise<void>;
}
/** Starts a fake API server for a generated resource table on 127.0.0.1. */
export declare function startFakeServer(api: FakeApi, options?: FakeServerOptions): Promise<FakeServer>;
/**
* Starts an in-memory Kubernetes-style API server for this API on 127.0.0.1 (a free port unless `options.port`):
* CRUD, validation with the generated validators, lists with selectors and paging, JSON, merge and strategic merge
* patches, server-side apply, watch, discovery and OpenAPI. `await server.close()` when done.
*/
export declare function createFakeServer(options?: FakeServerOptions): Promise<FakeServer>;
export {};
//# sourceMappingURL=testing.d.ts.map
