import { validateImageTag, validateImageTagList, validateStatus } from "./validators.js";
/** Fields every client error carries: the method and the URL (never credentials). */
class $ClientError extends Error {
	method;
	url;
	constructor(message, method, url, options) {
		super(message, options);
		this.method = method;
		this.url = url;
	}
}
/** The server answered with a non-2xx status. `apiStatus` is the decoded Kubernetes `Status`, when the body is one. */
export class ApiError extends $ClientError {
	status;
	apiStatus;
	/** The Kubernetes reason (`NotFound`, `Conflict`, `Invalid`, ...), when the body says. */
	reason;
	/** The decoded body: a `Status`, other JSON, or the text. */
	body;
	constructor(method, url, status, body) {
		const apiStatus = $isStatus(body) ? body : undefined;
		const fields = apiStatus;
		const reason = typeof fields?.reason === "string" ? fields.reason : undefined;
		const detail = typeof fields?.message === "string" ? fields.message : typeof body === "string" && body.length > 0 ? body.slice(0, 200) : "";
		super(`${method} ${url}: ${status}${reason ? ` ${reason}` : ""}${detail ? `: ${detail}` : ""}`, method, url);
		this.name = "ApiError";
		this.status = status;
		this.apiStatus = apiStatus;
		this.reason = reason;
		this.body = body;
	}
}
/** The request never got an answer: DNS, connection refused or reset, TLS failure. */
export class NetworkError extends $ClientError {
	constructor(method, url, cause) {
		super(`${method} ${url}: network error: ${cause instanceof Error ? cause.message : String(cause)}`, method, url, { cause });
		this.name = "NetworkError";
	}
}
/** The request took longer than `timeoutMs`. */
export class TimeoutError extends $ClientError {
	timeoutMs;
	constructor(method, url, timeoutMs) {
		super(`${method} ${url}: timed out after ${timeoutMs} ms`, method, url);
		this.name = "TimeoutError";
		this.timeoutMs = timeoutMs;
	}
}
/** The caller's signal aborted the request. */
export class AbortError extends $ClientError {
	constructor(method, url, reason) {
		super(`${method} ${url}: aborted`, method, url, { cause: reason });
		this.name = "AbortError";
	}
}
/** A success body failed the response-mode validator (`validateResponses: "response"`). */
export class ResponseValidationError extends $ClientError {
	status;
	errors;
	body;
	constructor(method, url, status, errors, body) {
		super(`${method} ${url}: the response does not match its schema:\n${errors.map((error) => `- ${error.message}`).join("\n")}`, method, url);
		this.name = "ResponseValidationError";
		this.status = status;
		this.errors = errors;
		this.body = body;
	}
}
/** A parameter's value: own properties only, so a parameter named `constructor` is never read from a prototype. */
function $param(params, key) {
	return Object.prototype.hasOwnProperty.call(params, key) ? params[key] : undefined;
}
/** The request of one call: the operation's recipe filled in from the caller's parameters. */
function $request(operation, params) {
	let path = "";
	for (let i = 0; i < operation.path.length; i++) {
		const part = operation.path[i];
		path += i % 2 === 0 ? part : $segment($param(params, part), part);
	}
	return {
		method: operation.method,
		path,
		query: operation.query.map(([name, key, explode]) => [
			name,
			$param(params, key),
			explode
		]),
		headers: operation.headers.map(([name, key]) => [name, $param(params, key)]),
		bodyKind: operation.bodyKind,
		body: operation.bodyKey === undefined ? undefined : $param(params, operation.bodyKey),
		contentType: operation.contentType,
		patchTypes: operation.patchTypes,
		responseKind: operation.responseKind,
		validate: operation.validate,
		safe: operation.safe
	};
}
function $config(options) {
	let base;
	try {
		base = new URL(options.baseUrl);
	} catch {
		// URL's own error carries the input, which may hold a password.
		throw new TypeError("baseUrl is not an absolute URL");
	}
	if (base.protocol !== "http:" && base.protocol !== "https:") throw new TypeError("baseUrl must be an http: or https: URL");
	if (base.search !== "" || base.hash !== "") throw new TypeError("baseUrl must not have a query or a fragment");
	let basic;
	if (base.username !== "" || base.password !== "") {
		const credentials = new TextEncoder().encode(`${decodeURIComponent(base.username)}:${decodeURIComponent(base.password)}`);
		basic = `Basic ${btoa(String.fromCharCode(...credentials))}`;
		base.username = "";
		base.password = "";
	}
	const fetchImpl = options.fetch ?? globalThis.fetch;
	if (typeof fetchImpl !== "function") throw new TypeError("no fetch available: pass options.fetch");
	return {
		baseUrl: base.toString().replace(/\/+$/, ""),
		basic,
		options,
		fetch: fetchImpl
	};
}
function $isStatus(body) {
	return typeof body === "object" && body !== null && body.kind === "Status";
}
/** A path parameter as exactly one path segment: percent-encoded, never empty, `.` or `..`. */
function $segment(value, name) {
	const text = String(value);
	if (value === undefined || value === null || text === "" || text === "." || text === "..") {
		throw new TypeError(`path parameter "${name}" must be a non-empty name other than "." and ".."`);
	}
	return encodeURIComponent(text);
}
/** A query value as the API server parses it: booleans `true`/`false`, numbers in decimal. */
function $queryValue(value) {
	if (typeof value === "string") return value;
	if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
	return JSON.stringify(value);
}
function $queryString(query) {
	const parts = [];
	const add = (key, value) => parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
	for (const [key, value, explode] of query) {
		if (value === undefined || value === null) continue;
		if (Array.isArray(value)) {
			if (explode) for (const item of value) add(key, $queryValue(item));
			else add(key, value.map($queryValue).join(","));
		} else add(key, $queryValue(value));
	}
	return parts.length === 0 ? "" : `?${parts.join("&")}`;
}
/** Rejects header values that could split a request (CR, LF, NUL). */
function $checkHeader(name, value) {
	if (/[\r\n\0]/.test(value) || /[\r\n\0:]/.test(name)) throw new TypeError(`header ${JSON.stringify(name)} contains a forbidden character`);
	return value;
}
/** The body and content type of a typed patch, from the strategies the operation accepts. */
function $patchBody(patch, types) {
	const chosen = patch;
	const contentType = chosen === undefined ? undefined : types[chosen.type];
	if (chosen === undefined || contentType === undefined) {
		throw new TypeError(`patch.type must be one of ${Object.keys(types).map((type) => JSON.stringify(type)).join(", ")}`);
	}
	return {
		contentType,
		body: JSON.stringify(chosen.type === "json" ? chosen.operations : chosen.body)
	};
}
async function $headers(config, spec, options, contentType) {
	const headers = { accept: spec.responseKind === "json" ? "application/json" : "*/*" };
	for (const source of [config.options.headers, options?.headers]) {
		if (source) for (const [name, value] of Object.entries(source)) headers[name.toLowerCase()] = $checkHeader(name, value);
	}
	for (const [name, value] of spec.headers) if (value !== undefined && value !== null) headers[name.toLowerCase()] = $checkHeader(name, $queryValue(value));
	if (contentType !== undefined) headers["content-type"] = contentType;
	if (config.options.userAgent !== undefined) headers["user-agent"] = $checkHeader("user-agent", config.options.userAgent);
	const token = typeof config.options.token === "function" ? await config.options.token() : config.options.token;
	if (token !== undefined && token !== "") {
		// Checked without echoing it: a token never appears in an error or a message.
		if (/[\r\n\0]/.test(token)) throw new TypeError("the token contains a forbidden character");
		headers["authorization"] = `Bearer ${token}`;
	} else if (config.basic !== undefined) headers["authorization"] = config.basic;
	return headers;
}
/** Milliseconds to wait before retrying, from Retry-After (seconds or an HTTP date), or the backoff. */
function $retryDelay(response, attempt, retry) {
	const max = retry.maxDelayMs ?? 3e4;
	const header = response.headers.get("retry-after");
	if (header !== null) {
		const seconds = Number(header);
		const ms = Number.isFinite(seconds) ? seconds * 1e3 : Date.parse(header) - Date.now();
		if (Number.isFinite(ms)) return Math.min(Math.max(ms, 0), max);
	}
	return Math.min((retry.baseDelayMs ?? 500) * 2 ** attempt, max);
}
function $sleep(ms, signal) {
	return new Promise((resolve, reject) => {
		if (signal.aborted) return reject(signal.reason);
		const timer = setTimeout(() => {
			signal.removeEventListener("abort", onAbort);
			resolve();
		}, ms);
		const onAbort = () => {
			clearTimeout(timer);
			reject(signal.reason);
		};
		signal.addEventListener("abort", onAbort, { once: true });
	});
}
async function $readBody(response) {
	const text = await response.text();
	if (text === "") return undefined;
	const type = response.headers.get("content-type") ?? "";
	if (/json/i.test(type) || /^[\s]*[{[]/.test(text)) {
		try {
			return JSON.parse(text);
		} catch {
			return text;
		}
	}
	return text;
}
/** Sends one request (with retries when enabled) and decodes the answer; every failure is a typed error. */
async function $send(config, spec, options) {
	const path = spec.path + $queryString(spec.query);
	const url = config.baseUrl + path;
	const shown = url;
	// RequestInit["body"], not BodyInit: @types/node declares the former globally, only the DOM lib the latter. `null`,
	// not `undefined`, for no body: RequestInit accepts it under exactOptionalPropertyTypes.
	let body = null;
	let contentType = spec.contentType;
	if (spec.bodyKind === "patch") {
		const patch = $patchBody(spec.body, spec.patchTypes ?? {});
		body = patch.body;
		contentType = patch.contentType;
	} else if (spec.bodyKind === "json" && spec.body !== undefined) body = JSON.stringify(spec.body);
	else if (spec.bodyKind === "raw" && spec.body !== undefined) body = spec.body;
	else contentType = undefined;
	const retry = config.options.retry === true ? {} : config.options.retry || undefined;
	const retries = retry !== undefined && (spec.safe || retry.methods === "all") ? retry.retries ?? 3 : 0;
	const timeoutMs = options?.timeoutMs ?? config.options.timeoutMs;
	const controller = new AbortController();
	const userSignal = options?.signal;
	const onUserAbort = () => controller.abort(userSignal?.reason);
	if (userSignal?.aborted) throw new AbortError(spec.method, shown, userSignal.reason);
	userSignal?.addEventListener("abort", onUserAbort, { once: true });
	let timedOut = false;
	const timer = timeoutMs === undefined ? undefined : setTimeout(() => {
		timedOut = true;
		controller.abort(new Error("timeout"));
	}, timeoutMs);
	try {
		for (let attempt = 0;; attempt++) {
			const headers = await $headers(config, spec, options, contentType);
			let response;
			try {
				response = await config.fetch(url, {
					method: spec.method,
					headers,
					body,
					signal: controller.signal,
					redirect: "follow"
				});
			} catch (error) {
				if (timedOut) throw new TimeoutError(spec.method, shown, timeoutMs ?? 0);
				if (userSignal?.aborted) throw new AbortError(spec.method, shown, userSignal.reason);
				throw new NetworkError(spec.method, shown, error);
			}
			if ((response.status === 429 || response.status === 503) && attempt < retries) {
				await response.body?.cancel().catch(() => undefined);
				try {
					await $sleep($retryDelay(response, attempt, retry ?? {}), controller.signal);
				} catch {
					if (timedOut) throw new TimeoutError(spec.method, shown, timeoutMs ?? 0);
					throw new AbortError(spec.method, shown, userSignal?.reason);
				}
				continue;
			}
			let decoded;
			try {
				decoded = spec.responseKind === "none" && response.ok ? (await response.body?.cancel(), undefined) : await $readBody(response);
			} catch (error) {
				if (timedOut) throw new TimeoutError(spec.method, shown, timeoutMs ?? 0);
				if (userSignal?.aborted) throw new AbortError(spec.method, shown, userSignal.reason);
				throw new NetworkError(spec.method, shown, error);
			}
			if (!response.ok) throw new ApiError(spec.method, shown, response.status, decoded);
			if (spec.responseKind === "json" && typeof decoded === "string") {
				throw new ApiError(spec.method, shown, response.status, decoded);
			}
			if (config.options.validateResponses === "response" && spec.validate !== undefined && decoded !== undefined) {
				const result = spec.validate(decoded, { mode: "response" });
				if (!result.valid) throw new ResponseValidationError(spec.method, shown, response.status, result.errors ?? [], decoded);
			}
			return decoded;
		}
	} finally {
		if (timer !== undefined) clearTimeout(timer);
		userSignal?.removeEventListener("abort", onUserAbort);
	}
}
/** Pages through a Kubernetes list with `limit` and `continue`, yielding every item. */
async function* $pages(list, params, options) {
	let token = params.continue;
	do {
		const page = await list({
			...params,
			continue: token
		}, options);
		for (const item of page.items ?? []) yield item;
		token = page.metadata?.continue || undefined;
	} while (token !== undefined);
}
const $query1 = [
	[
		"allowWatchBookmarks",
		"allowWatchBookmarks",
		true
	],
	[
		"continue",
		"continue",
		true
	],
	[
		"fieldSelector",
		"fieldSelector",
		true
	],
	[
		"labelSelector",
		"labelSelector",
		true
	],
	[
		"limit",
		"limit",
		true
	],
	[
		"pretty",
		"pretty",
		true
	],
	[
		"resourceVersion",
		"resourceVersion",
		true
	],
	[
		"resourceVersionMatch",
		"resourceVersionMatch",
		true
	],
	[
		"sendInitialEvents",
		"sendInitialEvents",
		true
	],
	[
		"timeoutSeconds",
		"timeoutSeconds",
		true
	],
	[
		"watch",
		"watch",
		true
	]
];
const $query2 = [
	[
		"dryRun",
		"dryRun",
		true
	],
	[
		"fieldManager",
		"fieldManager",
		true
	],
	[
		"fieldValidation",
		"fieldValidation",
		true
	],
	[
		"pretty",
		"pretty",
		true
	]
];
const $query3 = [[
	"pretty",
	"pretty",
	true
]];
const $query4 = [
	[
		"dryRun",
		"dryRun",
		true
	],
	[
		"gracePeriodSeconds",
		"gracePeriodSeconds",
		true
	],
	[
		"ignoreStoreReadErrorWithClusterBreakingPotential",
		"ignoreStoreReadErrorWithClusterBreakingPotential",
		true
	],
	[
		"orphanDependents",
		"orphanDependents",
		true
	],
	[
		"pretty",
		"pretty",
		true
	],
	[
		"propagationPolicy",
		"propagationPolicy",
		true
	]
];
const $query5 = [
	[
		"dryRun",
		"dryRun",
		true
	],
	[
		"fieldManager",
		"fieldManager",
		true
	],
	[
		"fieldValidation",
		"fieldValidation",
		true
	],
	[
		"force",
		"force",
		true
	],
	[
		"pretty",
		"pretty",
		true
	]
];
const $op_listImageTagForAllNamespaces = {
	method: "GET",
	path: ["/apis/image.openshift.io/v1/imagetags"],
	query: $query1,
	headers: [],
	bodyKind: "none",
	bodyKey: undefined,
	contentType: undefined,
	patchTypes: undefined,
	responseKind: "json",
	validate: validateImageTagList,
	safe: true
};
const $op_listNamespacedImageTag = {
	method: "GET",
	path: [
		"/apis/image.openshift.io/v1/namespaces/",
		"namespace",
		"/imagetags"
	],
	query: $query1,
	headers: [],
	bodyKind: "none",
	bodyKey: undefined,
	contentType: undefined,
	patchTypes: undefined,
	responseKind: "json",
	validate: validateImageTagList,
	safe: true
};
const $op_createNamespacedImageTag = {
	method: "POST",
	path: [
		"/apis/image.openshift.io/v1/namespaces/",
		"namespace",
		"/imagetags"
	],
	query: $query2,
	headers: [],
	bodyKind: "json",
	bodyKey: "body",
	contentType: "application/json",
	patchTypes: undefined,
	responseKind: "json",
	validate: validateImageTag,
	safe: false
};
const $op_readNamespacedImageTag = {
	method: "GET",
	path: [
		"/apis/image.openshift.io/v1/namespaces/",
		"namespace",
		"/imagetags/",
		"name",
		""
	],
	query: $query3,
	headers: [],
	bodyKind: "none",
	bodyKey: undefined,
	contentType: undefined,
	patchTypes: undefined,
	responseKind: "json",
	validate: validateImageTag,
	safe: true
};
const $op_replaceNamespacedImageTag = {
	method: "PUT",
	path: [
		"/apis/image.openshift.io/v1/namespaces/",
		"namespace",
		"/imagetags/",
		"name",
		""
	],
	query: $query2,
	headers: [],
	bodyKind: "json",
	bodyKey: "body",
	contentType: "application/json",
	patchTypes: undefined,
	responseKind: "json",
	validate: validateImageTag,
	safe: false
};
const $op_deleteNamespacedImageTag = {
	method: "DELETE",
	path: [
		"/apis/image.openshift.io/v1/namespaces/",
		"namespace",
		"/imagetags/",
		"name",
		""
	],
	query: $query4,
	headers: [],
	bodyKind: "json",
	bodyKey: "body",
	contentType: "application/json",
	patchTypes: undefined,
	responseKind: "json",
	validate: validateStatus,
	safe: false
};
const $op_patchNamespacedImageTag = {
	method: "PATCH",
	path: [
		"/apis/image.openshift.io/v1/namespaces/",
		"namespace",
		"/imagetags/",
		"name",
		""
	],
	query: $query5,
	headers: [],
	bodyKind: "patch",
	bodyKey: "patch",
	contentType: undefined,
	patchTypes: {
		apply: "application/apply-patch+yaml",
		json: "application/json-patch+json",
		merge: "application/merge-patch+json",
		"strategic-merge": "application/strategic-merge-patch+json"
	},
	responseKind: "json",
	validate: validateImageTag,
	safe: false
};
/** Creates a client over `fetch`: no dependencies, for Node 20+ and browsers. */
export function createClient(options) {
	const config = $config(options);
	// Methods are async so that a parameter refused while building the request rejects the promise, never throws.
	const client = {
		async listImageTagForAllNamespaces(params = {}, options) {
			return $send(config, $request($op_listImageTagForAllNamespaces, params), options);
		},
		listAllImageTagForAllNamespaces(params = {}, options) {
			return $pages(client.listImageTagForAllNamespaces, params, options);
		},
		async listNamespacedImageTag(params, options) {
			return $send(config, $request($op_listNamespacedImageTag, params), options);
		},
		listAllNamespacedImageTag(params, options) {
			return $pages(client.listNamespacedImageTag, params, options);
		},
		async createNamespacedImageTag(params, options) {
			return $send(config, $request($op_createNamespacedImageTag, params), options);
		},
		async readNamespacedImageTag(params, options) {
			return $send(config, $request($op_readNamespacedImageTag, params), options);
		},
		async replaceNamespacedImageTag(params, options) {
			return $send(config, $request($op_replaceNamespacedImageTag, params), options);
		},
		async deleteNamespacedImageTag(params, options) {
			return $send(config, $request($op_deleteNamespacedImageTag, params), options);
		},
		async patchNamespacedImageTag(params, options) {
			return $send(config, $request($op_patchNamespacedImageTag, params), options);
		}
	};
	return client;
}
//# sourceMappingURL=client.js.map
