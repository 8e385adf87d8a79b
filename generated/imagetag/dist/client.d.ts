import type { DeleteOptions, ImageTag, ImageTagList, Status } from "./types.js";
import type { FieldError } from "./validators.js";
/** How a client reaches the server. */
export interface ClientOptions {
	/**
	* The server's base URL, e.g. `https://api.example.com:6443`; a path prefix is kept. Default: the spec's first
	* server. A base URL without a path gets the server's path (a relative server URL, or Swagger's `basePath`).
	*/
	readonly baseUrl?: string;
	/** Values for the first server's URL variables (default: the spec's defaults). */
	readonly serverVariables?: Readonly<Record<string, string>>;
	/** Credentials by security scheme name; each operation sends what its `security` requirement names. */
	readonly auth?: ClientAuth;
	/**
	* A bearer token, or a function returning one (called before each request, so tokens can rotate). A function that
	* declares a parameter is called again with `{ refresh: true }` after a 401, and the request is sent once more.
	*/
	readonly token?: string | ((request?: {
		readonly refresh: boolean;
	}) => string | Promise<string>);
	/** Headers sent with every request. */
	readonly headers?: Readonly<Record<string, string>>;
	/** The fetch to use (default: the global one); inject one for TLS settings, proxies or tests. */
	readonly fetch?: typeof fetch;
	/** Abort a request that has not completed after this many milliseconds (default: no limit). */
	readonly timeoutMs?: number;
	/** The User-Agent header (ignored by browsers, which set their own). */
	readonly userAgent?: string;
	/** `response`: check every success body with the generated response-mode validator. Default `off`. */
	readonly validateResponses?: "off" | "response";
	/** Retry 429 and 503 responses, honouring Retry-After. Off by default; `true` means the defaults below. */
	readonly retry?: boolean | RetryOptions;
}
/** When to retry. */
export interface RetryOptions {
	/** Retries after the first attempt (default 3). */
	readonly retries?: number;
	/** `safe` (default) retries only GET, HEAD and OPTIONS; `all` also retries writes, which may then apply twice. */
	readonly methods?: "safe" | "all";
	/** The first wait when the server sends no Retry-After (default 500 ms), doubled on each retry. */
	readonly baseDelayMs?: number;
	/** The longest wait, Retry-After included (default 30 s). */
	readonly maxDelayMs?: number;
}
/** Per-request options. */
export interface RequestOptions {
	readonly signal?: AbortSignal;
	readonly headers?: Readonly<Record<string, string>>;
	readonly timeoutMs?: number;
}
/** A decoded body with the status and headers of the response (`client.withResponse`). */
export interface ApiResponse<T> {
	readonly data: T;
	readonly status: number;
	/** Rate limits, `Link`, `ETag`, ... */
	readonly headers: Headers;
}
/** The promise-returning methods of a client, each resolving to an {@link ApiResponse} instead of the body alone. */
export type WithResponse<C> = { readonly [K in keyof C as C[K] extends (...args: never[]) => Promise<unknown> ? K : never]: C[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<ApiResponse<R>> : never };
/** Fields every client error carries: the method and the URL (never credentials). */
declare abstract class $ClientError extends Error {
	readonly method: string;
	readonly url: string;
	constructor(message: string, method: string, url: string, options?: {
		cause?: unknown;
	});
}
/** The server answered with a non-2xx status. `apiStatus` is the decoded Kubernetes `Status`, when the body is one. */
export declare class ApiError extends $ClientError {
	readonly status: number;
	readonly apiStatus: Status | undefined;
	/** The Kubernetes reason (`NotFound`, `Conflict`, `Invalid`, ...), when the body says. */
	readonly reason: string | undefined;
	/** The decoded body: a `Status`, other JSON, or the text. */
	readonly body: unknown;
	constructor(method: string, url: string, status: number, body: unknown);
}
/** The request never got an answer: DNS, connection refused or reset, TLS failure. */
export declare class NetworkError extends $ClientError {
	constructor(method: string, url: string, cause: unknown);
}
/** The request took longer than `timeoutMs`. */
export declare class TimeoutError extends $ClientError {
	readonly timeoutMs: number;
	constructor(method: string, url: string, timeoutMs: number);
}
/** The caller's signal aborted the request. */
export declare class AbortError extends $ClientError {
	constructor(method: string, url: string, reason: unknown);
}
/** A success body failed the response-mode validator (`validateResponses: "response"`). */
export declare class ResponseValidationError extends $ClientError {
	readonly status: number;
	readonly errors: readonly FieldError[];
	readonly body: unknown;
	constructor(method: string, url: string, status: number, errors: readonly FieldError[], body: unknown);
}
/** One JSON Patch (RFC 6902) operation. */
export type JsonPatchOperation = {
	readonly op: "add" | "replace" | "test";
	readonly path: string;
	readonly value: unknown;
} | {
	readonly op: "remove";
	readonly path: string;
} | {
	readonly op: "move" | "copy";
	readonly from: string;
	readonly path: string;
};
/** Any subset of `T`, recursively; `null` deletes a field in a merge patch. Arrays are replaced whole. */
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> | null } : T;
/** A JSON Patch: `application/json-patch+json`. */
export interface JsonPatch {
	readonly type: "json";
	readonly operations: readonly JsonPatchOperation[];
}
/** A JSON Merge Patch (RFC 7386): `application/merge-patch+json`. */
export interface MergePatch<T> {
	readonly type: "merge";
	readonly body: DeepPartial<T>;
}
/** A Kubernetes strategic merge patch: `application/strategic-merge-patch+json`. */
export interface StrategicMergePatch<T> {
	readonly type: "strategic-merge";
	readonly body: DeepPartial<T>;
}
/** A server-side apply configuration: `application/apply-patch+yaml` (sent as JSON, which is YAML). */
export interface ApplyPatch<T> {
	readonly type: "apply";
	readonly body: DeepPartial<T>;
}
interface $Config {
	/** The base URL without user:password (fetch refuses credentials in a URL, and its error would echo them). */
	readonly baseUrl: string;
	/** `Basic ...` from the base URL's user:password, sent when there is no token. */
	readonly basic: string | undefined;
	readonly options: ClientOptions;
	readonly fetch: typeof fetch;
	readonly schemes: Readonly<Record<string, $Scheme>>;
	/** The API-wide security requirement. */
	readonly security: readonly (readonly string[])[];
	/** Resolve to `{ data, status, headers }` rather than the body alone. */
	readonly withResponse?: boolean;
	/** Checks success bodies (`$checkResponse`): createClient's, for its methods' validators. */
	readonly checkResponse?: typeof $checkResponse | undefined;
}
/** A generated response-mode validator. */
type $Validate = (value: unknown, options: {
	mode: "response";
}) => {
	valid: boolean;
};
interface $RequestSpec {
	readonly method: string;
	readonly path: string;
	readonly query: readonly (readonly [string, unknown, boolean, $Style?, boolean?])[];
	readonly headers: readonly (readonly [string, unknown, boolean?])[];
	readonly cookies?: readonly (readonly [string, unknown, boolean])[];
	readonly security?: readonly (readonly string[])[] | undefined;
	readonly styles: $Styles | undefined;
	/** The body's encoder (none: the operation sends no body). */
	readonly encode: $Encode | undefined;
	readonly body: unknown;
	readonly contentType: string | undefined;
	/** The body's encoding entries by property (form and multipart). */
	readonly encoding?: $Encodings | undefined;
	/** Headers of multipart parts, by part name, as the caller gave them. */
	readonly partHeaders?: unknown;
	readonly patchTypes: Readonly<Record<string, string>> | undefined;
	readonly reader: $Reader;
	readonly validate: $Validate | undefined;
	readonly safe: boolean;
}
/**
* A configured client: what the standalone operation functions take. `createClientCore` makes one without any method
* (so a bundle carries only the operations it calls); the client `createClient` makes is one too.
*/
export interface ClientCore {
	/** The resolved options (internal). */
	readonly $config: $Config;
}
/**
* Checks a success body with the operation's response-mode validator when `validateResponses` asks. Only
* createClient names it (its methods pass the validators), so a bundle of standalone calls carries none of it.
*/
declare function $checkResponse(config: $Config, spec: $RequestSpec, url: string, status: number, body: unknown): void;
/** What a streamed body's events need of the call: request and URL for typed errors, the caller's abort listener. */
interface $StreamCall {
	readonly spec: $RequestSpec;
	readonly url: string;
	readonly signal: AbortSignal | undefined;
	readonly onAbort: () => void;
}
/** How one property of a form or multipart body goes on the wire: its entry of the spec's `encoding` object. */
interface $Encoding {
	/** The part's media type (multipart), or how a form value is written (JSON when it names JSON). */
	readonly contentType?: string;
	/** Set when the spec gives style, explode or allowReserved: the value is serialized as a query parameter is. */
	readonly style?: $Style;
	readonly explode?: boolean;
	readonly allowReserved?: boolean;
}
/** The encoding entries of one body, by property. */
type $Encodings = Readonly<Record<string, $Encoding>>;
/** Bytes a binary body may be given as. */
export type BinaryBody = Blob | ArrayBuffer | Uint8Array | ReadableStream<Uint8Array>;
/** One server-sent event: `data` decoded as JSON (the raw text when it is not JSON), with the event's fields. */
export interface ServerSentEvent<T> {
	readonly data: T;
	/** The `event:` field, when the server named the event. */
	readonly event: string | undefined;
	/** The last `id:` seen on the stream (the one to resume from). */
	readonly id: string | undefined;
	/** The `retry:` field in milliseconds, when this event carried one. */
	readonly retry: number | undefined;
}
/**
* The body fetch sends and its content type (`undefined`: fetch's own, as for multipart). RequestInit["body"], not
* BodyInit: @types/node declares the former globally, only the DOM lib the latter.
*/
interface $Encoded {
	readonly body: NonNullable<RequestInit["body"]>;
	readonly contentType: string | undefined;
}
/** How an operation's request body goes on the wire, from the caller's value; undefined when there is none. */
type $Encode = (value: unknown, spec: $RequestSpec) => $Encoded | undefined;
/** How an operation's success body is read, and the `accept` header that asks for it. */
interface $Reader {
	readonly accept: string;
	/** The decoded body; none (the body discarded) when absent. */
	readonly read?: (response: Response) => Promise<unknown>;
	/** A streamed body's events, handed to the caller as they arrive. */
	readonly events?: (response: Response, call: $StreamCall) => AsyncGenerator<unknown, void, undefined>;
	/** JSON is expected: a success body that is not JSON is an `ApiError`. */
	readonly json?: true;
}
/** An OpenAPI parameter style. */
type $Style = "form" | "simple" | "label" | "matrix" | "spaceDelimited" | "pipeDelimited" | "deepObject";
/** A path parameter in its style (simple, label or matrix); a simple primitive is one segment, never `.` or `..`. */
declare function $pathParam(value: unknown, name: string, style?: $Style, explode?: boolean): string;
/** A query parameter in its style, as `key=value` pairs already encoded (none when the value is absent). */
declare function $queryPairs(name: string, value: unknown, style?: $Style, explode?: boolean, allowReserved?: boolean): string[];
/** A header parameter (simple style) as its value. */
declare function $headerValue(value: unknown, explode?: boolean): string;
/** Cookie parameters (form style) as `name=value` pairs, values percent-encoded. */
declare function $cookiePairs(name: string, value: unknown, explode?: boolean): string[];
/**
* The serializers of OpenAPI's parameter styles beyond what a Kubernetes request needs (its paths are simple, its
* query entries plain, and it has no header or cookie parameters): named by the recipes that need them
* (`styles: $styles`) and by nothing else, so a bundle of Kubernetes operations carries none of them.
*/
interface $Styles {
	/** A path parameter in a style the recipe's `pathStyles` gives. */
	readonly path: typeof $pathParam;
	/** A query parameter in the style its recipe entry gives. */
	readonly query: typeof $queryPairs;
	/** A header parameter's value. */
	readonly header: typeof $headerValue;
	/** A cookie parameter's pairs. */
	readonly cookie: typeof $cookiePairs;
}
/** A credential: the value, or a function returning it (called before each request, so it can rotate). */
export type Credential = string | (() => string | Promise<string>);
/** HTTP basic credentials. */
export interface BasicCredentials {
	readonly username: string;
	readonly password: string;
}
/** How one security scheme is sent. */
type $Scheme = {
	readonly kind: "apiKey";
	readonly in: "header" | "query" | "cookie";
	readonly key: string;
} | {
	readonly kind: "bearer" | "basic" | "oauth2";
};
/** One watch event: the object added, modified or deleted, a bookmark, or an error carrying a `Status`. */
export type WatchEvent<T> = {
	readonly type: "ADDED" | "MODIFIED" | "DELETED" | "BOOKMARK";
	readonly object: T;
} | {
	readonly type: "ERROR";
	readonly object: Status;
};
/** The watch's resourceVersion is too old (410 Gone, `Expired`): list again, then watch from the list's version. */
export declare class WatchExpiredError extends ApiError {
	/** The resourceVersion the watch tried to resume from. */
	readonly resourceVersion: string | undefined;
	constructor(method: string, url: string, body: unknown, resourceVersion: string | undefined);
}
/** Parameters that several operations take. */
export type SharedParams1 = {
	/** allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored. */
	allowWatchBookmarks?: boolean;
	/**
	* The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key".
	*
	* This field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.
	*/
	continue?: string;
	/** A selector to restrict the list of returned objects by their fields. Defaults to everything. */
	fieldSelector?: string;
	/** A selector to restrict the list of returned objects by their labels. Defaults to everything. */
	labelSelector?: string;
	/**
	* limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true.
	*
	* The server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.
	*/
	limit?: number;
	/** If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget). */
	pretty?: string;
	/**
	* resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.
	*
	* Defaults to unset
	*/
	resourceVersion?: string;
	/**
	* resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.
	*
	* Defaults to unset
	*/
	resourceVersionMatch?: string;
	/**
	* `sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched.
	*
	* When `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan
	*   is interpreted as "data at least as new as the provided `resourceVersion`"
	*   and the bookmark event is send when the state is synced
	*   to a `resourceVersion` at least as fresh as the one provided by the ListOptions.
	*   If `resourceVersion` is unset, this is interpreted as "consistent read" and the
	*   bookmark event is send when the state is synced at least to the moment
	*   when request started being processed.
	* - `resourceVersionMatch` set to any other value or unset
	*   Invalid error is returned.
	*
	* Defaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.
	*/
	sendInitialEvents?: boolean;
	/** Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity. */
	timeoutSeconds?: number;
	/** Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion. */
	watch?: boolean;
};
/** Parameters that several operations take. */
export type SharedParams2 = {
	/** When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed */
	dryRun?: string;
	/** fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. */
	fieldManager?: string;
	/** fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered. */
	fieldValidation?: string;
	/** If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget). */
	pretty?: string;
};
/** Parameters of {@link Client.listImageTagForAllNamespaces }. */
export type ListImageTagForAllNamespacesParams = SharedParams1;
/** Parameters of {@link Client.listNamespacedImageTag }. */
export type ListNamespacedImageTagParams = {
	/** object name and auth scope, such as for teams and projects */
	namespace: string;
} & SharedParams1;
/** Parameters of {@link Client.createNamespacedImageTag }. */
export type CreateNamespacedImageTagParams = {
	/** object name and auth scope, such as for teams and projects */
	namespace: string;
	body: ImageTag;
} & SharedParams2;
/** Parameters of {@link Client.readNamespacedImageTag }. */
export type ReadNamespacedImageTagParams = {
	/** name of the ImageTag */
	name: string;
	/** object name and auth scope, such as for teams and projects */
	namespace: string;
} & {
	/** If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget). */
	pretty?: string;
};
/** Parameters of {@link Client.replaceNamespacedImageTag }. */
export type ReplaceNamespacedImageTagParams = {
	/** name of the ImageTag */
	name: string;
	/** object name and auth scope, such as for teams and projects */
	namespace: string;
	body: ImageTag;
} & SharedParams2;
/** Parameters of {@link Client.deleteNamespacedImageTag }. */
export type DeleteNamespacedImageTagParams = {
	/** name of the ImageTag */
	name: string;
	/** object name and auth scope, such as for teams and projects */
	namespace: string;
	body?: DeleteOptions;
} & {
	/** When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed */
	dryRun?: string;
	/** The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately. */
	gracePeriodSeconds?: number;
	/** if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it */
	ignoreStoreReadErrorWithClusterBreakingPotential?: boolean;
	/** Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both. */
	orphanDependents?: boolean;
	/** If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget). */
	pretty?: string;
	/** Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground. */
	propagationPolicy?: string;
};
/** Parameters of {@link Client.patchNamespacedImageTag }. */
export type PatchNamespacedImageTagParams = {
	/** name of the ImageTag */
	name: string;
	/** object name and auth scope, such as for teams and projects */
	namespace: string;
	/** When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed */
	dryRun?: string;
	/** fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered. */
	fieldValidation?: string;
	/** If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget). */
	pretty?: string;
} & (({
	/** fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch). */
	fieldManager?: string;
} & {
	force?: never;
} & {
	patch: JsonPatch | MergePatch<ImageTag> | StrategicMergePatch<ImageTag>;
}) | ({
	/** fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch). */
	fieldManager: string;
	/** Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests. */
	force?: boolean;
} & {
	patch: ApplyPatch<ImageTag>;
}));
/** Credentials by security scheme of the spec (the `auth` option). */
export type ClientAuth = never;
/**
* list objects of kind ImageTag
* @see GET /apis/image.openshift.io/v1/imagetags
*/
export declare function listImageTagForAllNamespaces(client: ClientCore, params?: ListImageTagForAllNamespacesParams, options?: RequestOptions): Promise<ImageTagList>;
/**
* Watches {@link listImageTagForAllNamespaces }.
* Events as they arrive, resumed from the last resourceVersion after a dropped connection; a `WatchExpiredError`
* (410 Gone) means list again and watch from the list's resourceVersion.
*/
export declare function watchImageTagForAllNamespaces(client: ClientCore, params?: ListImageTagForAllNamespacesParams, options?: RequestOptions): AsyncGenerator<WatchEvent<ImageTag>, void, undefined>;
/** Every item of {@link listImageTagForAllNamespaces }, following `continue` from page to page. */
export declare function listAllImageTagForAllNamespaces(client: ClientCore, params?: ListImageTagForAllNamespacesParams, options?: RequestOptions): AsyncGenerator<ImageTag, void, undefined>;
/**
* list objects of kind ImageTag
* @see GET /apis/image.openshift.io/v1/namespaces/{namespace}/imagetags
*/
export declare function listNamespacedImageTag(client: ClientCore, params: ListNamespacedImageTagParams, options?: RequestOptions): Promise<ImageTagList>;
/**
* Watches {@link listNamespacedImageTag }.
* Events as they arrive, resumed from the last resourceVersion after a dropped connection; a `WatchExpiredError`
* (410 Gone) means list again and watch from the list's resourceVersion.
*/
export declare function watchNamespacedImageTag(client: ClientCore, params: ListNamespacedImageTagParams, options?: RequestOptions): AsyncGenerator<WatchEvent<ImageTag>, void, undefined>;
/** Every item of {@link listNamespacedImageTag }, following `continue` from page to page. */
export declare function listAllNamespacedImageTag(client: ClientCore, params: ListNamespacedImageTagParams, options?: RequestOptions): AsyncGenerator<ImageTag, void, undefined>;
/**
* create an ImageTag
* @see POST /apis/image.openshift.io/v1/namespaces/{namespace}/imagetags
*/
export declare function createNamespacedImageTag(client: ClientCore, params: CreateNamespacedImageTagParams, options?: RequestOptions): Promise<ImageTag>;
/**
* read the specified ImageTag
* @see GET /apis/image.openshift.io/v1/namespaces/{namespace}/imagetags/{name}
*/
export declare function readNamespacedImageTag(client: ClientCore, params: ReadNamespacedImageTagParams, options?: RequestOptions): Promise<ImageTag>;
/**
* replace the specified ImageTag
* @see PUT /apis/image.openshift.io/v1/namespaces/{namespace}/imagetags/{name}
*/
export declare function replaceNamespacedImageTag(client: ClientCore, params: ReplaceNamespacedImageTagParams, options?: RequestOptions): Promise<ImageTag>;
/**
* delete an ImageTag
* @see DELETE /apis/image.openshift.io/v1/namespaces/{namespace}/imagetags/{name}
*/
export declare function deleteNamespacedImageTag(client: ClientCore, params: DeleteNamespacedImageTagParams, options?: RequestOptions): Promise<Status>;
/**
* partially update the specified ImageTag
* @see PATCH /apis/image.openshift.io/v1/namespaces/{namespace}/imagetags/{name}
*/
export declare function patchNamespacedImageTag(client: ClientCore, params: PatchNamespacedImageTagParams, options?: RequestOptions): Promise<ImageTag>;
/** One typed method per operation of the API; each is also a standalone function taking the client. */
export interface Client extends ClientCore {
	/** The same methods, each resolving to `{ data, status, headers }`. */
	readonly withResponse: WithResponse<Omit<Client, "withResponse" | "$config">>;
	/**
	* list objects of kind ImageTag
	* @see GET /apis/image.openshift.io/v1/imagetags
	*/
	listImageTagForAllNamespaces(params?: ListImageTagForAllNamespacesParams, options?: RequestOptions): Promise<ImageTagList>;
	/**
	* Watches {@link Client.listImageTagForAllNamespaces }: events as they arrive, resumed from the last resourceVersion after a dropped
	* connection; a `WatchExpiredError` (410 Gone) means list again and watch from the list's resourceVersion.
	*/
	watchImageTagForAllNamespaces(params?: ListImageTagForAllNamespacesParams, options?: RequestOptions): AsyncGenerator<WatchEvent<ImageTag>, void, undefined>;
	/** Every item of {@link Client.listImageTagForAllNamespaces }, following `continue` from page to page. */
	listAllImageTagForAllNamespaces(params?: ListImageTagForAllNamespacesParams, options?: RequestOptions): AsyncGenerator<ImageTag, void, undefined>;
	/**
	* list objects of kind ImageTag
	* @see GET /apis/image.openshift.io/v1/namespaces/{namespace}/imagetags
	*/
	listNamespacedImageTag(params: ListNamespacedImageTagParams, options?: RequestOptions): Promise<ImageTagList>;
	/**
	* Watches {@link Client.listNamespacedImageTag }: events as they arrive, resumed from the last resourceVersion after a dropped
	* connection; a `WatchExpiredError` (410 Gone) means list again and watch from the list's resourceVersion.
	*/
	watchNamespacedImageTag(params: ListNamespacedImageTagParams, options?: RequestOptions): AsyncGenerator<WatchEvent<ImageTag>, void, undefined>;
	/** Every item of {@link Client.listNamespacedImageTag }, following `continue` from page to page. */
	listAllNamespacedImageTag(params: ListNamespacedImageTagParams, options?: RequestOptions): AsyncGenerator<ImageTag, void, undefined>;
	/**
	* create an ImageTag
	* @see POST /apis/image.openshift.io/v1/namespaces/{namespace}/imagetags
	*/
	createNamespacedImageTag(params: CreateNamespacedImageTagParams, options?: RequestOptions): Promise<ImageTag>;
	/**
	* read the specified ImageTag
	* @see GET /apis/image.openshift.io/v1/namespaces/{namespace}/imagetags/{name}
	*/
	readNamespacedImageTag(params: ReadNamespacedImageTagParams, options?: RequestOptions): Promise<ImageTag>;
	/**
	* replace the specified ImageTag
	* @see PUT /apis/image.openshift.io/v1/namespaces/{namespace}/imagetags/{name}
	*/
	replaceNamespacedImageTag(params: ReplaceNamespacedImageTagParams, options?: RequestOptions): Promise<ImageTag>;
	/**
	* delete an ImageTag
	* @see DELETE /apis/image.openshift.io/v1/namespaces/{namespace}/imagetags/{name}
	*/
	deleteNamespacedImageTag(params: DeleteNamespacedImageTagParams, options?: RequestOptions): Promise<Status>;
	/**
	* partially update the specified ImageTag
	* @see PATCH /apis/image.openshift.io/v1/namespaces/{namespace}/imagetags/{name}
	*/
	patchNamespacedImageTag(params: PatchNamespacedImageTagParams, options?: RequestOptions): Promise<ImageTag>;
}
/**
* A client without methods, for the standalone operation functions: a bundle then carries only the operations it
* calls. Its calls never validate responses (`validateResponses` is for `createClient`'s methods).
*/
export declare function createClientCore(options: ClientOptions): ClientCore;
/** Creates a client over `fetch`: no dependencies, for Node 20+ and browsers. */
export declare function createClient(options: ClientOptions): Client;
export {};
//# sourceMappingURL=client.d.ts.map
