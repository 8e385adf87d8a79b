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
function $request(operation, params, validate = operation.validate) {
	let path = "";
	for (let i = 0; i < operation.path.length; i++) {
		const part = operation.path[i];
		if (i % 2 === 0) {
			path += part;
			continue;
		}
		const value = $param(params, part);
		const style = operation.pathStyles?.[part];
		// A recipe that gives path styles names their serializer too.
		path += style === undefined ? $simplePath(value, part) : operation.styles.path(value, part, ...style);
	}
	let { encode, contentType } = operation;
	const chosen = operation.contentTypeKey === undefined ? undefined : $param(params, operation.contentTypeKey);
	if (chosen !== undefined && operation.contentTypes !== undefined) {
		const offered = Object.keys(operation.contentTypes);
		if (typeof chosen !== "string" || !offered.includes(chosen)) throw new TypeError(`contentType must be one of ${offered.map((type) => JSON.stringify(type)).join(", ")}`);
		encode = operation.contentTypes[chosen];
		contentType = chosen;
	}
	return {
		method: operation.method,
		path,
		query: operation.query.map(([name, key, ...rest]) => [
			name,
			$param(params, key),
			...rest
		]),
		headers: operation.headers.map(([name, key, ...rest]) => [
			name,
			$param(params, key),
			...rest
		]),
		cookies: (operation.cookies ?? []).map(([name, key, explode]) => [
			name,
			$param(params, key),
			explode
		]),
		security: operation.security,
		styles: operation.styles,
		encode,
		body: operation.bodyKey === undefined ? undefined : $param(params, operation.bodyKey),
		contentType,
		encoding: contentType === undefined ? undefined : operation.encodings?.[contentType],
		partHeaders: operation.partHeadersKey === undefined ? undefined : $param(params, operation.partHeadersKey),
		patchTypes: operation.patchTypes,
		reader: operation.reader,
		validate,
		safe: operation.safe
	};
}
function $config(options, access = {}, checkResponse) {
	let base;
	try {
		const { server, serverUrl } = access;
		base = new URL(server === undefined || serverUrl === undefined ? options.baseUrl ?? "" : serverUrl(options.baseUrl, server, options.serverVariables));
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
		fetch: fetchImpl,
		schemes: access.schemes ?? {},
		security: access.security ?? [],
		checkResponse
	};
}
/** A client over a configuration: `$config` is not enumerable, so a logged or serialized client shows no credential. */
function $core(config, members) {
	return Object.defineProperty(members, "$config", { value: config });
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
/** The query string; `styles` serializes the entries that have a style (every API's but Kubernetes'). */
function $queryString(query, styles) {
	const parts = [];
	const add = (key, value) => parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
	for (const [key, value, explode, style, reserved] of query) {
		// A recipe without a style (Kubernetes) keeps the plain encoding, delimiters included; a style follows OpenAPI.
		if (style !== undefined) parts.push(...styles.query(key, value, style, explode, reserved));
		else if (value === undefined || value === null) continue;
		else if (Array.isArray(value)) {
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
/** The body of a Kubernetes PATCH operation: a typed patch (never left out: it says the strategy). */
function $encodePatch(patch, spec) {
	return $patchBody(patch, spec.patchTypes ?? {});
}
async function $headers(config, spec, options, contentType) {
	const headers = { accept: spec.reader.accept };
	for (const source of [config.options.headers, options?.headers]) {
		if (source) for (const [name, value] of Object.entries(source)) headers[name.toLowerCase()] = $checkHeader(name, value);
	}
	// A recipe with header or cookie parameters names their serializers (`styles`).
	for (const [name, value, explode] of spec.headers) if (value !== undefined && value !== null) headers[name.toLowerCase()] = $checkHeader(name, spec.styles.header(value, explode));
	const cookies = (spec.cookies ?? []).flatMap(([name, value, explode]) => spec.styles.cookie(name, value, explode));
	if (cookies.length > 0) headers["cookie"] = $checkHeader("cookie", cookies.join("; "));
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
	const path = spec.path + $queryString(spec.query, spec.styles);
	const url = config.baseUrl + path;
	const shown = url;
	// Each operation's recipe names its own encoder (none without a body), so a bundle carries only those it calls.
	const encoded = spec.encode?.(spec.body, spec);
	// `null`, not `undefined`, for no body: RequestInit accepts it under exactOptionalPropertyTypes.
	const body = encoded === undefined ? null : encoded.body;
	const contentType = encoded?.contentType;
	const retry = config.options.retry === true ? {} : config.options.retry || undefined;
	const retries = retry !== undefined && (spec.safe || retry.methods === "all") ? retry.retries ?? 3 : 0;
	const timeoutMs = options?.timeoutMs ?? config.options.timeoutMs;
	const controller = new AbortController();
	const userSignal = options?.signal;
	const onUserAbort = () => controller.abort(userSignal?.reason);
	if (userSignal?.aborted) throw new AbortError(spec.method, shown, userSignal.reason);
	userSignal?.addEventListener("abort", onUserAbort, { once: true });
	let timedOut = false;
	let streaming = false;
	let refreshed = false;
	const timer = timeoutMs === undefined ? undefined : setTimeout(() => {
		timedOut = true;
		controller.abort(new Error("timeout"));
	}, timeoutMs);
	try {
		for (let attempt = 0;; attempt++) {
			const headers = await $headers(config, spec, options, contentType);
			// Credentials go on the request only: `shown` (what errors carry) never has them.
			const names = $chooseSecurity(spec.security ?? config.security, config.options.auth);
			const auth = await $authFor(names, config.schemes, config.options.auth);
			Object.assign(headers, auth.headers);
			if (auth.cookies.length > 0) headers["cookie"] = [headers["cookie"], ...auth.cookies].filter((part) => part !== undefined).join("; ");
			const target = auth.query.length === 0 ? url : `${url}${url.includes("?") ? "&" : "?"}${auth.query.join("&")}`;
			let response;
			try {
				response = await config.fetch(target, {
					method: spec.method,
					headers,
					body,
					signal: controller.signal,
					redirect: "follow",
					// A stream body is sent as it is read (fetch requires saying so).
					...body instanceof ReadableStream ? { duplex: "half" } : {}
				});
			} catch (error) {
				if (timedOut) throw new TimeoutError(spec.method, shown, timeoutMs ?? 0);
				if (userSignal?.aborted) throw new AbortError(spec.method, shown, userSignal.reason);
				throw new NetworkError(spec.method, shown, error);
			}
			const token = config.options.token;
			if (response.status === 401 && !refreshed && typeof token === "function" && token.length > 0) {
				// The credential may have been revoked or expired early (an exec plugin's): renew it and try once more.
				refreshed = true;
				await response.body?.cancel().catch(() => undefined);
				await token({ refresh: true });
				attempt--;
				continue;
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
			const { events, read, json } = spec.reader;
			if (response.ok && events !== undefined) {
				// The stream outlives this call: the caller's signal keeps aborting it; the timeout covered the headers.
				streaming = true;
				const stream = events(response, {
					spec,
					url: shown,
					signal: userSignal,
					onAbort: onUserAbort
				});
				return config.withResponse ? {
					data: stream,
					status: response.status,
					headers: response.headers
				} : stream;
			}
			let decoded;
			try {
				decoded = !response.ok ? await $readBody(response) : read === undefined || response.status === 204 || response.status === 205 ? (await response.body?.cancel(), undefined) : await read(response);
			} catch (error) {
				if (timedOut) throw new TimeoutError(spec.method, shown, timeoutMs ?? 0);
				if (userSignal?.aborted) throw new AbortError(spec.method, shown, userSignal.reason);
				throw new NetworkError(spec.method, shown, error);
			}
			if (!response.ok) throw new ApiError(spec.method, shown, response.status, decoded);
			if (json === true && typeof decoded === "string") {
				throw new ApiError(spec.method, shown, response.status, decoded);
			}
			config.checkResponse?.(config, spec, shown, response.status, decoded);
			return config.withResponse ? {
				data: decoded,
				status: response.status,
				headers: response.headers
			} : decoded;
		}
	} finally {
		if (timer !== undefined) clearTimeout(timer);
		if (!streaming) userSignal?.removeEventListener("abort", onUserAbort);
	}
}
/**
* Checks a success body with the operation's response-mode validator when `validateResponses` asks. Only
* createClient names it (its methods pass the validators), so a bundle of standalone calls carries none of it.
*/
function $checkResponse(config, spec, url, status, body) {
	if (config.options.validateResponses !== "response" || spec.validate === undefined || body === undefined) return;
	const result = spec.validate(body, { mode: "response" });
	if (!result.valid) throw new ResponseValidationError(spec.method, url, status, result.errors ?? [], body);
}
/**
* A streamed body's events; a failure while reading is a typed error, and the abort listener goes at the end. Named
* by the stream readers only (runtime/client-media.ts), so a bundle without streamed operations carries none of it.
*/
async function* $stream(events, { spec, url, signal, onAbort }) {
	try {
		yield* events;
	} catch (error) {
		if (signal?.aborted) throw new AbortError(spec.method, url, signal.reason);
		if (error instanceof SyntaxError) throw error;
		throw new NetworkError(spec.method, url, error);
	} finally {
		signal?.removeEventListener("abort", onAbort);
	}
}
/** One call: the decoded body; a parameter refused while building the request rejects the promise, never throws. */
async function $call(config, operation, params, options, validate) {
	return $send(config, $request(operation, params ?? {}, validate), options);
}
/** A streamed operation's events: the request goes out when iteration starts, so the method returns the iterable. */
async function* $iterate(config, operation, params, options) {
	yield* await $send(config, $request(operation, params ?? {}), options);
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
/** Every item of a Kubernetes list operation, page by page. */
function $listAll(config, operation, params, options, validate) {
	return $pages((page, pageOptions) => $call(config, operation, page, pageOptions, validate), params ?? {}, options);
}
/** A property's encoding entry (own properties only). */
function $encodingOf(encodings, name) {
	return encodings !== undefined && Object.prototype.hasOwnProperty.call(encodings, name) ? encodings[name] : undefined;
}
/** A form or multipart field value as text (numbers and booleans as JSON writes them). */
function $fieldText(value) {
	return typeof value === "string" ? value : JSON.stringify(value);
}
/** Whether a media type (or the first of a list) is JSON. */
function $namesJson(contentType) {
	return /^\s*application\/([\w.+-]+\+)?json\s*(;|,|$)/i.test(contentType);
}
/**
* An `application/x-www-form-urlencoded` body. A property with a style is serialized as that query style
* (`form`, `spaceDelimited`, `pipeDelimited`, `deepObject`, with explode and allowReserved); one whose content type
* is JSON as JSON text; any other as arrays of repeated keys and nested objects as `key[sub]=value`.
* `undefined` and `null` fields are left out.
*/
function $formBody(value, encodings) {
	if (typeof value !== "object" || value === null) throw new TypeError("a form body must be an object");
	const pairs = [];
	const plain = new URLSearchParams();
	const add = (key, item) => {
		if (item === undefined || item === null) return;
		if (Array.isArray(item)) for (const element of item) add(key, element);
		else if (typeof item === "object") for (const [name, nested] of Object.entries(item)) add(`${key}[${name}]`, nested);
		else plain.append(key, $fieldText(item));
	};
	for (const [name, item] of Object.entries(value)) {
		if (item === undefined || item === null) continue;
		const encoding = $encodingOf(encodings, name);
		if (encoding?.style !== undefined) {
			pairs.push(...$queryPairs(name, item, encoding.style, encoding.explode ?? true, encoding.allowReserved ?? false));
		} else if (encoding?.contentType !== undefined && $namesJson(encoding.contentType)) {
			pairs.push(`${encodeURIComponent(name)}=${encodeURIComponent(JSON.stringify(item))}`);
		} else {
			add(name, item);
			pairs.push(plain.toString());
			for (const key of [...plain.keys()]) plain.delete(key);
		}
	}
	return pairs.filter((pair) => pair !== "").join("&");
}
/**
* A `multipart/form-data` body: Blobs (and bytes) as file parts, arrays as repeated parts, objects as JSON parts,
* `undefined` and `null` fields left out. A property's encoding gives its part a content type (the first of a
* list, for a Blob without one), or, with a style, the parts the query style writes. fetch writes the content
* type, boundary included.
*/
function $multipartBody(value, encodings) {
	const form = new FormData();
	const add = (name, item, type) => {
		if (item === undefined || item === null) return;
		if (item instanceof Blob) form.append(name, item.type === "" && type !== undefined ? new Blob([item], { type }) : item);
		else if (item instanceof ArrayBuffer || ArrayBuffer.isView(item)) form.append(name, new Blob([item], type === undefined ? {} : { type }));
		else if (Array.isArray(item)) for (const element of item) add(name, element, type);
		else if (typeof item === "object") form.append(name, new Blob([JSON.stringify(item)], { type: type ?? "application/json" }), `${name}.json`);
		else if (type !== undefined) form.append(name, new Blob([$fieldText(item)], { type }), name);
		else form.append(name, $fieldText(item));
	};
	if (typeof value !== "object" || value === null) throw new TypeError("a multipart body must be an object");
	for (const [name, item] of Object.entries(value)) {
		const encoding = $encodingOf(encodings, name);
		if (encoding?.style !== undefined) {
			for (const pair of $queryPairs(name, item, encoding.style, encoding.explode ?? true, true)) {
				const at = pair.indexOf("=");
				form.append(decodeURIComponent(pair.slice(0, at)), decodeURIComponent(pair.slice(at + 1)));
			}
		} else add(name, item, encoding?.contentType?.split(",")[0].trim());
	}
	return form;
}
/** A quoted multipart parameter (a field or file name): quotes and line breaks percent-encoded, as browsers do. */
function $quotedName(name) {
	return `"${name.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}"`;
}
/**
* A multipart body written out (RFC 7578), for parts that carry headers of their own (the `headers` of their
* encoding, values given by the caller by part name): FormData cannot say them. A header with CR, LF or NUL is
* refused, so no value can split the body.
*/
function $multipartWithHeaders(form, partHeaders) {
	const boundary = `----specgen-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
	const chunks = [];
	const headersOf = (name) => {
		const own = typeof partHeaders === "object" && partHeaders !== null && Object.prototype.hasOwnProperty.call(partHeaders, name) ? partHeaders[name] : undefined;
		return typeof own === "object" && own !== null ? own : {};
	};
	form.forEach((value, name) => {
		const lines = [`Content-Disposition: form-data; name=${$quotedName(name)}` + (typeof value === "string" || value.name === "" ? "" : `; filename=${$quotedName(value.name)}`)];
		if (typeof value !== "string") lines.push(`Content-Type: ${value.type || "application/octet-stream"}`);
		for (const [header, headerValue] of Object.entries(headersOf(name))) {
			if (headerValue === undefined || headerValue === null) continue;
			const text = String(headerValue);
			if (/[\r\n\0]/.test(text) || /[\r\n\0:]/.test(header)) throw new TypeError(`part header ${JSON.stringify(header)} contains a forbidden character`);
			lines.push(`${header}: ${text}`);
		}
		chunks.push(`--${boundary}\r\n${lines.join("\r\n")}\r\n\r\n`, value, "\r\n");
	});
	chunks.push(`--${boundary}--\r\n`);
	return {
		body: new Blob(chunks),
		contentType: `multipart/form-data; boundary=${boundary}`
	};
}
/** A JSON body. */
function $encodeJson(value, spec) {
	return value === undefined ? undefined : {
		body: JSON.stringify(value),
		contentType: spec.contentType
	};
}
/** A text body. */
function $encodeText(value, spec) {
	return value === undefined ? undefined : {
		body: String(value),
		contentType: spec.contentType
	};
}
/** A binary body: the caller's bytes as they are. */
function $encodeBinary(value, spec) {
	if (value === undefined) return undefined;
	if (!(value instanceof Blob) && !(value instanceof ArrayBuffer) && !ArrayBuffer.isView(value) && !(value instanceof ReadableStream)) throw new TypeError("a binary body must be a Blob, an ArrayBuffer, a Uint8Array or a ReadableStream");
	return {
		body: value,
		contentType: spec.contentType
	};
}
/** An `application/x-www-form-urlencoded` body, each property as its encoding says. */
function $encodeForm(value, spec) {
	if (value === undefined) return undefined;
	return {
		body: $formBody(value, spec.encoding),
		contentType: spec.contentType ?? "application/x-www-form-urlencoded"
	};
}
/** A `multipart/form-data` body: FormData, or written out here when its parts carry headers of their own. */
function $encodeMultipart(value, spec) {
	if (value === undefined) return undefined;
	const form = $multipartBody(value, spec.encoding);
	// fetch writes `multipart/form-data; boundary=...` itself; a content type set here would lose the boundary.
	if (spec.partHeaders === undefined || spec.partHeaders === null) return {
		body: form,
		contentType: undefined
	};
	// Part headers are beyond FormData: the body is written here, with its own boundary.
	return $multipartWithHeaders(form, spec.partHeaders);
}
/** The lines of a byte stream, decoded as UTF-8, split at CRLF, LF or CR. */
async function* $lines(stream) {
	const reader = stream.getReader();
	const decoder = new TextDecoder();
	let buffer = "";
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			buffer += decoder.decode(value, { stream: true });
			let match;
			// A CR at the very end may be the first half of a CRLF: wait for the next chunk.
			while ((match = /\r\n|\n|\r(?=[^\n])/.exec(buffer)) !== null) {
				yield buffer.slice(0, match.index);
				buffer = buffer.slice(match.index + match[0].length);
			}
		}
		buffer = (buffer + decoder.decode()).replace(/\r$/, "");
		if (buffer !== "") yield buffer;
	} finally {
		await reader.cancel().catch(() => undefined);
	}
}
/** A non-JSON `data` that marks the end of a stream, as `[DONE]` does for OpenAI-style APIs. */
const $SENTINEL = /^\[[A-Z_]+\]$/;
/** Decodes `data` as JSON; the raw text when it is not JSON. */
function $jsonOrText(data) {
	try {
		return JSON.parse(data);
	} catch {
		return data;
	}
}
/** Server-sent events (the WHATWG event stream format), each event's data decoded as JSON; a sentinel ends it. */
async function* $serverSentEvents(stream) {
	let data = [];
	let event;
	let id;
	let retry;
	for await (const line of $lines(stream)) {
		if (line === "") {
			if (data.length > 0) {
				const text = data.join("\n");
				if ($SENTINEL.test(text.trim())) return;
				yield {
					data: $jsonOrText(text),
					event,
					id,
					retry
				};
			}
			data = [];
			event = undefined;
			retry = undefined;
			continue;
		}
		if (line.startsWith(":")) continue;
		const colon = line.indexOf(":");
		const field = colon < 0 ? line : line.slice(0, colon);
		const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
		if (field === "data") data.push(value);
		else if (field === "event") event = value;
		else if (field === "id" && !value.includes("\0")) id = value;
		else if (field === "retry" && /^\d+$/.test(value)) retry = Number(value);
	}
}
/** Newline-delimited JSON (`application/x-ndjson`, `application/jsonl`) or JSON text sequences (RFC 7464). */
async function* $jsonLines(stream) {
	for await (const line of $lines(stream)) {
		const text = line.replace(/^\u001e/, "").trim();
		if (text !== "") yield JSON.parse(text);
	}
}
/** A streamed body (an empty one when the response has none). */
function $bodyOf(response) {
	return response.body ?? new ReadableStream({ start: (controller) => controller.close() });
}
/** A server-sent event stream as the call hands it over. */
function $sseEvents(response, call) {
	return $stream($serverSentEvents($bodyOf(response)), call);
}
/** An NDJSON or JSON text sequence stream as the call hands it over. */
function $jsonLineEvents(response, call) {
	return $stream($jsonLines($bodyOf(response)), call);
}
const $jsonReader = {
	accept: "application/json",
	read: $readBody,
	json: true
};
const $textReader = {
	accept: "*/*",
	read: (response) => response.text()
};
const $blobReader = {
	accept: "*/*",
	read: (response) => response.blob()
};
const $noneReader = { accept: "*/*" };
const $sseReader = {
	accept: "text/event-stream",
	events: $sseEvents
};
const $ndjsonReader = {
	accept: "application/x-ndjson",
	events: $jsonLineEvents
};
const $jsonSeqReader = {
	accept: "application/json-seq",
	events: $jsonLineEvents
};
/** A primitive value as text: booleans `true`/`false`, numbers in decimal, anything else as JSON. */
function $scalar(value) {
	if (typeof value === "string") return value;
	if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
	return JSON.stringify(value);
}
/** An object's defined members, in order. */
function $members(value) {
	return Object.entries(value).filter(([, item]) => item !== undefined && item !== null);
}
/** Percent-encodes a value; with `allowReserved`, RFC 3986 reserved characters stay (all but `#`, which ends a URL). */
function $encode(text, allowReserved) {
	const encoded = encodeURIComponent(text);
	return allowReserved ? encoded.replace(/%(3A|2F|3F|5B|5D|40|21|24|26|27|28|29|2A|2B|2C|3B|3D)/gi, (escape) => decodeURIComponent(escape)) : encoded;
}
/**
* A path parameter in the simple style without explode (every Kubernetes path parameter): a primitive is one
* segment, never empty, `.` or `..`; an array's items and an object's members and values joined by commas.
*/
function $simplePath(value, name) {
	const text = value === undefined || value === null || typeof value === "object" ? "" : $scalar(value);
	if (value === undefined || value === null || value === "" || text === "." || text === "..") {
		throw new TypeError(`path parameter "${name}" must be a non-empty name other than "." and ".."`);
	}
	const encode = (item) => encodeURIComponent($scalar(item));
	if (Array.isArray(value)) return value.map(encode).join(",");
	if (typeof value === "object") return $members(value).map(([member, item]) => `${encodeURIComponent(member)},${encode(item)}`).join(",");
	return encodeURIComponent(text);
}
/** A path parameter in its style (simple, label or matrix); a simple primitive is one segment, never `.` or `..`. */
function $pathParam(value, name, style = "simple", explode = false) {
	if (style === "simple" && !explode) return $simplePath(value, name);
	const empty = value === undefined || value === null || value === "";
	const text = empty || typeof value === "object" ? "" : $scalar(value);
	if (style === "simple" && (empty || text === "." || text === "..")) {
		throw new TypeError(`path parameter "${name}" must be a non-empty name other than "." and ".."`);
	}
	if (value === undefined || value === null) throw new TypeError(`path parameter "${name}" is required`);
	const encode = (item) => encodeURIComponent($scalar(item));
	const key = encodeURIComponent(name);
	if (Array.isArray(value)) {
		const items = value.map(encode);
		if (style === "label") return `.${items.join(explode ? "." : ",")}`;
		if (style === "matrix") return explode ? items.map((item) => `;${key}=${item}`).join("") : `;${key}=${items.join(",")}`;
		return items.join(",");
	}
	if (typeof value === "object") {
		const members = $members(value);
		const pairs = members.map(([member, item]) => [encodeURIComponent(member), encode(item)]);
		if (explode) {
			const joined = pairs.map(([member, item]) => `${member}=${item}`);
			if (style === "label") return `.${joined.join(".")}`;
			if (style === "matrix") return joined.map((pair) => `;${pair}`).join("");
			return joined.join(",");
		}
		const flat = pairs.flat().join(",");
		if (style === "label") return `.${flat}`;
		if (style === "matrix") return `;${key}=${flat}`;
		return flat;
	}
	if (style === "label") return `.${encodeURIComponent(text)}`;
	if (style === "matrix") return text === "" ? `;${key}` : `;${key}=${encodeURIComponent(text)}`;
	return encodeURIComponent(text);
}
/** A query parameter in its style, as `key=value` pairs already encoded (none when the value is absent). */
function $queryPairs(name, value, style = "form", explode = true, allowReserved = false) {
	if (value === undefined || value === null) return [];
	const key = encodeURIComponent(name);
	const encode = (item) => $encode($scalar(item), allowReserved);
	const separator = style === "spaceDelimited" ? "%20" : style === "pipeDelimited" ? "|" : ",";
	if (style === "deepObject" && typeof value === "object") {
		const pairs = [];
		const add = (prefix, item) => {
			if (item === undefined || item === null) return;
			if (Array.isArray(item)) for (const element of item) add(`${prefix}[]`, element);
			else if (typeof item === "object") for (const [member, nested] of $members(item)) add(`${prefix}[${encodeURIComponent(member)}]`, nested);
			else pairs.push(`${prefix}=${encode(item)}`);
		};
		add(key, value);
		return pairs;
	}
	if (Array.isArray(value)) {
		const items = value.filter((item) => item !== undefined && item !== null).map(encode);
		return explode ? items.map((item) => `${key}=${item}`) : [`${key}=${items.join(separator)}`];
	}
	if (typeof value === "object") {
		const members = $members(value);
		if (explode) return members.map(([member, item]) => `${encodeURIComponent(member)}=${encode(item)}`);
		return [`${key}=${members.map(([member, item]) => `${encodeURIComponent(member)}${separator}${encode(item)}`).join(separator)}`];
	}
	return [`${key}=${encode(value)}`];
}
/** A header parameter (simple style) as its value. */
function $headerValue(value, explode = false) {
	if (Array.isArray(value)) return value.map($scalar).join(",");
	if (typeof value === "object" && value !== null) return $members(value).map(([member, item]) => explode ? `${member}=${$scalar(item)}` : `${member},${$scalar(item)}`).join(",");
	return $scalar(value);
}
/** Cookie parameters (form style) as `name=value` pairs, values percent-encoded. */
function $cookiePairs(name, value, explode = true) {
	if (value === undefined || value === null) return [];
	const encode = (item) => encodeURIComponent($scalar(item));
	if (Array.isArray(value)) return explode ? value.map((item) => `${name}=${encode(item)}`) : [`${name}=${value.map(encode).join(",")}`];
	if (typeof value === "object") {
		const members = $members(value);
		return explode ? members.map(([member, item]) => `${member}=${encode(item)}`) : [`${name}=${members.map(([member, item]) => `${member},${encode(item)}`).join(",")}`];
	}
	return [`${name}=${encode(value)}`];
}
const $styles = {
	path: $pathParam,
	query: $queryPairs,
	header: $headerValue,
	cookie: $cookiePairs
};
/**
* The base URL: the caller's, else the first server's with its variables filled in. A server URL's path (Swagger's
* `basePath`, or a relative server URL such as `/api/v1`) joins a caller's base URL that has no path of its own.
*/
function $serverUrl(baseUrl, server, variables) {
	const template = server?.url ?? "";
	const filled = template.replace(/\{([^}]+)\}/g, (whole, name) => {
		const value = variables?.[name] ?? server?.variables[name];
		if (value === undefined || value === "") throw new TypeError(`server variable {${name}} has no value`);
		return value;
	});
	const absolute = /^[a-z][a-z0-9+.-]*:/i.test(filled);
	if (baseUrl === undefined) {
		if (!absolute) throw new TypeError("baseUrl is required: the API names no absolute server URL");
		return filled;
	}
	let serverPath;
	try {
		serverPath = new URL(filled, "http://server.invalid").pathname.replace(/\/+$/, "");
	} catch {
		return baseUrl;
	}
	if (serverPath === "") return baseUrl;
	const match = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)(\/*)$/i.exec(baseUrl);
	return match ? `${match[1]}${serverPath}` : baseUrl;
}
/** The first alternative of a security requirement whose credentials are all given (none when nothing fits). */
function $chooseSecurity(requirement, auth) {
	if (requirement === undefined || requirement.length === 0) return [];
	const given = (name) => auth !== undefined && auth[name] !== undefined && auth[name] !== null;
	return requirement.find((alternative) => alternative.every(given)) ?? [];
}
/** Rejects a credential that could split a request; the message never shows it. */
function $checkCredential(name, value) {
	if (/[\r\n\0]/.test(value)) throw new TypeError(`the credential of "${name}" contains a forbidden character`);
	return value;
}
/** A credential's current value. */
async function $credentialValue(name, credential) {
	const value = typeof credential === "function" ? await credential() : credential;
	if (typeof value !== "string") throw new TypeError(`the credential of "${name}" is not a string`);
	return $checkCredential(name, value);
}
/** What the chosen schemes send, from the caller's `auth` option. */
async function $authFor(names, schemes, auth) {
	const result = {
		headers: {},
		query: [],
		cookies: []
	};
	for (const name of names) {
		const scheme = schemes[name];
		const credential = auth?.[name];
		if (scheme === undefined || credential === undefined) continue;
		if (scheme.kind === "basic") {
			const { username, password } = credential;
			const bytes = new TextEncoder().encode(`${username}:${password}`);
			result.headers["authorization"] = `Basic ${btoa(String.fromCharCode(...bytes))}`;
			continue;
		}
		const value = await $credentialValue(name, credential);
		if (scheme.kind !== "apiKey") result.headers["authorization"] = `Bearer ${value}`;
		else if (scheme.in === "header") result.headers[scheme.key.toLowerCase()] = value;
		else if (scheme.in === "query") result.query.push(`${encodeURIComponent(scheme.key)}=${encodeURIComponent(value)}`);
		else result.cookies.push(`${scheme.key}=${encodeURIComponent(value)}`);
	}
	return result;
}
/** The watch's resourceVersion is too old (410 Gone, `Expired`): list again, then watch from the list's version. */
export class WatchExpiredError extends ApiError {
	/** The resourceVersion the watch tried to resume from. */
	resourceVersion;
	constructor(method, url, body, resourceVersion) {
		super(method, url, 410, body);
		this.name = "WatchExpiredError";
		this.resourceVersion = resourceVersion;
	}
}
/** The resourceVersion an event's object carries. */
function $resourceVersion(object) {
	const metadata = object?.metadata;
	return typeof metadata?.resourceVersion === "string" && metadata.resourceVersion !== "" ? metadata.resourceVersion : undefined;
}
/**
* Watches a list operation: events as they arrive; after a dropped connection or a server-side timeout the watch
* resumes from the last resourceVersion seen (bookmarks included), so no event is lost or repeated. Ends when the
* caller's signal aborts or the loop is left; a 410 Gone is a `WatchExpiredError`.
*/
async function* $watch(config, operation, params, options) {
	let resourceVersion = params?.resourceVersion || undefined;
	const recipe = {
		...operation,
		reader: $ndjsonReader,
		validate: undefined
	};
	for (let quiet = 0;;) {
		const spec = $request(recipe, {
			...params,
			watch: true,
			...resourceVersion ? { resourceVersion } : {}
		});
		let events;
		try {
			events = await $send(config, spec, options);
		} catch (error) {
			if (error instanceof ApiError && error.status === 410) throw new WatchExpiredError(error.method, error.url, error.body, resourceVersion);
			throw error;
		}
		let received = false;
		try {
			for await (const raw of events) {
				const event = raw;
				if (event.type === "ERROR") {
					const code = event.object?.code;
					if (code === 410) throw new WatchExpiredError(spec.method, config.baseUrl + spec.path, event.object, resourceVersion);
					throw new ApiError(spec.method, config.baseUrl + spec.path, typeof code === "number" ? code : 500, event.object);
				}
				received = true;
				resourceVersion = $resourceVersion(event.object) ?? resourceVersion;
				yield event;
			}
		} catch (error) {
			// A connection dropped mid-stream is resumed; anything else (an abort, an error event) ends the watch.
			if (!(error instanceof NetworkError) || options?.signal?.aborted) throw error;
		}
		if (options?.signal?.aborted) return;
		// A server that keeps closing at once is not hammered: wait a little longer each time nothing came.
		quiet = received ? 0 : quiet + 1;
		if (quiet > 0) {
			const signal = options?.signal ?? new AbortController().signal;
			const waited = await $sleep(Math.min(100 * 2 ** (quiet - 1), 5e3), signal).then(() => true, () => false);
			if (!waited) return;
		}
	}
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
	encode: undefined,
	bodyKey: undefined,
	contentType: undefined,
	patchTypes: undefined,
	reader: $jsonReader,
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
	encode: undefined,
	bodyKey: undefined,
	contentType: undefined,
	patchTypes: undefined,
	reader: $jsonReader,
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
	encode: $encodeJson,
	bodyKey: "body",
	contentType: "application/json",
	patchTypes: undefined,
	reader: $jsonReader,
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
	encode: undefined,
	bodyKey: undefined,
	contentType: undefined,
	patchTypes: undefined,
	reader: $jsonReader,
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
	encode: $encodeJson,
	bodyKey: "body",
	contentType: "application/json",
	patchTypes: undefined,
	reader: $jsonReader,
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
	encode: $encodeJson,
	bodyKey: "body",
	contentType: "application/json",
	patchTypes: undefined,
	reader: $jsonReader,
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
	encode: $encodePatch,
	bodyKey: "patch",
	contentType: undefined,
	patchTypes: {
		apply: "application/apply-patch+yaml",
		json: "application/json-patch+json",
		merge: "application/merge-patch+json",
		"strategic-merge": "application/strategic-merge-patch+json"
	},
	reader: $jsonReader,
	safe: false
};
/** The API's first server and its security schemes and requirement. */
const $access = {
	schemes: {},
	security: []
};
/**
* list objects of kind ImageTag
* @see GET /apis/image.openshift.io/v1/imagetags
*/
export function listImageTagForAllNamespaces(client, params, options) {
	return $call(client.$config, $op_listImageTagForAllNamespaces, params, options);
}
/**
* Watches {@link listImageTagForAllNamespaces }.
* Events as they arrive, resumed from the last resourceVersion after a dropped connection; a `WatchExpiredError`
* (410 Gone) means list again and watch from the list's resourceVersion.
*/
export function watchImageTagForAllNamespaces(client, params, options) {
	return $watch(client.$config, $op_listImageTagForAllNamespaces, params, options);
}
/** Every item of {@link listImageTagForAllNamespaces }, following `continue` from page to page. */
export function listAllImageTagForAllNamespaces(client, params, options) {
	return $listAll(client.$config, $op_listImageTagForAllNamespaces, params, options);
}
/**
* list objects of kind ImageTag
* @see GET /apis/image.openshift.io/v1/namespaces/{namespace}/imagetags
*/
export function listNamespacedImageTag(client, params, options) {
	return $call(client.$config, $op_listNamespacedImageTag, params, options);
}
/**
* Watches {@link listNamespacedImageTag }.
* Events as they arrive, resumed from the last resourceVersion after a dropped connection; a `WatchExpiredError`
* (410 Gone) means list again and watch from the list's resourceVersion.
*/
export function watchNamespacedImageTag(client, params, options) {
	return $watch(client.$config, $op_listNamespacedImageTag, params, options);
}
/** Every item of {@link listNamespacedImageTag }, following `continue` from page to page. */
export function listAllNamespacedImageTag(client, params, options) {
	return $listAll(client.$config, $op_listNamespacedImageTag, params, options);
}
/**
* create an ImageTag
* @see POST /apis/image.openshift.io/v1/namespaces/{namespace}/imagetags
*/
export function createNamespacedImageTag(client, params, options) {
	return $call(client.$config, $op_createNamespacedImageTag, params, options);
}
/**
* read the specified ImageTag
* @see GET /apis/image.openshift.io/v1/namespaces/{namespace}/imagetags/{name}
*/
export function readNamespacedImageTag(client, params, options) {
	return $call(client.$config, $op_readNamespacedImageTag, params, options);
}
/**
* replace the specified ImageTag
* @see PUT /apis/image.openshift.io/v1/namespaces/{namespace}/imagetags/{name}
*/
export function replaceNamespacedImageTag(client, params, options) {
	return $call(client.$config, $op_replaceNamespacedImageTag, params, options);
}
/**
* delete an ImageTag
* @see DELETE /apis/image.openshift.io/v1/namespaces/{namespace}/imagetags/{name}
*/
export function deleteNamespacedImageTag(client, params, options) {
	return $call(client.$config, $op_deleteNamespacedImageTag, params, options);
}
/**
* partially update the specified ImageTag
* @see PATCH /apis/image.openshift.io/v1/namespaces/{namespace}/imagetags/{name}
*/
export function patchNamespacedImageTag(client, params, options) {
	return $call(client.$config, $op_patchNamespacedImageTag, params, options);
}
/**
* A client without methods, for the standalone operation functions: a bundle then carries only the operations it
* calls. Its calls never validate responses (`validateResponses` is for `createClient`'s methods).
*/
export function createClientCore(options) {
	return $core($config(options, $access), {});
}
/** Creates a client over `fetch`: no dependencies, for Node 20+ and browsers. */
export function createClient(options) {
	const config = $config(options, $access, $checkResponse);
	const withResponse = $methods({
		...config,
		withResponse: true
	});
	return $core(config, {
		...$methods(config),
		withResponse
	});
}
/** The methods over one configuration (the standalone functions' calls, with the response validators). */
function $methods(config) {
	return {
		listImageTagForAllNamespaces: (params, options) => $call(config, $op_listImageTagForAllNamespaces, params, options, validateImageTagList),
		watchImageTagForAllNamespaces: (params, options) => $watch(config, $op_listImageTagForAllNamespaces, params, options),
		listAllImageTagForAllNamespaces: (params, options) => $listAll(config, $op_listImageTagForAllNamespaces, params, options, validateImageTagList),
		listNamespacedImageTag: (params, options) => $call(config, $op_listNamespacedImageTag, params, options, validateImageTagList),
		watchNamespacedImageTag: (params, options) => $watch(config, $op_listNamespacedImageTag, params, options),
		listAllNamespacedImageTag: (params, options) => $listAll(config, $op_listNamespacedImageTag, params, options, validateImageTagList),
		createNamespacedImageTag: (params, options) => $call(config, $op_createNamespacedImageTag, params, options, validateImageTag),
		readNamespacedImageTag: (params, options) => $call(config, $op_readNamespacedImageTag, params, options, validateImageTag),
		replaceNamespacedImageTag: (params, options) => $call(config, $op_replaceNamespacedImageTag, params, options, validateImageTag),
		deleteNamespacedImageTag: (params, options) => $call(config, $op_deleteNamespacedImageTag, params, options, validateStatus),
		patchNamespacedImageTag: (params, options) => $call(config, $op_patchNamespacedImageTag, params, options, validateImageTag)
	};
}
//# sourceMappingURL=client.js.map
